"""Margin: an offline terminal reader and quiz app for language learners."""

__version__ = "0.1.0"

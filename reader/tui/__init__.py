"""Margin's terminal front end: the only package that imports Textual."""

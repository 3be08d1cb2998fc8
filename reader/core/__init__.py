"""Margin's core: analysis, vocabulary, facts and questions. Never imports Textual."""

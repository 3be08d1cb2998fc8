"""The learner store: stdlib sqlite3, no ORM. Never imports Textual."""

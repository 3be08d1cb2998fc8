"""One module per kind of question; each takes the document's context (and its claims) and
returns candidates, never raising on what it cannot ask."""

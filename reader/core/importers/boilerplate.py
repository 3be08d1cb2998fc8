"""Dropping web page debris from pasted or saved text by general rules, not by known lines.

A block goes when it is short and reads like page furniture rather than prose (a call to
action, a comment form, sharing or cookie notices, copyright lines, navigation), or when it
is a fragment left after the article's last sentence (a widget caption with no prose after
it). Short real paragraphs, such as a one-line quote, end like sentences and stay.
"""

from __future__ import annotations

import re

from reader.core.importers import Block

SHORT_BLOCK_WORDS = 30
"""Page furniture is short; a longer block is prose even if it mentions cookies."""

_FURNITURE = re.compile(
    r"""
    \bclick\ here\b | \btap\ here\b | \bread\ (?:more|next)\b | \bsee\ also\b
    | \bleave\ a\ (?:reply|comment)\b | \bpost\ a\ comment\b | \b\d+\ comments?\b
    | \byour\ email\ address\b | \brequired\ fields?\b | \bfields?\ (?:are\ )?marked\b
    | \bback\ to\ top\b | \bskip\ to\ (?:main\ )?content\b | \bjump\ to\ navigation\b
    | \bshare\ (?:this|on|via)\b | ^share\b | \bshare\ buttons?\b
    | ^(?:related|more\ on\ this|recommended|popular|trending|tags?|topics?|categories)\b
    | \brelated\ (?:topics|stories|articles|posts|content|links)\b
    | \bcookies?\b | \bprivacy\ (?:policy|settings|notice)\b | \bterms\ (?:of|and)\ (?:use|service|conditions)\b
    | \ball\ rights\ reserved\b | ^\s*(?:©|\(c\)|copyright\b)
    | \bsubscribe\b | \bsign\ (?:up|in)\b | \blog\ ?in\b | \bnewsletter\b
    | \bfollow\ us\b | \bdownload\ (?:our|the)\ app\b | \badvertisement\b | ^advert\b | \bsponsored\b
    | \bprint\ this\b | \bemail\ this\b | \bopens\ in\ (?:a\ )?new\ (?:window|tab)\b
    | ^(?:previous|next)\ (?:post|article|page)\b
    """,
    re.IGNORECASE | re.VERBOSE,
)
_WIDGET_WORDS = re.compile(
    r"^(?:(?:facebook|twitter|x|whatsapp|linkedin|pinterest|reddit|telegram|email|e-mail|"
    r"messenger|copy\ link|print|share|home|menu|search|navigation|log\ ?in|sign\ in|register|"
    r"about(?:\ us)?|contact(?:\ us)?|more|close|open|next|previous|back)[\s|•·,/>»]*)+$",
    re.IGNORECASE | re.VERBOSE,
)
"""A block made only of sharing, menu and navigation words."""
_NO_WORDS = re.compile(r"^[\W\d_]*$")
_SENTENCE_END = (".", "!", "?", "…", '"', "”", "’", "'", ")")


def is_furniture(text: str) -> bool:
    """A short block that reads like page furniture, not prose."""
    if _NO_WORDS.match(text) or _WIDGET_WORDS.match(text):
        return True
    return len(text.split()) <= SHORT_BLOCK_WORDS and bool(_FURNITURE.search(text))


def is_prose(text: str) -> bool:
    """A block that ends like a sentence and is long enough to be running text."""
    return text.endswith(_SENTENCE_END) and len(text.split()) >= 8


def drop_boilerplate(blocks: list[Block]) -> list[Block]:
    kept = [block for block in blocks if block.role is not None or not is_furniture(block.text)]
    last_prose = max((i for i, block in enumerate(kept) if is_prose(block.text)), default=None)
    if last_prose is None:
        return kept  # no running prose to end: nothing can be a trailing fragment
    # After the last prose paragraph, only fragments that end like sentences stay (a closing
    # one-line quote does); headline-like bits there head nothing and are widget debris.
    return kept[: last_prose + 1] + [block for block in kept[last_prose + 1 :] if block.text.endswith(_SENTENCE_END)]

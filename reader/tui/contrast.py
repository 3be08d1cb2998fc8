"""Readable text in every theme Margin offers: WCAG 2 contrast, and the colours of the reading
screen derived from each theme so that they reach it.

A theme's warning colour (hard words) is light orange: fine on a dark background, 3.3:1 on
textual-light's. Each reading colour starts from the theme's own and moves toward its body text
until it reaches AA, so every theme keeps its look and every word stays readable.
"""

from __future__ import annotations

from collections.abc import Mapping

from textual.color import Color

AA = 4.5
"""WCAG 2 level AA for body text."""

UNMEASURABLE_THEMES = ("ansi-dark", "ansi-light")
"""Themes drawn in the terminal's own colours: no contrast can be promised, so Margin leaves them out."""

PREVIOUS_FADE = 0.4
"""How strongly the previous paragraph starts out faded: the theme's text at 40 %."""


def luminance(color: Color) -> float:
    """WCAG 2 relative luminance of an opaque colour."""

    def channel(value: int) -> float:
        share = value / 255
        return share / 12.92 if share <= 0.04045 else ((share + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(color.r) + 0.7152 * channel(color.g) + 0.0722 * channel(color.b)


def contrast(first: Color, second: Color) -> float:
    """WCAG 2 contrast ratio, 1 to 21."""
    darker, lighter = sorted((luminance(first), luminance(second)))
    return (lighter + 0.05) / (darker + 0.05)


def readable(color: Color, background: Color, text: Color) -> Color:
    """`color` drawn on `background`, moved toward `text` until it reaches AA."""
    start = background + color  # a translucent colour as it shows on the background
    for step in range(21):
        candidate = start.blend(text, step / 20)
        if contrast(candidate, background) >= AA:
            return candidate
    return text


def reading_colours(variables: Mapping[str, str]) -> dict[str, str]:
    """Margin's reading variables for a theme's variables (as Textual generates them)."""
    background = Color.parse(variables["background"])
    text = background + Color.parse(variables["foreground"])
    starts = {
        "margin-hard": Color.parse(variables["text-warning"]),
        "margin-learning": Color.parse(variables["text-accent"]),
        "margin-previous": text.multiply_alpha(PREVIOUS_FADE),
    }
    return {name: readable(start, background, text).hex for name, start in starts.items()}

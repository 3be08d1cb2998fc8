"""The reading colours reach AA on any background, whatever colour a theme starts them at."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from textual.color import Color

from reader.tui.contrast import AA, contrast, readable

channels = st.integers(min_value=0, max_value=255)
colours = st.builds(Color, channels, channels, channels, a=st.just(1.0))
"""Opaque colours, as themes define them (Color's alpha would otherwise be drawn too, NaN included)."""


@given(colours, colours)
def test_a_colour_is_moved_until_it_reads_against_black_or_white_text(start: Color, background: Color) -> None:
    text = Color(255, 255, 255) if contrast(background, Color(255, 255, 255)) >= AA else Color(0, 0, 0)
    if contrast(background, text) >= AA:
        assert contrast(readable(start, background, text), background) >= AA

"""Typed access to the app's session (learner, level, words, service) from any widget."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from textual.dom import DOMNode

if TYPE_CHECKING:
    from reader.tui.app import MarginApp


def session(node: DOMNode) -> MarginApp:
    return cast("MarginApp", node.app)

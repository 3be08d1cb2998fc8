"""Typed access to the app's session (learner, level, words, service) from any widget."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import TYPE_CHECKING, Concatenate, ParamSpec, TypeVar, cast

from textual.dom import DOMNode

if TYPE_CHECKING:
    from reader.tui.app import MarginApp

Node = TypeVar("Node", bound=DOMNode)
Parameters = ParamSpec("Parameters")


def session(node: DOMNode) -> MarginApp:
    return cast("MarginApp", node.app)


def reported(
    handler: Callable[Concatenate[Node, Parameters], None],
) -> Callable[Concatenate[Node, Parameters], None]:
    """A handler on the UI thread whose expected errors (a full disk, a locked database, a bad
    file) become a notification (`MarginApp.reporting`) instead of ending the app."""

    @wraps(handler)
    def run(node: Node, *args: Parameters.args, **kwargs: Parameters.kwargs) -> None:
        with session(node).reporting():
            handler(node, *args, **kwargs)

    return run

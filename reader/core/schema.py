"""JSON from outside Margin (a class pack's manifest, stored review data) checked against a
declared shape before anything uses it: types, required fields, string lengths and list
sizes, with a size limit on the raw bytes and a clear refusal of nesting too deep to parse.

A shape is a value of the small classes below; `check` walks the value along the shape (so
its depth is the shape's, whatever the input holds) and raises `SchemaError` naming where."""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from typing import Any

MAX_JSON_BYTES = 4 * 1024 * 1024
"""A manifest or a stored question is a few kilobytes; megabytes of JSON are hostile."""


class SchemaError(ValueError):
    """The JSON does not have the declared shape; the message says where and what."""


@dataclass(frozen=True)
class Text:
    most: int = 10_000


@dataclass(frozen=True)
class Number:
    integer: bool = False
    least: float = -math.inf


@dataclass(frozen=True)
class OneOf:
    values: frozenset[str]


@dataclass(frozen=True)
class ListOf:
    item: Shape
    most: int


@dataclass(frozen=True)
class MapOf:
    """An object with any string keys, each value of one shape."""

    value: Shape
    most: int


@dataclass(frozen=True)
class Record:
    """An object with these fields (unknown ones are ignored); `optional` ones may be absent or null."""

    fields: dict[str, Shape]
    optional: frozenset[str] = field(default_factory=frozenset)


Shape = Text | Number | OneOf | ListOf | MapOf | Record


def check(value: Any, shape: Shape, where: str = "") -> None:
    """Return if `value` has `shape`, else raise SchemaError saying where it differs."""
    place = where or "the top level"
    if isinstance(shape, Text):
        if not isinstance(value, str):
            raise SchemaError(f"{place}: expected text, found {_kind(value)}")
        if len(value) > shape.most:
            raise SchemaError(f"{place}: text longer than {shape.most:,} characters")
    elif isinstance(shape, Number):
        wanted = int if shape.integer else (int, float)
        if isinstance(value, bool) or not isinstance(value, wanted) or not math.isfinite(value):
            wanted_name = "a whole number" if shape.integer else "a number"
            raise SchemaError(f"{place}: expected {wanted_name}, found {value!r:.40}")
        if value < shape.least:
            raise SchemaError(f"{place}: {value} is below {shape.least:g}")
    elif isinstance(shape, OneOf):
        if not isinstance(value, str) or value not in shape.values:
            raise SchemaError(f"{place}: expected one of {', '.join(sorted(shape.values))}, found {value!r:.40}")
    elif isinstance(shape, ListOf):
        if not isinstance(value, list):
            raise SchemaError(f"{place}: expected a list, found {_kind(value)}")
        if len(value) > shape.most:
            raise SchemaError(f"{place}: more than {shape.most:,} items")
        for index, item in enumerate(value):
            check(item, shape.item, f"{where}[{index}]")
    elif isinstance(shape, MapOf):
        if not isinstance(value, dict):
            raise SchemaError(f"{place}: expected an object, found {_kind(value)}")
        if len(value) > shape.most:
            raise SchemaError(f"{place}: more than {shape.most:,} entries")
        for key, item in value.items():
            check(item, shape.value, f"{where}.{_shown_key(key)}")
    else:
        if not isinstance(value, dict):
            raise SchemaError(f"{place}: expected an object, found {_kind(value)}")
        for key, inner in shape.fields.items():
            if value.get(key) is None:
                if key in shape.optional:
                    continue
                raise SchemaError(f"{where}.{key}: missing")
            check(value[key], inner, f"{where}.{key}")


def _shown_key(key: str) -> str:
    """A key of the input as an error message names it: on one line (quoted when it holds a line
    break or another control character) and at most 40 characters."""
    return f"{key:.40}" if key.isprintable() else f"{key!r:.40}"


def load_json(raw: bytes | str, shape: Shape, most: int = MAX_JSON_BYTES) -> Any:
    """Parse and check; SchemaError for too many bytes, bad JSON, deep nesting or a wrong shape."""
    if len(raw) > most:
        raise SchemaError(f"more than {most / 1_048_576:g} MiB of JSON")
    try:
        value = json.loads(raw)
    except RecursionError:
        raise SchemaError("nested too deeply") from None
    except ValueError as error:  # also bad UTF-8
        raise SchemaError(f"not valid JSON ({str(error).splitlines()[0]})") from None
    check(value, shape)
    return value


def _kind(value: Any) -> str:
    return {dict: "an object", list: "a list", str: "text", bool: "true or false", type(None): "null"}.get(
        type(value), "a number"
    )

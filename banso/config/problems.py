"""Validation errors in words a person can act on: what is wrong with which value, and what would do.

pydantic says `band.0: Input should be 'good', 'normal', 'bad' or 'none'`; a person needs
`band: “evil” is not one of good, normal, bad, none`. Every place that shows a validation error to
someone (banso.yaml, segment filters, the web app's parameters and forms, the CLI's options) words it here.

>>> from pydantic import BaseModel, Field, ValidationError
>>> class Page(BaseModel):
...     page: int = Field(ge=1)
>>> try:
...     Page(page=0)
... except ValidationError as exc:
...     print(plain(exc.errors()[0]))
must be 1 or more (got 0)
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from pydantic_core import ErrorDetails

# Parts of an error's location that pydantic adds for the branches of a union, not keys of the input.
_BRANCHES = frozenset({"str", "int", "float", "bool", "list", "dict", "date", "datetime", "none", "is-instance"})


def is_branch(part: object) -> bool:
    """A location part naming a union's branch (`str`, `function-after[…]`, a model's class name)."""
    return isinstance(part, str) and (part in _BRANCHES or "[" in part or (part[:1].isupper() and "_" not in part
                                                                            and " " not in part and part.isalnum()))


def where(loc: Sequence[str | int], drop: Iterable[str] = ("query", "path", "body", "form")) -> str:
    """A location as a person reads it: `band` rather than `query.band.0`, union branches left out."""
    dropped = set(drop)
    parts = [str(p) for p in loc if not isinstance(p, int) and p not in dropped and not is_branch(p)]
    return ".".join(parts)


def plain(err: ErrorDetails | dict[str, Any]) -> str:
    """What is wrong with the value, and what would be valid."""
    kind, ctx, given = err.get("type", ""), err.get("ctx") or {}, err.get("input")
    text = _WORDS.get(kind)
    if kind == "literal_error" or kind == "enum":
        text = f"is not one of: {_choices(ctx.get('expected', ''))}"
    elif kind in ("greater_than_equal", "greater_than", "less_than_equal", "less_than"):
        bound = ctx.get("ge", ctx.get("gt", ctx.get("le", ctx.get("lt"))))
        bound = f"{bound:g}" if isinstance(bound, float) else bound
        text = {"greater_than_equal": "must be {b} or more", "greater_than": "must be more than {b}",
                "less_than_equal": "must be {b} or less", "less_than": "must be less than {b}"}[kind].format(b=bound)
    elif kind in ("string_too_long", "too_long"):
        most = ctx.get("max_length")
        text = (f"may have at most {most} characters" if kind == "string_too_long"
                else f"may hold at most {most} values")
    elif kind in ("string_too_short", "too_short"):
        least = ctx.get("min_length", 1)
        text = "must not be empty" if least == 1 else f"needs at least {least} {'characters' if kind == 'string_too_short' else 'values'}"
    elif text is None:
        text = str(err.get("msg", "is not valid")).removeprefix("Value error, ").removeprefix("Assertion failed, ")
        text = text[:1].lower() + text[1:] if text[:2] != text[:2].upper() else text
    if given is not None and not isinstance(given, dict | list | tuple) and kind not in ("missing", "extra_forbidden"):
        text += (f" (got {given[:60]!r})" if given else " (got an empty value)") if isinstance(given, str) else \
            f" (got {given!r})"
    return text


def useful(errors: Iterable[ErrorDetails], drop: Iterable[str] = ("query", "path", "body", "form")) -> list[ErrorDetails]:
    """The errors worth showing: of a union's branches, only those that fit the value's shape (a mapping
    given where a text or a mapping is allowed is not also told it should have been a text)."""
    errors = list(errors)
    kept = []
    for err in errors:
        loc = tuple(err.get("loc", ()))
        if any(is_branch(p) for p in loc) and str(err.get("type", "")).endswith("_type"):
            plain_loc = where(loc, drop)
            rivals = [e for e in errors if e is not err and where(tuple(e.get("loc", ())), drop).startswith(plain_loc)]
            if rivals:
                continue
        kept.append(err)
    return kept


def described(errors: Iterable[ErrorDetails], drop: Iterable[str] = ("query", "path", "body", "form")) -> list[str]:
    """`field: what is wrong` for each error worth showing (`useful`)."""
    out = []
    for err in useful(errors, drop):
        name = where(tuple(err.get("loc", ())), drop)
        line = f"{name}: {plain(err)}" if name else plain(err)
        if line not in out:
            out.append(line)
    return out


def _choices(expected: str) -> str:
    return expected.replace(" or ", ", ")


_WORDS = {
    "missing": "is required",
    "extra_forbidden": "is not a setting here",
    "int_parsing": "must be a whole number",
    "int_type": "must be a whole number",
    "int_from_float": "must be a whole number",
    "float_parsing": "must be a number",
    "float_type": "must be a number",
    "finite_number": "must be a finite number",
    "bool_parsing": "must be true or false",
    "bool_type": "must be true or false",
    "date_parsing": "must be a date like 2026-11-16",
    "date_from_datetime_parsing": "must be a date like 2026-11-16",
    "date_type": "must be a date like 2026-11-16",
    "datetime_parsing": "must be a date and time like 2026-11-16T09:30:00+09:00",
    "string_type": "must be text",
    "list_type": "must be a list of values",
    "dict_type": "must be a mapping of keys to values",
    "model_type": "must be a mapping of keys to values",
    "json_invalid": "is not valid JSON",
    "url_parsing": "must be a URL",
}

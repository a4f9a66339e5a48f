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

from banso.errors import Phrase
from banso.i18n import N_

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


def located(place: str, problem: Phrase) -> Phrase:
    """`place: problem`, or the problem alone where there is no place to name."""
    return Phrase("%(place)s: %(problem)s", place=place, problem=problem) if place else problem


def plain(err: ErrorDetails | dict[str, Any]) -> str:
    """What is wrong with the value, and what would be valid (in English; `plain_phrase` to translate it)."""
    return str(plain_phrase(err))


def plain_phrase(err: ErrorDetails | dict[str, Any]) -> Phrase:
    """What is wrong with the value, and what would be valid, as a phrase a page says in its reader's language.

    A validator's own words arrive as the `Phrase` it raised in a ValueError (`ValueError(Phrase(...))`), so
    they translate too; any other message is kept as written.
    """
    kind, ctx, given = err.get("type", ""), err.get("ctx") or {}, err.get("input")
    words = _WORDS.get(kind)
    text: Phrase
    if kind == "literal_error" or kind == "enum":
        text = Phrase(N_("is not one of: %(choices)s"), choices=_choices(ctx.get("expected", "")))
    elif kind in _BOUNDS:
        bound = ctx.get("ge", ctx.get("gt", ctx.get("le", ctx.get("lt"))))
        text = Phrase(_BOUNDS[kind], bound=f"{bound:g}" if isinstance(bound, float) else bound)
    elif kind in ("string_too_long", "too_long"):
        most = ctx.get("max_length")
        text = Phrase(N_("may have at most %(most)s characters") if kind == "string_too_long"
                      else N_("may hold at most %(most)s values"), most=most)
    elif kind in ("string_too_short", "too_short"):
        least = ctx.get("min_length", 1)
        text = (Phrase(N_("must not be empty")) if least == 1 else
                Phrase(N_("needs at least %(least)s characters") if kind == "string_too_short"
                       else N_("needs at least %(least)s values"), least=least))
    elif words is not None:
        text = Phrase(words)
    else:
        raised = ctx.get("error")
        if isinstance(raised, ValueError) and raised.args and isinstance(raised.args[0], Phrase):
            text = raised.args[0]
        else:
            said = str(err.get("msg", "is not valid")).removeprefix("Value error, ").removeprefix("Assertion failed, ")
            text = Phrase(said[:1].lower() + said[1:] if said[:2] != said[:2].upper() else said)
    if given is not None and not isinstance(given, dict | list | tuple) and kind not in ("missing", "extra_forbidden"):
        if isinstance(given, str) and not given:
            return Phrase(N_("%(problem)s (got an empty value)"), problem=text)
        return Phrase(N_("%(problem)s (got %(given)s)"), problem=text,
                      given=repr(given[:60]) if isinstance(given, str) else repr(given))
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
    """`field: what is wrong` for each error worth showing (`useful`), in English."""
    return [str(p) for p in described_phrases(errors, drop)]


def described_phrases(errors: Iterable[ErrorDetails],
                      drop: Iterable[str] = ("query", "path", "body", "form")) -> list[Phrase]:
    """`described`, as phrases a page says in its reader's language."""
    out: dict[str, Phrase] = {}
    for err in useful(errors, drop):
        name = where(tuple(err.get("loc", ())), drop)
        line = located(name, plain_phrase(err))
        out.setdefault(str(line), line)
    return list(out.values())


def _choices(expected: str) -> str:
    return expected.replace(" or ", ", ")


_BOUNDS = {
    "greater_than_equal": N_("must be %(bound)s or more"), "greater_than": N_("must be more than %(bound)s"),
    "less_than_equal": N_("must be %(bound)s or less"), "less_than": N_("must be less than %(bound)s"),
}

_WORDS = {
    "missing": N_("is required"),
    "extra_forbidden": N_("is not a setting here"),
    "int_parsing": N_("must be a whole number"),
    "int_type": N_("must be a whole number"),
    "int_from_float": N_("must be a whole number"),
    "float_parsing": N_("must be a number"),
    "float_type": N_("must be a number"),
    "finite_number": N_("must be a finite number"),
    "bool_parsing": N_("must be true or false"),
    "bool_type": N_("must be true or false"),
    "date_parsing": N_("must be a date like 2026-11-16"),
    "date_from_datetime_parsing": N_("must be a date like 2026-11-16"),
    "date_type": N_("must be a date like 2026-11-16"),
    "datetime_parsing": N_("must be a date and time like 2026-11-16T09:30:00+09:00"),
    "string_type": N_("must be text"),
    "list_type": N_("must be a list of values"),
    "dict_type": N_("must be a mapping of keys to values"),
    "model_type": N_("must be a mapping of keys to values"),
    "json_invalid": N_("is not valid JSON"),
    "url_parsing": N_("must be a URL"),
}

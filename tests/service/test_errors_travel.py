"""Errors cross the service's channel pickled: each comes back with the message it had (what the CLI prints)."""

from __future__ import annotations

import pickle

from banso.errors import (
    ConfigError,
    LoadError,
    NotAllowedError,
    NotFoundError,
    Phrase,
    RowProblem,
    ServiceError,
    UnreadableFileError,
)
from banso.i18n import gettext_, using
from banso.service.server import _pickled_error


def test_errors_come_back_as_they_left() -> None:
    errors = [
        ConfigError("banso.yaml:3: name: required"),
        NotFoundError("no account 'X'"),
        LoadError("2 rows are invalid", [RowProblem("e.csv", 3, "ts", "not a time")], total=2),
        UnreadableFileError("cannot read e.csv: not UTF-8", file="e.csv", not_utf8=True),
        NotAllowedError("task #%(id)s belongs to %(owner)s; only its owner, the one who created it or an admin "
                        "can change it", id=3, owner="佐藤"),
    ]
    for exc in errors:
        back = pickle.loads(_pickled_error(exc))
        assert type(back) is type(exc) and str(back) == str(exc)
    again = pickle.loads(_pickled_error(errors[3]))
    assert isinstance(again, UnreadableFileError) and again.file == "e.csv" and again.not_utf8


def test_an_error_with_phrases_inside_still_reads_in_either_language() -> None:
    """An insight's error holds the validation problem as a phrase of its own: both are translated after the trip."""
    from banso.analysis.insights import InsightError

    exc = InsightError("breakdown %(text)s: %(problem)s", text="'tier'",
                       problem=Phrase("%(where)s: %(problem)s", where="top",
                                      problem=Phrase("must be %(bound)s or more", bound=1)))
    back = pickle.loads(_pickled_error(exc))
    assert type(back) is InsightError and str(back) == str(exc) == "breakdown 'tier': top: must be 1 or more"
    with using("ja"):
        assert back.text(gettext_) == "内訳 'tier': top: 1 以上にしてください"


def test_an_error_that_cannot_travel_keeps_its_message() -> None:
    class Odd(ConfigError):
        def __init__(self, a: str, b: str):
            super().__init__(f"{a} and {b}")

    back = pickle.loads(_pickled_error(Odd("this", "that")))
    assert isinstance(back, ServiceError) and str(back) == "this and that"
    crash = pickle.loads(_pickled_error(ZeroDivisionError("division by zero")))
    assert isinstance(crash, ZeroDivisionError)

"""Event names for people: the product tracks `issue_created`, a page says 課題の作成 / "Issue created".

The names come from `events.labels` in banso.yaml (one text, or `{ja, en}`); an event without a
label is shown as the product tracks it. Like the language and the currency (`banso.i18n.using`),
the names are set around a rendering (`using`), so every place that writes an event for people
(an account's Company Activity, a user's log, an insight's title and steps) reads them with
`shown` without passing them along. The name as tracked stays where a machine reads it: URLs,
form values, filters, exports, the API and the command line's options.

>>> with using({"issue_created": "課題の作成"}):
...     shown("issue_created"), shown("login")
('課題の作成', 'login')
>>> shown("issue_created")
'issue_created'
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from types import MappingProxyType

_labels: ContextVar[Mapping[str, str]] = ContextVar("banso_event_labels", default=MappingProxyType({}))


@contextmanager
def using(labels: Mapping[str, str]) -> Iterator[None]:
    """Show events by `labels` (event -> its name for people) while the block runs."""
    token = _labels.set(labels)
    try:
        yield
    finally:
        _labels.reset(token)


def shown(event: str) -> str:
    """`event` as people read it: its label, or the name as tracked."""
    return _labels.get().get(event, event)


def labelled(event: str) -> bool:
    """Whether `event` has a name for people other than the one tracked (a page then shows the name on hover)."""
    return shown(event) != event

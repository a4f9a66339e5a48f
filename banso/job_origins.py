"""Who or what started a job: recorded in English, shown in the reader's language.

A job's `started_by` is plain text wherever it is read as recorded (`banso jobs`, the JSON API, the
service's log). The phrases banso records itself are made here from message ids and their values, so
that the Jobs page can find the message again and say it in the page's language. Text matching none of
them (a test's, or a job recorded by an older banso) shows as written.

>>> phrase(DAILY_RUN, job=7)
'daily run #7'
>>> in_language("ana@example.com (web)", {WEB: "%(who)s（Web）"}.get)
'ana@example.com（Web）'
>>> in_language("someone", str.upper)
'someone'
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from banso.i18n import N_

SCHEDULE = N_("schedule")
SCHEDULE_MISSED = N_("schedule (missed while stopped)")
DAILY_RUN = N_("daily run #%(job)s")  # the current scores a daily run renews
RECOVERY = N_("recovery of #%(job)s")  # the steps a stopped daily run had left
WEB = N_("%(who)s (web)")
COMMAND_LINE = N_("%(who)s (command line)")  # a command handed to the service
BANSO_RUN = N_("%(who)s (banso run)")  # `banso run` without a service
_PHRASES = (SCHEDULE, SCHEDULE_MISSED, DAILY_RUN, RECOVERY, WEB, COMMAND_LINE, BANSO_RUN)
_VALUE = re.compile(r"%\((\w+)\)s")


def phrase(message: str, **values: object) -> str:
    """The words to record: one of the messages above with its values."""
    return message % values


def in_language(text: str, translate: Callable[[str], str | None]) -> str:
    """`text` as recorded, said with `translate` (the page's gettext) when banso recorded it from a message."""
    for message in _PHRASES:
        found = _pattern(message).fullmatch(text)
        if found:
            return (translate(message) or message) % found.groupdict()
    return text


@cache
def _pattern(message: str) -> re.Pattern[str]:
    """A message as a pattern: its words literally, each value as a named group (a job's is its number)."""
    parts: list[str] = []
    at = 0
    for value in _VALUE.finditer(message):
        parts.append(re.escape(message[at:value.start()]))
        name = value.group(1)
        parts.append(rf"(?P<{name}>\d+)" if name == "job" else rf"(?P<{name}>.+)")
        at = value.end()
    parts.append(re.escape(message[at:]))
    return re.compile("".join(parts), re.DOTALL)

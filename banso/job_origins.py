"""Who or what started a job: recorded in English, shown in the reader's language.

A job's `started_by` is plain text wherever it is read as recorded (`banso jobs`, the JSON API, the
service's log). The phrases banso records itself are made here from message ids and their values, so
that the Jobs page can find the message again and say it in the page's language. Text matching none of
them (a test's, or a job recorded by an older banso) shows as written.

>>> from banso.i18n import phrase
>>> phrase(DAILY_RUN, job=7)
'daily run #7'
>>> in_language("ana@example.com (web)", {WEB: "%(who)s（Web）"}.get)
'ana@example.com（Web）'
>>> in_language("someone", str.upper)
'someone'
"""

from __future__ import annotations

from collections.abc import Callable

from banso.i18n import N_, said_again

SCHEDULE = N_("schedule")
SCHEDULE_MISSED = N_("schedule (missed while stopped)")
DAILY_RUN = N_("daily run #%(job)s")  # the current scores a daily run renews
RECOVERY = N_("recovery of #%(job)s")  # the steps a stopped daily run had left
WEB = N_("%(who)s (web)")
COMMAND_LINE = N_("%(who)s (command line)")  # a command handed to the service
BANSO_RUN = N_("%(who)s (banso run)")  # `banso run` without a service
_PHRASES = (SCHEDULE, SCHEDULE_MISSED, DAILY_RUN, RECOVERY, WEB, COMMAND_LINE, BANSO_RUN)


def in_language(text: str, translate: Callable[[str], str | None]) -> str:
    """`text` as recorded, said with `translate` (the page's gettext) when banso recorded it from a message."""
    return said_again(text, _PHRASES, translate)

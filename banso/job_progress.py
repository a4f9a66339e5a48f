"""What a job is, and what it is doing while it runs: recorded in English, shown in the reader's language.

A running job's progress text is plain English wherever it is read as recorded (`banso jobs`, the JSON
API, the progress line of a command handed to the service). The layers that report progress (loads,
rollups, scoring, connectors, pushes, the daily run's steps) say it with the messages below and
`banso.i18n.phrase`, so that the Jobs page can find the message again and say it in its language. A
file's or a connector's name stays as written, and so does text matching none of them.

>>> from banso.i18n import phrase
>>> phrase(SCORING, what=phrase(AS_OF, day="2026-11-16"))
'score: as of 2026-11-16'
>>> in_language("score: as of 2026-11-16", {SCORING: "スコア: %(what)s", AS_OF: "%(day)s 時点"}.get)
'スコア: 2026-11-16 時点'
"""

from __future__ import annotations

from collections.abc import Callable

from banso.i18n import N_, phrase, said_again

# loads (banso.store, banso.ingest, banso.connectors)
CHECKING = N_("checking")
CHECKING_IDS = N_("checking ids")
CHECKING_ROWS = N_("checking rows")
WRITING = N_("writing")
LINKED = N_("linked")  # a table of the store's own database read in place
ROWS_READ = N_("read %(rows)s rows")
LOADING_INTO = N_("loading %(file)s into %(table)s")
LOADING = N_("loading %(file)s")
RECORDS_READ = N_("%(connector)s: %(records)s %(count)s read")  # records: the vendor's word (contacts, tickets)
SENDING = N_("%(connector)s: sending records %(first)s–%(last)s")
# scoring (banso.health, banso.store)
ROLLING_UP = N_("rolling up events by day")
REFRESHING_ROLLUP = N_("refreshing the daily rollup")
AS_OF = N_("as of %(day)s")
WRITING_SNAPSHOTS = N_("writing the snapshots")
DONE = N_("done")
# the daily run: its steps in order (banso.workspace.run_ops runs them; a step's progress is its name), and what
# a step is at
SCORING = N_("score: %(what)s")
CONNECTORS = N_("connectors: %(direction)s")
STEPS = (N_("pull"), N_("sources"), N_("score"), N_("alerts"), N_("playbooks"), N_("deliver"), N_("exports"),
         N_("push"))

# what a connector's job is (the Jobs page's "What"; banso's own jobs are named by a message id alone)
SYNC = N_("sync %(direction)s %(connector)s")  # direction: pull or push, said as the daily run's steps

_PHRASES = (CHECKING, CHECKING_IDS, CHECKING_ROWS, WRITING, LINKED, ROWS_READ, LOADING_INTO, LOADING, RECORDS_READ,
            SENDING, ROLLING_UP, REFRESHING_ROLLUP, AS_OF, WRITING_SNAPSHOTS, DONE, SCORING, CONNECTORS, *STEPS)


def records_read(connector: str, records: str, count: int) -> str:
    """What a pull has read so far of one kind of record, e.g. `crm: contacts 1,200 read`."""
    return phrase(RECORDS_READ, connector=connector, records=records, count=f"{count:,}")


def in_language(text: str, translate: Callable[[str], str | None]) -> str:
    """`text` as recorded, said with `translate` (the page's gettext) when banso recorded it from a message."""
    return said_again(text, _PHRASES, translate)


def what_in_language(text: str, translate: Callable[[str], str | None]) -> str:
    """A job's `what` as recorded, said with `translate` when banso recorded it from a message."""
    return said_again(text, (SYNC, *STEPS), translate)

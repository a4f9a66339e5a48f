"""Hand the longest groups of tests out first, by how long they took when last measured.

`make test` runs the suite on three processes (pytest-xdist, `--dist loadgroup`): each process gets
the next group of tests, in the order the groups were collected, once it is nearly out of work. A
long group handed out last keeps one process busy after the others have stopped. xdist's own order
(most tests first) put the service tests last, a test or two each but tens of seconds, and one
process ran alone for the last half minute. Ordered longest first (`make test` passes
`--no-loadscope-reorder` so that xdist keeps this order), the short groups fill the end.

The times are those of tests/durations.json, written by `make test-durations` (the suite run as
`make test` runs it, each test's setup, call and teardown summed). A test missing there counts as
`UNMEASURED` seconds. The times only order the groups: stale ones make a run slower, never wrong.
"""

from __future__ import annotations

import json
import os
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

import pytest

PATH = Path(__file__).with_name("durations.json")
UNMEASURED = 0.5
RECORD = "BANSO_RECORD_TEST_DURATIONS"


def longest_groups_first(items: list[pytest.Item], group_of: Callable[[pytest.Item], str]) -> None:
    """Sort `items` by the measured time of their group, longest first; a group's tests keep their order."""
    measured: dict[str, float] = json.loads(PATH.read_text(encoding="utf-8")) if PATH.exists() else {}
    totals: dict[str, float] = defaultdict(float)
    first: dict[str, int] = {}
    for i, item in enumerate(items):
        group = group_of(item)
        totals[group] += measured.get(item.nodeid, UNMEASURED)
        first.setdefault(group, i)
    items.sort(key=lambda item: (-totals[group_of(item)], first[group_of(item)]))


class Recorder:
    """Each test's setup, call and teardown summed, as the controlling process receives them; written at the end.

    Under xdist a report's test id carries its group after an `@` (`…::test_x@town`); `plain` takes it off.
    """

    def __init__(self, plain: Callable[[str], str]):
        self.plain = plain
        self.times: dict[str, float] = defaultdict(float)

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        self.times[self.plain(report.nodeid)] += report.duration

    def pytest_sessionfinish(self, session: pytest.Session, exitstatus: int) -> None:
        if exitstatus != 0:
            return  # a failed or stopped run's times are not the suite's
        rounded = {nodeid: round(seconds, 2) for nodeid, seconds in sorted(self.times.items())}
        PATH.write_text(json.dumps(rounded, indent=0, ensure_ascii=False) + "\n", encoding="utf-8")


def record_if_asked(config: pytest.Config, plain: Callable[[str], str]) -> None:
    """Register the recorder in the controlling process when `BANSO_RECORD_TEST_DURATIONS` is set."""
    if os.environ.get(RECORD) and not hasattr(config, "workerinput"):
        config.pluginmanager.register(Recorder(plain), "banso-durations")

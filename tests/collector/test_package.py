"""The collector's public surface, pinned: a name leaves it only on purpose."""

from __future__ import annotations

import banso.collector


def test_public_names() -> None:
    assert sorted(banso.collector.__all__) == ["Collector", "CollectorSettings", "Compactor", "LIMITS", "Rejected",
                                               "Spool", "SpoolError", "create_app"]

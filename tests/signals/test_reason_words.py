"""An alert's reason in each language: the rule's description, then the values it read (a band in words of
that language)."""

from __future__ import annotations

from banso.signals.alerts import reasons
from banso.workspace import Workspace


def test_the_band_a_rule_read_is_named_in_the_reasons_language(workspace: Workspace) -> None:
    ja, en = reasons(workspace.config, {"rule": "silence", "values": {"band": "good", "events_7d": 3}})
    assert ja.endswith("(band = 良好、events_7d = 3)") and en.endswith(" (band = good, events_7d = 3)")

"""Rules are named for people by their label, in the page's language; a rule without one, or gone from
banso.yaml, by its key."""

from __future__ import annotations

from pathlib import Path

from banso.config.load import load_config
from banso.signals.rule_labels import rule_label, rule_labels
from tests.conftest import write

RULES = """
signals:
  rules:
    low_nps:
      label: {ja: 低いNPS, en: Low NPS}
      when: latest_nps <= 6
      description: {ja: NPSが低い, en: Low NPS}
    quiet_admins:
      when: active_admins_28d == 0
      description: {ja: 管理者が不在, en: No admin}
    usage_drop:
      label: Usage halved
      when: events_7d < 1
      description: {ja: 利用なし, en: No use}
"""


def test_each_rule_has_its_name_for_people(tmp_path: Path) -> None:
    config = load_config(write(tmp_path / "banso.yaml", RULES))
    ja, en = rule_labels(config, "ja"), rule_labels(config, "en")
    assert (ja["low_nps"], en["low_nps"]) == ("低いNPS", "Low NPS")
    assert ja["quiet_admins"] == en["quiet_admins"] == "quiet_admins", "no label: its key"
    assert ja["usage_drop"] == en["usage_drop"] == "Usage halved", "one text serves both languages"
    assert (ja["renewal_risk"], en["renewal_risk"]) == ("更新リスク", "Renewal at risk"), "built-ins come labelled"
    assert (ja["data_quality_volume"], en["data_quality_unattributed"]) == ("計測量の急減", "Events without an account")
    assert rule_label(config, "removed_last_month", "ja") == "removed_last_month", "an old alert's rule keeps its key"


def test_every_built_in_rule_is_labelled_in_both_languages(tmp_path: Path) -> None:
    config = load_config(write(tmp_path / "banso.yaml", "signals: {}\n"))
    for name, rule in config.signals.rules.items():
        assert rule.label is not None and not isinstance(rule.label, str), name
        assert rule.label.ja and rule.label.en and rule.label.ja != rule.label.en, name

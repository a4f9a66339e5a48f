"""An alert's reason in each language: the rule's description, then the values it read, named as the pages name
them (a metric by its label, the account's facts and a rule's functions in words, a band in words of that
language, a share in percent)."""

from __future__ import annotations

from banso.signals.alerts import reasons
from banso.workspace import Workspace


def test_the_band_a_rule_read_is_named_in_the_reasons_language(workspace: Workspace) -> None:
    ja, en = reasons(workspace.config, {"rule": "silence", "values": {"band": "good", "events_7d": 3}})
    assert ja.endswith("(ヘルス帯 = 良好、7日間のイベント数 = 3)") and en.endswith(" (band = Good, events in 7 days = 3)")


def test_a_function_of_a_metric_reads_as_a_phrase_and_a_share_in_percent(workspace: Workspace) -> None:
    """A CSM read "baseline(events_7d, 8) = 1,620、events_7d = 703" under a Japanese sentence."""
    ja, en = reasons(workspace.config, {"rule": "usage_drop", "values": {
        "baseline(events_7d, 8)": 1620.0, "events_7d": 703.0, "change(score, 4)": -1.27, "seat_utilization": 0.953,
        "days_to_renewal": 78.0, "status": "trial"}})
    assert ja.endswith("(7日間のイベント数の平常値(8週平均) = 1,620、7日間のイベント数 = 703、スコアの4週間の変化 = −1.27、"
                       "席の使用率 = 95%、更新までの日数 = 78、状態 = トライアル)")
    assert en.endswith("(events in 7 days, normal (8-week mean) = 1,620, events in 7 days = 703, change in score over "
                       "4 weeks = −1.27, seat utilization = 95%, days to renewal = 78, status = Trial)")  # as the pages say it
    plain, _ = reasons(workspace.config, {"rule": "custom_rule_gone", "values": {"a_name_nobody_knows": 2.0}})
    assert plain == "custom_rule_gone(a_name_nobody_knows = 2)", "an unknown name stays as written"


def test_the_data_quality_checks_name_what_they_read(workspace: Workspace) -> None:
    ja, en = reasons(workspace.config, {"rule": "data_quality_unattributed", "values": {
        "events_last_7d": 12000, "share_without_account": 0.314}})
    assert ja.endswith("(直近7日のイベント数 = 12,000、アカウント不明の割合 = 31%)")
    assert en.endswith("(events in the last 7 days = 12,000, share without an account = 31%)")


def test_a_status_reads_as_the_pages_read_it(workspace: Workspace) -> None:
    """The reason's own table of words said 契約中 where the account page's tag says 有効: one catalogue now."""
    ja, en = reasons(workspace.config, {"rule": "silence", "values": {"status": "active", "previous_band": "good"}})
    assert ja.endswith("(状態 = 有効、先週のヘルス帯 = 良好)") and en.endswith("(status = Active, last week's band = Good)")

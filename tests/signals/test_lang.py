"""The rule language: parses what it should, refuses the rest with the rule, the column and what was expected,
and evaluates exactly as a hand computation on a literal frame."""

from __future__ import annotations

import ibis
import pandas as pd
import pytest

from banso.config.models import WorkspaceConfig
from banso.config.rule_language import RuleError, parse
from banso.errors import ConfigError
from banso.signals.compile import compile_rule, prepare
from banso.workspace import Workspace

FRAME = pd.DataFrame({
    "account_id": ["A1", "A2", "A3", "A4"],
    "tier": ["SMB", "Mid", "SMB", "Enterprise"],
    "events_7d": [10.0, 0.0, None, 50.0],
    "seat_utilization": [0.95, 0.5, 0.99, 1.2],
    "band": ["good", "bad", "good", None],
    "previous_band": ["good", "normal", "normal", "good"],
    "days_to_renewal": [30.0, 200.0, 80.0, 10.0],
    "__change__events_7d__4": [-5.0, -20.0, None, 10.0],
})
KNOWN = set(FRAME.columns) - {"__change__events_7d__4"}


def fires(ws: Workspace, text: str) -> list[str]:
    rule = prepare("r", text, KNOWN)
    t = ibis.memtable(FRAME)
    return sorted(ws.store.ibis.execute(t.filter(compile_rule(rule, t)).select("account_id"))["account_id"])


@pytest.mark.parametrize(("text", "expected"), [
    ("events_7d > 5", ["A1", "A4"]),
    ("events_7d >= 0 and not (tier == \"SMB\")", ["A2", "A4"]),
    ("events_7d < 1 or seat_utilization > 1", ["A2", "A4"]),
    ("coalesce(events_7d, 0) == 0", ["A2", "A3"]),  # an unknown value only counts when the rule says so
    ("events_7d * 2 + 1 > 21", ["A4"]),  # A1: 10 × 2 + 1 = 21 is not above 21
    ("events_7d / 0 > 1", []),  # division by zero has no value, so it never fires
    ("-events_7d < -20", ["A4"]),
    ("abs(change(events_7d, 4)) >= 10", ["A2", "A4"]),
    ("max(events_7d, 20) == 20 and min(days_to_renewal, 100) == 100", ["A2"]),
    ("tier in (\"SMB\", \"Mid\") and seat_utilization > 0.9 and band == \"good\"", ["A1", "A3"]),
    ("band_changed()", ["A2", "A3"]),
    ("band_dropped()", ["A2"]),
    ("days_to_renewal <= 90 and (band == \"bad\" or change(events_7d, 4) <= -5)", ["A1"]),
])
def test_rules_evaluate_like_a_hand_computation(workspace: Workspace, text: str, expected: list[str]) -> None:
    assert fires(workspace, text) == expected


def test_hand_computation_agrees_on_a_compound_rule(workspace: Workspace) -> None:
    text = "seat_utilization >= 0.9 and (days_to_renewal < 60 or tier == \"SMB\")"
    by_hand = [r.account_id for r in FRAME.itertuples()
               if r.seat_utilization >= 0.9 and (r.days_to_renewal < 60 or r.tier == "SMB")]
    assert fires(workspace, text) == sorted(by_hand)


@pytest.mark.parametrize(("text", "column", "says"), [
    ("events_7d >", 12, "expected a value, a name or a function, found the end of the rule"),
    ("events_7d > 5 5", 15, "expected 'and', 'or', a comparison or the end of the rule, found '5'"),
    ("(events_7d > 5", 15, "expected ')'"),
    ("events_7d > 5; DROP TABLE accounts", 14, "unexpected character ';'"),
    ("__import__('os').system('x') == 1", 17, "unexpected character '.'"),
    ("exec(\"1\") > 0", 1, "unknown function 'exec'"),
    ("change(\"events_7d\", 4) < 0", 1, "first argument of change() is a metric name"),
    ("change(events_7d, 0) < 0", 1, "weeks is a whole number from 1 to 52"),
    ("tier in SMB", 9, "expected '(' and a list of values after 'in'"),
    ("", 1, "expected a condition"),
])
def test_syntax_errors_name_the_rule_the_column_and_what_was_expected(text: str, column: int, says: str) -> None:
    with pytest.raises(RuleError) as info:
        parse("my_rule", text)
    msg = str(info.value)
    assert msg.startswith(f"rule 'my_rule', column {column}: ")
    assert says in msg


def test_unknown_names_are_refused_at_their_position_with_suggestions() -> None:
    with pytest.raises(RuleError) as info:
        prepare("r", "events_7d > 1 and events_7days < 3", KNOWN)
    assert "column 19: unknown name 'events_7days'; did you mean events_7d" in str(info.value)


def test_sql_shaped_text_is_only_ever_data(workspace: Workspace) -> None:
    # A quoted string is compared as a value; nothing in it reaches SQL as code.
    assert fires(workspace, "tier == \"SMB' OR '1'='1\"") == []
    assert workspace.store.count("accounts") == 0  # the store is untouched


def test_types_are_checked() -> None:
    for text, says in [("tier > 3", "cannot compare a number with a text"),
                       ("events_7d + 1", "must be a condition"),
                       ("tier < \"M\"", "compared with == or != only")]:
        with pytest.raises(RuleError, match=says):
            compile_rule(prepare("r", text, KNOWN), ibis.memtable(FRAME))


def test_a_bad_rule_in_banso_yaml_fails_with_file_line_and_column(tmp_path: object) -> None:
    with pytest.raises(Exception) as info:
        WorkspaceConfig.model_validate({"signals": {"rules": {"mine": {
            "when": "events_7d <", "description": {"ja": "テスト", "en": "test"}}}}})
    assert "rule 'mine', column 12" in str(info.value)


def test_rules_in_banso_yaml_add_to_the_builtins(tmp_path: object) -> None:
    cfg = WorkspaceConfig.model_validate({"signals": {"rules": {
        "mine": {"when": "events_7d < 1", "description": {"ja": "テスト", "en": "test"}},
        "silence": {"when": "days_since_last_event >= 30", "description": {"ja": "静か", "en": "quiet"},
                    "enabled": False},
    }}})
    assert {"mine", "usage_drop", "champion_risk"} <= set(cfg.signals.rules)
    assert cfg.signals.rules["silence"].enabled is False
    assert issubclass(RuleError, ConfigError)

"""A bad banso.yaml fails with file:line, the key, and what would be valid."""

from __future__ import annotations

from pathlib import Path

import pytest

from banso.config.load import load_config
from banso.config.template import render
from banso.errors import ConfigError
from banso.workspace import Workspace
from tests.conftest import write


def error_of(path: Path) -> str:
    with pytest.raises(ConfigError) as info:
        load_config(path)
    return str(info.value)


def test_unknown_key_names_line_key_and_valid_keys(tmp_path: Path) -> None:
    cfg = write(tmp_path / "banso.yaml", """
        name: x
        sources:
          crm:
            table: accounts
            colums:
              account_id: ID
        """)
    msg = error_of(cfg)
    assert f"{cfg}:5: sources.crm.colums: unknown key" in msg
    assert "columns" in msg and "defaults" in msg  # what would be valid


def test_wrong_type(tmp_path: Path) -> None:
    cfg = write(tmp_path / "banso.yaml", """
        events:
          passive: 3
        """)
    assert f"{cfg}:2: events.passive: must be a list of values (got 3)" in error_of(cfg)


def test_bad_time_zone(tmp_path: Path) -> None:
    cfg = write(tmp_path / "banso.yaml", "name: x\ntimezone: Asia/Tokio\n")
    msg = error_of(cfg)
    assert f"{cfg}:2: timezone: unknown time zone 'Asia/Tokio'" in msg
    assert "Asia/Tokyo" in msg


def test_unknown_table_lists_the_valid_ones(tmp_path: Path) -> None:
    cfg = write(tmp_path / "banso.yaml", "sources:\n  ev:\n    table: event\n")
    msg = error_of(cfg)
    assert f"{cfg}:3: sources.ev.table:" in msg and "'events'" in msg


def test_mapping_to_a_field_the_table_does_not_have(tmp_path: Path) -> None:
    cfg = write(tmp_path / "banso.yaml", """
        sources:
          crm:
            table: accounts
            columns:
              revenue: MRR
        """)
    msg = error_of(cfg)
    assert f"{cfg}:5: sources.crm.columns.revenue" in msg and "mrr" in msg


def test_yaml_syntax_error_has_a_line(tmp_path: Path) -> None:
    cfg = write(tmp_path / "banso.yaml", "name: x\nsources: [\n")
    assert f"{cfg}:3: invalid YAML" in error_of(cfg)


def test_a_key_written_twice_is_named_with_both_lines(tmp_path: Path) -> None:
    """YAML readers keep the last of two equal keys without a word: the first setting was silently lost."""
    cfg = write(tmp_path / "banso.yaml", """
        name: x
        events:
          labels:
            login: {ja: ログイン}
            issue_created: {ja: 課題の作成}
            login: {ja: サインイン}
        timezone: UTC
        timezone: Asia/Tokyo
        """)
    msg = error_of(cfg)
    assert f"{cfg}:6: events.labels.login: written twice (first on line 4)" in msg
    assert f"{cfg}:8: timezone: written twice (first on line 7)" in msg


def test_a_merge_key_may_come_again(tmp_path: Path) -> None:
    cfg = write(tmp_path / "banso.yaml", """
        name: x
        base: &base {ja: ログイン}
        more: &more {en: Log in}
        events:
          labels:
            login:
              <<: *base
              <<: *more
        """)
    msg = error_of(cfg)
    assert "written twice" not in msg and "base: unknown key" in msg


def test_template_is_valid_and_lists_every_setting(tmp_path: Path) -> None:
    text = render(name="Acme: <CS>")
    cfg = write(tmp_path / "banso.yaml", text)
    config = load_config(cfg)
    assert config.name == "Acme: <CS>"
    for key in ("timezone:", "currency:", "language:", "store:", "sources:", "passive:", "features:", "key_actions:",
                "signals:", "invite_events:", "data_quality:", "connectors:", "segment_syncs:", "lifecycle:",
                "phases:"):
        assert key in text
    from banso.config.lifecycle import Lifecycle

    assert config.lifecycle == Lifecycle()  # the template writes out the default phases


def test_init_refuses_an_existing_workspace(tmp_path: Path) -> None:
    Workspace.init(tmp_path / "ws").close()
    with pytest.raises(Exception, match="already a banso workspace"):
        Workspace.init(tmp_path / "ws")


def test_errors_say_what_to_fix_in_plain_words(tmp_path: Path) -> None:
    """No pydantic wording ("Input should be…") and no union branches in the key: the value, and what would do."""
    cfg = write(tmp_path / "banso.yaml", """
        health:
          bands: {good: 70, bad: ten}
          dimensions:
            use:
              label: {ja: 利用, fr: Usage}
              weight: 0
              metrics:
                events_28d: {score: {type: threshold, bad: 0, good: 10}}
        """)
    msg = error_of(cfg)
    assert f"{cfg}:2: health.bands.bad: must be a number (got 'ten')" in msg
    assert f"{cfg}:5: health.dimensions.use.label.fr: unknown key; valid keys here are: ja, en" in msg
    assert f"{cfg}:6: health.dimensions.use.weight: must be more than 0 (got 0)" in msg
    assert "Input should" not in msg and "function-after" not in msg and ".str:" not in msg


def test_labels_may_be_given_in_both_languages(tmp_path: Path) -> None:
    from banso.config.load import load_config

    cfg = write(tmp_path / "banso.yaml", """
        health:
          name: {ja: 健康診断, en: health check}
          dimensions:
            use:
              label: {ja: 利用}
              weight: 1
              metrics:
                events_28d: {label: events, score: {type: threshold, bad: 0, good: 10}}
        onboarding:
          invite: {event: user_invited, label: {ja: 招待する, en: Invite someone}}
          First issue: issue_created
        """)
    config = load_config(cfg)
    assert config.health.title("ja") == "健康診断" and config.health.title("en") == "health check"
    from banso.config.labels import text_in
    from banso.config.web import milestone_events

    assert text_in(config.health.dimensions["use"].label, "en") == "利用"  # one language: shown to everyone
    assert milestone_events(config.onboarding, "ja") == {"招待する": "user_invited", "First issue": "issue_created"}


def test_a_label_with_neither_language_says_what_to_write(tmp_path: Path) -> None:
    cfg = write(tmp_path / "banso.yaml", """
        health:
          dimensions:
            use:
              label: {}
              weight: 1
              metrics:
                events_28d: {score: {type: threshold, bad: 0, good: 10}}
        onboarding:
          invite: {event: user_invited}
        """)
    msg = error_of(cfg)
    assert f"{cfg}:4: health.dimensions.use.label: give the label in Japanese (ja:), in English (en:), or both" in msg
    assert f"{cfg}:9: onboarding.invite.label: required key is missing" in msg


def test_a_label_in_a_third_language_names_the_two_there_are(tmp_path: Path) -> None:
    """A label is a text or {ja, en}: `fr:` was refused with "valid keys here are: " and nothing after it."""
    cfg = write(tmp_path / "banso.yaml", """
        signals:
          rules:
            quiet:
              label: {fr: Silence}
              when: days_since_last_event >= 14
              description: {ja: 静か, en: Quiet}
        """)
    assert f"{cfg}:4: signals.rules.quiet.label.fr: unknown key; valid keys here are: ja, en" in error_of(cfg)


def test_web_addresses_are_checked_where_they_are_written(tmp_path: Path) -> None:
    """A notification, webhook or connector address without its scheme (or with a space) is named at its line
    by `banso check`, not found out by the first delivery or pull; a sql destination's url is a database's."""
    cfg = write(tmp_path / "banso.yaml", """
        signals:
          destinations:
            slack:
              kind: slack
              url: hooks.slack.com/services/T0/B0/x
        """)
    assert (f"{cfg}:5: signals.destinations.slack.url: is not a web address: write it whole, as https://host/path "
            "(got 'hooks.slack.com/services/T0/B0/x')") in error_of(cfg)
    cfg = write(tmp_path / "banso.yaml", """
        connectors:
          desk:
            type: zendesk
            url: ftp://acme.zendesk.com
        """)
    assert f"{cfg}:4: connectors.desk.url: is not a web address" in error_of(cfg)
    cfg = write(tmp_path / "banso.yaml", """
        segment_syncs:
          hook:
            segment: At risk
            to: {type: webhook, url: "https://example.com/in box"}
        """)
    assert f"{cfg}:4: segment_syncs.hook.to.url: is not a web address" in error_of(cfg)
    cfg = write(tmp_path / "banso.yaml", """
        signals:
          destinations:
            warehouse: {kind: sql, url: "postgresql://crm@db.internal/marketing", routes: [digital]}
            crm: {kind: webhook, url: "http://127.0.0.1:8080/hook", routes: [digital]}
        """)
    destinations = load_config(cfg).signals.destinations
    assert destinations["warehouse"].url == "postgresql://crm@db.internal/marketing"
    assert destinations["crm"].url == "http://127.0.0.1:8080/hook"

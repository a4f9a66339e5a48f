"""Metrics have names for people in both languages (`label`), which change no model version."""

from __future__ import annotations

from pathlib import Path

from banso.config.load import load_config
from banso.demo.demo_workspace import demo_config
from banso.health.api import metric_labels
from banso.health.engine import ActiveModel

DEMO_VERSION = "3780a9725971"  # the demo model's version before metrics had labels
MORE = """
  exports_28d:
    kind: event_count
    events: [export_csv]
    label: {ja: エクスポート回数, en: exports}
  imports_28d:
    kind: event_count
    events: [import_csv]
"""


def config(tmp_path: Path, text: str):  # type: ignore[no-untyped-def]
    path = tmp_path / "banso.yaml"
    path.write_text(text, encoding="utf-8")
    return load_config(path)


def test_a_label_changes_no_version(tmp_path: Path) -> None:
    text = demo_config()
    assert ActiveModel.current(config(tmp_path, text)).version == DEMO_VERSION
    said = "    description: help articles read per active member\n"
    assert said in text
    labelled = text.replace(said, said + "    label: {ja: ヘルプの閲覧, en: help reading}\n")
    assert ActiveModel.current(config(tmp_path, labelled)).version == DEMO_VERSION


def test_the_model_names_a_metric_first_then_its_own_label_then_its_name(tmp_path: Path) -> None:
    text = demo_config().replace("\nmetrics:\n", "\nmetrics:" + MORE, 1)
    c = config(tmp_path, text)
    ja, en = metric_labels(c, "ja"), metric_labels(c, "en")
    assert (ja["exports_28d"], en["exports_28d"]) == ("エクスポート回数", "exports")  # its own label
    assert ja["imports_28d"] == en["imports_28d"] == "imports_28d"  # none: its name
    assert (ja["events_7d"], en["events_7d"]) == ("7日間のイベント数", "events in 7 days")  # a built-in one's
    # the demo model names latest_nps itself, as the account page's explanation does
    assert (ja["latest_nps"], en["latest_nps"]) == ("直近の NPS 回答", "latest NPS answer")
    assert ja["active_rate_28d"] != "アクティブ率（28日間）"  # the model's label wins over the built-in one

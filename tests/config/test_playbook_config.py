"""Playbooks in banso.yaml: a bad one fails with file:line, the key and what would be valid; a good one has a
version that changes with its meaning only."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from banso.config.labels import text_in
from banso.config.load import load_config
from banso.config.playbooks import playbook_version, step_days
from banso.errors import ConfigError
from tests.conftest import write

HEAD = """
signals:
  destinations:
    mail: {kind: email, smtp_host: localhost, sender: banso@example.com, to: [cs@example.com]}
    team: {kind: slack, url: https://hooks.example.com/x}
templates:
  hello:
    subject: {ja: "{account_name} 様", en: "Hello {account_name}"}
    body: {ja: "担当の{owner}です", en: "This is {owner}"}
"""

GOOD = HEAD + """
playbooks:
  rescue:
    trigger: {kind: band, enters: bad}
    steps:
      - task: {title: {ja: 電話, en: Call}, due_days: 2}
      - wait: 5
      - email: {template: hello, destination: mail, to: owner}
      - day: 20
        condition: {stop_when: 'band == "good"'}
      - slack: {template: hello, destination: team}
"""


def error_of(path: Path) -> str:
    with pytest.raises(ConfigError) as info:
        load_config(path)
    return str(info.value)


def test_a_playbook_reads_with_its_steps_days(tmp_path: Path) -> None:
    config = load_config(write(tmp_path / "banso.yaml", GOOD))
    pb = config.playbooks["rescue"]
    assert step_days(pb.steps) == [0, 0, 5, 20, 20]  # a wait moves the steps after it; `day` sets one
    assert [s.action for s in pb.steps] == ["task", "wait", "email", "condition", "slack"]


def test_the_version_follows_the_meaning_not_the_layout(tmp_path: Path) -> None:
    base = load_config(write(tmp_path / "a.yaml", GOOD))
    spaced = load_config(write(tmp_path / "b.yaml", GOOD.replace("due_days: 2}", "due_days: 2}   # two days")))
    other = load_config(write(tmp_path / "c.yaml", GOOD.replace("due_days: 2", "due_days: 3")))
    worded = load_config(write(tmp_path / "d.yaml", GOOD.replace("This is {owner}", "Here is {owner}")))
    version = playbook_version(base.playbooks["rescue"], base.templates)
    assert len(version) == 12
    assert playbook_version(spaced.playbooks["rescue"], spaced.templates) == version
    assert playbook_version(other.playbooks["rescue"], other.templates) != version
    assert playbook_version(worded.playbooks["rescue"], worded.templates) != version, "its templates count too"
    assert version == "f8235450bc8e", "a playbook's version is the one it had before descriptions left the hash"
    for description in ("Call them back", "{ja: 電話で立て直す, en: Call them back}"):
        told = load_config(write(tmp_path / "e.yaml", GOOD.replace("  rescue:\n", f"  rescue:\n    description: {description}\n")))
        assert text_in(told.playbooks["rescue"].description, "en") == "Call them back"
        assert playbook_version(told.playbooks["rescue"], told.templates) == version, "a description does nothing"
    for label in ("Rescue", "{ja: 立て直し, en: Rescue}"):
        named = load_config(write(tmp_path / "f.yaml", GOOD.replace("  rescue:\n", f"  rescue:\n    label: {label}\n")))
        assert text_in(named.playbooks["rescue"].label, "en") == "Rescue"
        assert playbook_version(named.playbooks["rescue"], named.templates) == version, "a label does nothing"


@pytest.mark.parametrize(("change", "expected"), [
    (("kind: band, enters: bad", "kind: bnad, enters: bad"),
     "playbooks.rescue.trigger: input tag 'bnad' found using 'kind' does not match"),
    (("kind: band, enters: bad", "kind: alert, rule: nosuchrule"),
     "playbooks.rescue.trigger.rule: no rule 'nosuchrule'; rules are: usage_drop"),
    (("destination: mail, to: owner", "destination: post, to: owner"),
     "playbooks.rescue.steps.2.email.destination: no destination 'post'"),
    (("slack: {template: hello, destination: team}", "slack: {template: hello, destination: mail}"),
     "'mail' is a email destination; a slack step needs a slack one"),
    (("email: {template: hello,", "email: {template: bye,"), "playbooks.rescue.steps.2.email.template: no template 'bye'"),
    (("- wait: 5", "- wait: 5\n        task: {title: {ja: x, en: x}}"), "a step has exactly one of task, email"),
    (("- day: 20", "- day: 1"), "step 4 runs on day 1, before step 3 (day 5)"),
    (("stop_when: 'band == \"good\"'", "stop_when: 'band = \"good\"'"), "rule 'condition', column 6"),
    (("Hello {account_name}", "Hello {acount}"), "templates.hello: unknown placeholder {acount}"),
    (("due_days: 2}", "due_days: 2, colour: red}"), "playbooks.rescue.steps.0.task.colour: unknown key"),
])
def test_a_bad_playbook_names_file_line_and_key(tmp_path: Path, change: tuple[str, str], expected: str) -> None:
    cfg = write(tmp_path / "banso.yaml", GOOD.replace(*change))
    message = error_of(cfg)
    assert re.search(rf"{re.escape(str(cfg))}:\d+: ", message) and expected in message, message


def test_a_digital_playbook_has_no_task_and_an_export_says_for_how_long(tmp_path: Path) -> None:
    digital = write(tmp_path / "a.yaml", GOOD.replace("    trigger: {kind: band, enters: bad}",
                                                      "    trigger: {kind: band, enters: bad}\n    route: digital"))
    assert "a digital playbook runs without a person" in error_of(digital)
    export = write(tmp_path / "b.yaml", GOOD.replace("      - wait: 5", "      - export: {segment: rescue}\n      - wait: 5"))
    assert "needs exit.after_days" in error_of(export)

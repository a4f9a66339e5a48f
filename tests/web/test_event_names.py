"""Events by their names for people (`events.labels`): pages, insights and the command line say 課題の作成 /
"Create an issue" where the product tracks `issue_created`, and keep the name where a machine reads it."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from banso import event_names
from banso.analysis.reports.early_signals import behaviour_label
from banso.cli import app as cli
from banso.config.load import load_config
from banso.errors import ConfigError
from banso.i18n import using
from banso.web import create_app
from banso.workspace import Workspace
from tests.web.conftest import chart_of, copied_world, login

LABELS = """  labels:
    issue_created: {ja: 課題の作成, en: Create an issue}
    comment_added: {ja: コメント}
"""


@pytest.fixture(scope="module")
def ws(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Workspace]:
    root = tmp_path_factory.mktemp("event-names")
    copied_world(tmp_path_factory, root).close()
    config = root / "ws" / "banso.yaml"
    text = config.read_text(encoding="utf-8")
    assert "  labels: {}\n" in text  # the template's place for them
    config.write_text(text.replace("  labels: {}\n", LABELS, 1), encoding="utf-8")
    world = Workspace.open(root / "ws")
    yield world
    world.close()


def client(ws: Workspace, language: str) -> TestClient:
    return login(TestClient(create_app(ws), raise_server_exceptions=False,  # type: ignore[arg-type]
                            headers={"Accept-Language": language}), "admin@example.com")


def text_of(page: str) -> str:
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", "", page)))


def test_the_workspace_gives_each_language_its_names(ws: Workspace) -> None:
    assert ws.event_labels("ja") == {"issue_created": "課題の作成", "comment_added": "コメント"}
    # a label in one language only is shown in it to everyone
    assert ws.event_labels("en") == {"issue_created": "Create an issue", "comment_added": "コメント"}


@pytest.mark.parametrize(("language", "issue"), [("ja", "課題の作成"), ("en", "Create an issue")])
def test_company_activity_names_the_actions_and_keeps_their_keys(ws: Workspace, language: str, issue: str) -> None:
    page = client(ws, language).get("/accounts/A1")
    assert page.status_code == 200
    picker = page.text[page.text.index('id="action-picker"'):]
    picker = picker[:picker.index("</div>")]
    assert f'<label title="issue_created"><input type="checkbox" value="issue_created" checked> {issue}</label>' \
        in picker
    assert '<label><input type="checkbox" value="document_created"' in picker  # unlabelled: as tracked, no hover
    assert f'<td title="issue_created">{issue}</td>' in page.text
    traces = {t["meta"]: t["name"] for t in chart_of(page.text, "activity")["data"]}
    assert traces["issue_created"] == issue and traces["comment_added"] == "コメント"
    assert traces["document_created"] == "document_created"


@pytest.mark.parametrize(("language", "issue"), [("ja", "課題の作成"), ("en", "Create an issue")])
def test_a_users_log_names_its_events(ws: Workspace, language: str, issue: str) -> None:
    page = client(ws, language).get("/users/u1")
    assert page.status_code == 200
    assert re.search(rf'<option value="issue_created" >{issue} \(6\)</option>', page.text)
    assert f'<b title="issue_created">{issue}</b>' in page.text
    assert re.search(rf'<a href="/users/u1\?event=issue_created" title="issue_created">{issue}</a>', page.text)
    assert "<b>user_invited</b>" in page.text  # no label: the name as tracked
    filtered = client(ws, language).get("/users/u1?event=issue_created")  # the filter still takes the name
    assert filtered.status_code == 200 and filtered.text.count(f'<b title="issue_created">{issue}</b>') == 6


def test_insights_title_and_steps_use_the_names_and_the_form_keeps_the_keys(ws: Workspace) -> None:
    query = "/insights?kind=funnel&step=issue_created&step=comment_added&from=2026-10-01&to=2026-11-20&window=30"
    ja, en = client(ws, "ja").get(query), client(ws, "en").get(query)
    assert ja.status_code == en.status_code == 200
    assert "1. 課題の作成" in text_of(ja.text) and "2. コメント" in text_of(ja.text)
    assert "1. Create an issue" in text_of(en.text)
    assert '1. <span title="issue_created">Create an issue</span>' in en.text  # the tracked name on hover
    assert 'name="step" list="event-names" value="issue_created"' in en.text
    assert '<option value="issue_created">Create an issue</option>' in en.text
    assert '<option value="user_invited"></option>' in en.text
    trend = client(ws, "en").get("/insights?kind=trend&measure=events&event=issue_created[plan = pro]")
    assert trend.status_code == 200
    assert "events: Create an issue[plan = pro]" in text_of(trend.text)


def test_an_event_may_be_typed_by_its_name_for_people(ws: Workspace) -> None:
    """What the datalist shows is what a person types: 課題の作成 in a step means issue_created (the form keeps
    what they typed); the result is the one the tracked names give, in the page, the API and the terminal."""
    web = client(ws, "ja")
    tracked = "/insights?kind=funnel&step=issue_created&step=comment_added&from=2026-10-01&to=2026-11-20"
    typed = web.get("/insights?kind=funnel&step=課題の作成&step=コメント&from=2026-10-01&to=2026-11-20")
    assert typed.status_code == 200
    assert 'name="step" list="event-names" value="課題の作成"' in typed.text
    assert "1. 課題の作成" in text_of(typed.text) and "誰も" not in text_of(typed.text)
    api = client(ws, "en")
    same = [api.get("/api/insights/funnel" + q[len("/insights"):]).json() for q in (
        tracked, "/insights?kind=funnel&step=Create an issue&step=コメント&from=2026-10-01&to=2026-11-20")]
    assert same[0] == same[1] and same[0]["series"][0]["steps"][0]["actors"] == 2
    assert [s["event"] for s in same[1]["spec"]["steps"]] == ["issue_created", "comment_added"]
    out = CliRunner().invoke(cli, ["insight", "funnel", "Create an issue", "comment_added", "-w", str(ws.root),
                                   "--from", "2026-10-01", "--to", "2026-11-20", "--format", "json"])
    assert out.exit_code == 0, out.output
    assert '"event": "issue_created"' in out.output


def test_the_pages_csv_names_the_steps_as_the_page_does(ws: Workspace) -> None:
    query = "?kind=funnel&step=issue_created&step=comment_added&from=2026-10-01&to=2026-11-20"
    csv = client(ws, "en").get("/api/insights.csv" + query)
    assert csv.status_code == 200
    rows = csv.text.lstrip("\ufeff").splitlines()
    assert any(",Create an issue," in row for row in rows[1:]) and not any(",issue_created," in r for r in rows[1:])


def test_a_label_that_is_another_events_tracked_name_does_not_take_it(ws: Workspace, tmp_path: Path) -> None:
    """`document_created` labelled "user_invited" by mistake: typing user_invited still means the events tracked
    under that name."""
    config = ws.root / "banso.yaml"
    text = config.read_text(encoding="utf-8")
    config.write_text(text.replace(LABELS, LABELS + "    document_created: user_invited\n", 1), encoding="utf-8")
    try:
        with Workspace.open(ws.root) as other:
            assert other.config.events.named_by_labels()["user_invited"] == "document_created"
            spec = other.parse_insight({"kind": ["trend"], "measure": ["events"], "event": ["user_invited"]})
            assert spec.event.event == "user_invited"  # type: ignore[attr-defined]
            typed = other.parse_insight({"kind": ["trend"], "measure": ["events"], "event": ["課題の作成"]})
            assert typed.event.event == "issue_created"  # type: ignore[attr-defined]
    finally:
        config.write_text(text, encoding="utf-8")


def test_a_label_two_events_share_names_neither() -> None:
    from banso.config.labels import Bilingual
    from banso.config.models import EventsConfig

    events = EventsConfig(labels={"issue_created": Bilingual(ja="作成", en="Create an issue"),
                                  "project_created": Bilingual(ja="作成", en="Create a project"),
                                  "login": "login", "logout": "issue_created"})
    assert events.named_by_labels() == {"Create an issue": "issue_created", "Create a project": "project_created"}


def test_the_command_line_names_the_events_in_the_reports_language(ws: Workspace) -> None:
    out = CliRunner().invoke(cli, ["insight", "funnel", "issue_created", "comment_added", "-w", str(ws.root),
                                   "--from", "2026-10-01", "--to", "2026-11-20", "--lang", "en"],
                               env={"COLUMNS": "160"})
    assert out.exit_code == 0, out.output
    assert "Create an issue" in out.output and "コメント" in out.output


def test_the_event_inventory_of_the_command_line_gives_each_name_for_people(ws: Workspace, tmp_path: Path) -> None:
    out = tmp_path / "events.csv"
    result = CliRunner().invoke(cli, ["report", "events", "--format", "csv", "-o", str(out), "-w", str(ws.root),
                                      "--lang", "ja"])
    assert result.exit_code == 0, result.output
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0].split(",")[:2] == ["イベント", "表示名"]
    shown = {line.split(",")[0]: line.split(",")[1] for line in lines[1:]}
    assert shown["issue_created"] == "課題の作成" and shown["comment_added"] == "コメント"
    assert shown["email_opened"] == ""  # no label: nothing to add to its name


def test_the_terminal_keeps_an_events_filters_and_bracketed_names(ws: Workspace) -> None:
    """The terminal's markup reads `[…]` as a style: an event's filters vanished from the table, the title and
    the notes (`nobody did step 1 (Create an issue)` for `issue_created[plan = pro]`)."""
    out = CliRunner().invoke(cli, ["insight", "funnel", "issue_created[plan = pro]", "comment_added", "-w",
                                   str(ws.root), "--from", "2026-10-01", "--to", "2026-11-20", "--lang", "en"],
                             env={"COLUMNS": "200"})
    assert out.exit_code == 0, out.output
    assert "nobody did step 1 (Create an issue[plan = pro]) in the range" in out.output
    trend = CliRunner().invoke(cli, ["insight", "trend", "--measure", "events", "--event", "issue_created[plan = pro]",
                                     "-w", str(ws.root), "--lang", "en"], env={"COLUMNS": "200"})
    assert trend.exit_code == 0, trend.output
    assert "events: Create an issue[plan = pro]" in trend.output


def test_an_early_behaviour_reads_by_the_events_name() -> None:
    with event_names.using({"issue_created": "課題の作成"}):
        with using("ja"):
            assert behaviour_label("event:issue_created", {}, 30, 7) == "30 日以内に「課題の作成」"
        with using("en"):
            assert behaviour_label("event:login", {}, 14, 7) == "“login” within 14 days"
    assert event_names.shown("issue_created") == "issue_created"  # outside a rendering: as tracked


def test_a_label_in_another_language_is_refused_with_the_languages_to_use(tmp_path: Path) -> None:
    path = tmp_path / "banso.yaml"
    path.write_text(copied_config().replace("  labels: {}\n", "  labels:\n    login: {fr: Connexion}\n", 1),
                    encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_config(path)
    assert "events.labels.login" in str(info.value) and "ja, en" in str(info.value)


def copied_config() -> str:
    from banso.config.template import render

    return render(name="labels")

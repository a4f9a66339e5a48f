"""The insights builder, its JSON twins and CSV, who a figure counts, and bad input — on the world of conftest.py.

In that world A1 (Enterprise) and A3 (Mid) create one issue a week each from 2026-10-05; pages are seen
at 2026-11-09, so the week of 11-09 is not yet counted.
"""

from __future__ import annotations

import csv
import io
import json
import re

import pytest
from fastapi.testclient import TestClient

WEEKS = "from=2026-10-05&to=2026-11-08"


def test_the_builder_shows_each_kind(admin: TestClient) -> None:
    for query, says in (("kind=trend&measure=events&event=issue_created&" + WEEKS, "trend-table"),
                        ("kind=funnel&step=issue_created&step=comment_added&" + WEEKS, "funnel-table"),
                        ("kind=retention&periods=4&from=2026-05-01&to=2026-07-31", "retention-table")):
        page = admin.get("/insights?" + query)
        assert page.status_code == 200, page.text[:400]
        assert says in page.text and 'data-chart="chart-insight"' in page.text
    empty_funnel = admin.get("/insights?kind=funnel")  # no step yet: the form alone
    assert empty_funnel.status_code == 200 and "funnel-table" not in empty_funnel.text


def test_fields_a_choice_does_not_use_are_hidden_from_the_first_paint(admin: TestClient) -> None:
    """The page says which fields are hidden, so none shows while its script waits behind Plotly's."""
    def hidden(query: str) -> dict[str, bool]:
        page = admin.get("/insights?" + query).text
        fields = {f: re.search(rf'<div class="field[^"]*"( hidden)?\s*><label for="{f}">', page)
                  for f in ("f-event", "f-metric", "f-aggregate", "f-trait")}
        assert all(fields.values()), fields
        return {f: bool(m and m.group(1)) for f, m in fields.items()}

    assert hidden("kind=trend") == {"f-event": False, "f-metric": True, "f-aggregate": True, "f-trait": True}
    assert hidden("kind=trend&measure=metric&metric=seats&breakdown=trait&trait=industry") == {
        "f-event": True, "f-metric": False, "f-aggregate": False, "f-trait": False}


def test_trend_json_twin_by_tier(admin: TestClient) -> None:
    body = admin.get(f"/api/insights/trend?measure=events&event=issue_created&breakdown=tier&{WEEKS}").json()
    assert [p["start"] for p in body["periods"]] == ["2026-10-05", "2026-10-12", "2026-10-19", "2026-10-26",
                                                     "2026-11-02"]
    assert [(s["group"], s["values"], s["total"]) for s in body["series"]] == [
        ("Enterprise", [1, 1, 1, 1, 1], 5), ("Mid", [1, 1, 1, 1, 1], 5)]


def test_post_a_spec_as_json(admin: TestClient) -> None:
    spec = {"kind": "funnel", "steps": [{"event": "issue_created"}, {"event": "comment_added"}],
            "date_from": "2026-10-05", "date_to": "2026-11-08"}
    body = admin.post("/api/insights", json=spec, headers={"X-CSRF-Token": _csrf(admin)}).json()
    # A1's member comments the moment it creates an issue; A3 never comments
    assert [st["actors"] for st in body["series"][0]["steps"]] == [2, 1]


def test_default_retention_agrees_with_the_retention_page(admin: TestClient) -> None:
    insight = admin.get("/api/insights/retention?periods=4&from=2026-05-01&to=2026-07-31").json()
    page = admin.get("/api/retention?weeks=4&cohort_from=2026-05-01&cohort_to=2026-07-31").json()
    assert ([(c["start"], c["size"], [x["share"] for x in c["cells"]]) for c in insight["groups"][0]["cohorts"]]
            == [(c["start"], c["size"], [x["share"] for x in c["cells"]]) for c in page["cohorts"]])


def test_csv_download(admin: TestClient) -> None:
    r = admin.get(f"/api/insights.csv?kind=trend&measure=events&event=issue_created&{WEEKS}&lang=en")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(r.text.lstrip("\ufeff"))))
    assert rows[0] == ["week", "All accounts"] and rows[1] == ["2026-10-05", "2"]
    ja = admin.get(f"/api/insights.csv?kind=trend&measure=events&event=issue_created&breakdown=tier&{WEEKS}&lang=ja")
    rows = list(csv.reader(io.StringIO(ja.text.lstrip("\ufeff"))))
    assert rows[0] == ["週", "Enterprise", "Mid"] and rows[1] == ["2026-10-05", "1", "1"]


def test_who_a_figure_counts(admin: TestClient) -> None:
    funnel = f"step=issue_created&step=comment_added&{WEEKS}"
    lost = admin.get(f"/api/insights/funnel/dropped?{funnel}&at=2").json()
    assert (lost["total"], [r["id"] for r in lost["rows"]], lost["account_ids"]) == (1, ["A3"], ["A3"])
    page = admin.get(f"/insights/actors?kind=funnel&{funnel}&at=2")
    assert page.status_code == 200 and "Beta Works" in page.text and "/accounts?account=A3" in page.text
    segment = admin.get("/api/accounts?account=A3").json()
    assert [r["account_id"] for r in segment["rows"]] == ["A3"]
    # A4's trial starts 2026-05-11 10:00; its member's only event (06-02) falls in its own week 3
    cell = admin.get("/api/insights/retention/actors?periods=4&from=2026-05-01&to=2026-05-31"
                     "&cohort=2026-05-11&k=3").json()
    assert [r["id"] for r in cell["rows"]] == ["A4"]
    # A4 churned since: opened by id it is listed, though the accounts list leaves churned accounts out by default
    assert [r["account_id"] for r in admin.get("/api/accounts?account=A4").json()["rows"]] == ["A4"]
    opened = admin.get("/accounts?account=A4")
    assert 'id="accounts-chip"' in opened.text and 'id="churned-hidden"' not in opened.text
    assert "A4" not in [r["account_id"] for r in admin.get("/api/accounts?per_page=500").json()["rows"]]


@pytest.mark.parametrize(("path", "status", "says"), [
    ("/api/insights/trend?interval=hour", 400, "interval"),
    ("/api/insights/trend?event=issue_created[plan", 400, "must close with ]"),
    ("/api/insights/retention?mode=recurring", 400, "needs a start event"),
    ("/api/insights/funnel?step=a", 400, "at least 2"),
    ("/api/insights/trend?seg=99999999999", 400, "2147483647"),
    ("/api/insights/trend?seg=777", 404, "no saved segment"),
    ("/api/insights/trend?breakdown=colour", 400, "cannot break down"),
    ("/api/insights/trend?measure=metric&metric=nope", 400, "nope"),
    ("/api/insights/retention/actors?cohort=2026-07-06&k=200", 422, "k"),
    ("/api/insights/retention/actors?from=2026-05-01&cohort=2026-05-11&k=0&group=Nope", 404, "no group"),
    ("/api/insights/retention/actors?cohort=2026-05-11&k=0", 404, "counts nobody"),
    ("/api/insights/funnel/dropped?step=a&step=b&at=9", 404, "does not exist"),
    ("/api/insights.csv?kind=bogus", 400, "unknown insight kind"),
])
def test_bad_input_is_a_clear_4xx(admin: TestClient, path: str, status: int, says: str) -> None:
    """400 for a question asked wrong, 422 for a parameter out of range, 404 for a figure the insight does not have."""
    r = admin.get(path)
    assert r.status_code == status, r.text[:300]
    assert says in r.json()["detail"]


def test_a_bad_builder_url_keeps_the_form_and_says_why(admin: TestClient) -> None:
    page = admin.get("/insights?kind=retention&periods=0")
    assert page.status_code == 200 and 'id="problem"' in page.text and "periods" in page.text
    assert admin.post("/api/insights", json={"kind": "nope"}, headers={"X-CSRF-Token": _csrf(admin)}).status_code == 422


@pytest.mark.parametrize(("query", "english", "japanese"), [
    ("kind=retention&periods=0", "periods: must be 1 or more (got &#39;0&#39;)",
     "periods: 1 以上にしてください（指定値: &#39;0&#39;）"),
    ("kind=trend&measure=metric&metric=nope", "metric &#39;nope&#39;: unknown metric(s): nope;",
     "指標 &#39;nope&#39;: 指標 nope はありません。"),
    ("kind=trend&event=issue_created[plan", "&#39;issue_created[plan&#39;: the filters must close with ]",
     "&#39;issue_created[plan&#39;: 条件は ] で閉じてください"),
    ("kind=trend&event=issue_created[seats>=many]", "compare with a number such as 3",
     "3、-0.5、1e6 のような数値と比べてください"),
    ("kind=trend&breakdown=colour", "cannot break down by &#39;colour&#39;", "&#39;colour&#39; では内訳を出せません"),
    ("kind=retention&mode=recurring", "recurring retention needs a start event", "繰り返し型の継続率には起点イベントが必要です"),
])
def test_the_builder_says_what_is_wrong_in_the_readers_language(admin: TestClient, query: str, english: str,
                                                                 japanese: str) -> None:
    """The form stays with the problem in the page's language; the JSON API keeps saying it in English."""
    for lang, said, other in (("en", english, japanese), ("ja", japanese, english)):
        page = admin.get(f"/insights?{query}&lang={lang}")
        assert page.status_code == 200 and 'id="problem"' in page.text
        assert said in page.text, page.text[page.text.find('id="problem"'):][:400]
        assert other not in page.text
    api = admin.get(f"/api/insights/{query.split('&')[0].split('=')[1]}?{query}&lang=ja")
    assert api.status_code == 400 and english.replace("&#39;", "'") in api.json()["detail"]


def test_the_api_schema_documents_the_insights(anon: TestClient) -> None:
    paths = anon.get("/api/openapi.json").json()["paths"]
    for path in ("/api/insights/trend", "/api/insights/funnel", "/api/insights/retention", "/api/insights",
                 "/api/insights.csv", "/api/saved-insights", "/api/dashboards", "/api/dashboards/{dashboard_id}"):
        assert path in paths, path
    assert "/insights" not in paths


def _csrf(client: TestClient) -> str:
    import re

    found = re.search(r'name="csrf_token" value="([^"]+)"', client.get("/insights").text)
    assert found
    return found.group(1)


def test_onboarding_page_and_twin(admin: TestClient) -> None:
    page = admin.get("/onboarding")
    assert page.status_code == 200 and "No onboarding milestones yet" in page.text  # this world lists none
    body = admin.get("/api/onboarding?cohort=week&cohorts=4").json()
    assert body["milestones"] == [] and body["spec"]["cohort"] == "week"
    assert admin.get("/api/onboarding?cohort=year").status_code == 422


def test_phase_is_on_the_account_page_and_a_filter(admin: TestClient) -> None:
    page = admin.get("/accounts/A4")
    assert 'id="phase"' in page.text and ">Churned<" in page.text  # the default phases read in the page's language
    assert admin.get("/api/accounts/A4").json()["header"]["phase"] == "churned"
    rows = admin.get("/api/accounts?phase=churned").json()["rows"]
    assert [r["account_id"] for r in rows] == ["A4"]
    assert 'id="phase-filter"' in admin.get("/accounts").text


def test_composition_page_targets_and_roles(admin: TestClient, csm: TestClient) -> None:
    page = admin.get("/composition?by=tier")
    assert page.status_code == 200 and "No health scores yet" in page.text  # this world has no snapshot
    assert admin.get("/api/composition?by=owner").json()["series"] == []
    token = _csrf(admin)
    made = admin.post("/api/targets", json={"scope": "tier:Mid", "period_start": "2026-10-01",
                                            "period_end": "2026-12-31", "index": 20, "note": "Q4"},
                      headers={"X-CSRF-Token": token})
    assert made.status_code == 201, made.text
    target = made.json()["id"]
    assert [t["scope"] for t in admin.get("/api/targets").json()] == ["tier:Mid"]
    overlap = admin.post("/api/targets", json={"scope": "tier:Mid", "period_start": "2026-12-01",
                                               "period_end": "2027-01-31", "index": 10},
                         headers={"X-CSRF-Token": token})
    assert overlap.status_code == 409 and "already has a target" in overlap.json()["detail"]
    assert admin.post("/api/targets", json={"scope": "colour:x", "period_start": "2026-10-01",
                                            "period_end": "2026-12-31", "index": 1},
                      headers={"X-CSRF-Token": token}).status_code == 422  # the scope's form is in the schema
    assert admin.post("/api/targets", json={"scope": "all", "period_start": "2026-10-01", "period_end": "2026-12-31",
                                            "index": 500}, headers={"X-CSRF-Token": token}).status_code == 422
    refused = csm.post("/api/targets", json={"scope": "all", "period_start": "2026-10-01",
                                             "period_end": "2026-12-31", "index": 1},
                       headers={"X-CSRF-Token": _csrf(csm)})
    assert refused.status_code == 403
    assert admin.get("/api/composition?by=colour").status_code == 422  # `by` is one of the schema's choices
    assert admin.get("/api/composition?by=segment").status_code == 400  # no segment named
    assert admin.delete(f"/api/targets/{target}", headers={"X-CSRF-Token": token}).status_code == 204
    assert admin.delete(f"/api/targets/{target}", headers={"X-CSRF-Token": token}).status_code == 404


def test_kpi_tree_page_and_twin(admin: TestClient) -> None:
    page = admin.get("/kpi")
    assert page.status_code == 200 and "Nothing to show yet" in page.text  # no revenue, no snapshot here
    body = admin.get("/api/kpi").json()
    assert body["roots"] == [] and body["as_of"] == "2026-11-09"


def test_threshold_help_page_and_twin(admin: TestClient) -> None:
    page = admin.get("/thresholds")
    assert page.status_code == 200 and 'id="th-metric"' in page.text
    shown = admin.get("/thresholds?metric=events_28d&landmarks=2&lang=en")
    assert shown.status_code == 200 and 'id="summaries"' in shown.text
    assert "<td>Retained</td>" in shown.text and "<td>Churned</td>" in shown.text  # the two outcomes alike
    assert "Accounts still in their trial are left out" in shown.text
    ja = admin.get("/thresholds?metric=events_28d&landmarks=2&lang=ja").text
    assert "<td>継続</td>" in ja and "<td>解約</td>" in ja and "トライアル中のアカウントは含めません" in ja
    # metrics are offered by their names for people in the page's language, their own names on hover
    option = '<option value="active_users_28d"  title="active_users_28d: members active in the last 28 days">'
    assert option + "28日間のアクティブメンバー</option>" in ja
    assert option + "active members in 28 days</option>" in shown.text
    assert json.dumps("28日間のイベント数")[1:-1] in ja  # the chart's axis names the metric too (its JSON)
    body = admin.get("/api/thresholds?metric=events_28d&landmarks=2").json()
    assert body["spec"]["metric"] == "events_28d" and len(body["landmarks"]) == 2
    bad = admin.get("/api/thresholds?metric=nope")
    assert bad.status_code == 400 and "unknown metric 'nope'" in bad.json()["detail"]
    assert admin.get("/api/thresholds").status_code == 422

"""Every page of the demo world in Chromium, in both languages: no console error, no English in the Japanese
pages and no Japanese in the English pages, except data.

The world is the demo's (`town`, what `make demo` builds). "Data" is what the workspace holds or its
banso.yaml names: account, user and company names, tiers, plans, owners, emails, event, metric, rule,
source and playbook names, playbooks' descriptions (in the page's language when given in both), touchpoint
titles and bodies, task titles, the workspace's name, the people who sign in.
Code (`<code>`) is code, what a page marks `translate="no"` (an event's properties) is data as written,
and the language switch names each language in itself. Every other word on a page is the product's, and must be in the
reader's language (a few names that stay as written in Japanese business too: MRR, NRR, LTV, NPS, …).
No chart's axis labels, titles or legend may be cut off by the chart's edge, and no page may be wider than the
window (a wide list scrolls in its card), at the usual width and at a few others.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from banso.appstate.auth import add_user
from banso.config.labels import text_in
from banso.config.rule_language import FUNCTIONS
from banso.metrics import list_metrics
from banso.signals.frame import BASE_COLUMNS
from banso.web import create_app
from banso.workspace import Workspace
from tests.web.conftest import PASSWORD
from tests.web.live_server import ARTIFACTS, CHROMIUM, chromium_page, serving, sign_in

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium (make system-deps)")]

# Words that stay as they are in Japanese product language, and symbols of the statistics shown.
KEPT = {"MRR", "NRR", "GRR", "LTV", "CSV", "JSON", "API", "CRM", "CSM", "NPS", "CS", "ID", "ROC", "AUC", "CI",
        "DiD", "pt", "p", "t", "d", "U", "e", "k", "M", "SaaS", "Webhook", "Cox", "HR", "vs", "URL", "banso",
        "KPI", "OKR", "SQL"}
JAPANESE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uff01-\uff5e\u3000-\u303f]+")
WORD = re.compile(r"[A-Za-z][A-Za-z0-9_]*")
VISIBLE_TEXT = """() => {
  // every text node of the page, each on its own (table cells and options stay apart), outside code
  const skip = "script, style, noscript, template, code, pre, [translate=no], .lang, .brand, .workspace, .who";
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const parts = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.parentElement.closest(skip)) parts.push(node.textContent);
  }
  return parts.join(" \\n ");
}"""


CUT_CHART_LABELS = """() => {
  // the axis labels, titles and legends of every drawn chart that reach outside the chart's drawing (cut off)
  const cut = [];
  for (const plot of document.querySelectorAll(".js-plotly-plot")) {
    const box = plot.querySelector(".main-svg").getBoundingClientRect();
    const texts = plot.querySelectorAll(".xtick text, .ytick text, .g-xtitle text, .g-ytitle text, .legendtext");
    for (const t of texts) {
      const r = t.getBoundingClientRect();
      if (r.width > 0 && (r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1
                          || r.bottom > box.bottom + 1)) cut.push(plot.id + ": " + t.textContent);
    }
  }
  return cut;
}"""
SIDEWAYS = "() => document.documentElement.scrollWidth - document.documentElement.clientWidth"
# Plotly's own tick labels for large numbers (800k, 5M): a Japanese page writes 80万, 500万.
SI_TICKS = """() => [...document.querySelectorAll(".xtick text, .ytick text, .y2tick text")]
  .map(t => t.textContent).filter(t => /\\d(k|M|G|B)$/.test(t))"""
# Other widths, and the pages looked at there: where Plotly slants a history chart's date labels (the overview's
# index chart at 1,400 pixels), and a small laptop's, where a wide list once made the whole page scroll sideways.
OTHER_WIDTHS = {1024: ("/", "/accounts", "/renewals", "/settings", "account"),
                1200: ("/", "/composition", "/kpi", "account"), 1400: ("/", "/composition", "/kpi", "account"),
                1600: ("/", "/composition", "/kpi", "account")}


def _data_of(ws: Workspace, language: str) -> str:
    """Everything a page in `language` may show that the workspace holds or names, as one text to look words up in
    (what banso.yaml gives in both languages, such as a playbook's description, in that language only)."""
    store = ws.store
    parts: list[str] = [ws.display().name, "Demo Admin", "demo@banso.example"]
    for table, columns in (("accounts", ("account_id", "name", "tier", "plan", "owner")),
                           ("users", ("user_id", "email")), ("touchpoints", ("title", "body", "kind")),
                           ("events", ("event",))):
        t = store.table(table)
        for column in columns:
            parts += [str(v) for v in store.execute(t.select(column).distinct())[column].dropna()]
    parts += [m.name for m in list_metrics(ws.config)] + list(ws.config.signals.rules) + list(BASE_COLUMNS)
    parts += [*FUNCTIONS, "data_quality_volume", "data_quality_unattributed", *ws.config.sources]
    parts += [*ws.config.playbooks, *(text_in(p.description, language) or "" for p in ws.config.playbooks.values())]
    parts += [t.title for t in ws.tasks(None, status="all", per_page=100_000).tasks]
    parts += [f"{u.email} {u.name or ''}" for u in ws.users()]
    admin = next(u for u in ws.users() if u.email == "demo@banso.example")  # names people gave what they saved
    parts += [d.name for d in ws.dashboards(admin)] + [i.name for i in ws.saved_insights(admin)]
    return "\n".join(parts)


@pytest.fixture(scope="module")
def demo(town: Workspace) -> Iterator[tuple[str, dict[str, str]]]:
    with town.app_state.session() as s:
        add_user(s, "every-page@example.com", PASSWORD, "admin", name="Demo Admin", replace=True)
    with serving(create_app(town)) as url:
        yield url, {language: _data_of(town, language) for language in ("ja", "en")}


def _pages(town: Workspace) -> list[str]:
    account = str(town.facts().sort_values("mrr", ascending=False)["account_id"].iloc[0])
    user = town.account_page(account, language="en").members[0].user_id
    return ["/", "/accounts", f"/accounts/{account}", f"/users/{user}", "/renewals", "/retention",
            "/retention?split=2026-06-01", "/alerts", "/alerts?group=alert", "/validation", "/evidence",
            "/evidence/revenue", "/evidence/impact", "/evidence/cs-contribution", "/evidence/early-signals",
            "/evidence/events", "/evidence/data-quality", "/settings", "/work", "/team", "/tasks", "/playbooks",
            "/insights", "/insights?kind=funnel&step=*&step=comment_added", "/insights?kind=retention&breakdown=tier",
            "/dashboards", f"/dashboards/{_demo_dashboard(town)}", "/composition", "/kpi", "/onboarding", "/thresholds?metric=active_rate_28d"]


def _demo_dashboard(town: Workspace) -> int:
    """The id of the dashboard every demo shares with its team."""
    admin = next(u for u in town.users() if u.email == "demo@banso.example")
    return next(d.id for d in town.dashboards(admin) if d.shared)


def foreign_words(text: str, language: str, data: str, data_words: set[str]) -> set[str]:
    """Words of the other language in a page's text that are not data."""
    if language == "ja":
        return {w for w in WORD.findall(text) if w not in KEPT and w not in data_words}
    return {run for run in JAPANESE.findall(text) if run not in data and run not in ("伴走", "・", "、", "。")}


@pytest.mark.parametrize("language", ["ja", "en"])
def test_every_page_reads_in_one_language_without_a_console_error(town: Workspace, demo: tuple[str, dict[str, str]],
                                                                   language: str) -> None:
    base, data_in = demo
    data = data_in[language]
    data_words = set(WORD.findall(data))
    folder = ARTIFACTS / "every-page"
    folder.mkdir(parents=True, exist_ok=True)
    errors: list[str] = []
    foreign: dict[str, set[str]] = {}
    cut_labels: dict[str, list[str]] = {}
    sideways: dict[str, int] = {}
    with chromium_page(errors, console=True, locale="ja-JP" if language == "ja" else "en-US", height=900) as page:
        sign_in(page, base, "every-page@example.com", PASSWORD)
        page.wait_for_load_state("load")
        pages = _pages(town)
        for path in pages:
            response = page.goto(base + path)
            assert response is not None and response.status == 200, (path, response and response.status)
            page.wait_for_load_state("load")
            assert page.locator("html").get_attribute("lang") == language, path
            found = foreign_words(page.evaluate(VISIBLE_TEXT), language, data, data_words)
            if found:
                foreign[path] = found
            if cut := page.evaluate(CUT_CHART_LABELS):
                cut_labels[path] = cut
            if (over := page.evaluate(SIDEWAYS)) > 0:
                sideways[path] = over
            if language == "ja" and (si := page.evaluate(SI_TICKS)):
                foreign[path] = {*foreign.get(path, set()), *si}
            name = re.sub(r"[^a-z0-9]+", "-", path.lower()).strip("-") or "overview"
            page.screenshot(path=str(folder / f"{language}-{name}.png"), full_page=True)
        for width, others in OTHER_WIDTHS.items():
            page.set_viewport_size({"width": width, "height": 900})
            for path in (pages[2] if p == "account" else p for p in others):
                page.goto(base + path)
                page.wait_for_load_state("load")
                if cut := page.evaluate(CUT_CHART_LABELS):
                    cut_labels[f"{path} at {width} px"] = cut
                if (over := page.evaluate(SIDEWAYS)) > 0:
                    sideways[f"{path} at {width} px"] = over
    assert errors == [], f"console errors: {errors}"
    assert foreign == {}, f"{'English' if language == 'ja' else 'Japanese'} that is not data: {foreign}"
    assert cut_labels == {}, f"chart labels cut off: {cut_labels}"
    assert sideways == {}, f"pages wider than the window (pixels beyond its edge): {sideways}"


def test_the_detector_tells_words_from_data() -> None:
    data = "Blue Harbor Works\n株式会社横浜ヒノデ精機\nusage_drop"
    words = set(WORD.findall(data))
    assert foreign_words("概要 MRR Blue Harbor Works usage_drop", "ja", data, words) == set()
    assert foreign_words("概要 Overview", "ja", data, words) == {"Overview"}
    assert foreign_words("Overview 株式会社横浜ヒノデ精機", "en", data, words) == set()
    assert foreign_words("Overview 概要", "en", data, words) == {"概要"}
    assert Path(__file__).name.startswith("test_")


def test_the_demo_shares_a_weekly_review_dashboard_with_its_team(town: Workspace) -> None:
    """An analyst opening the demo finds insights on a shared dashboard, each following the data (no dates saved),
    and every one of them runs."""
    board = town.dashboard(_demo_dashboard(town), next(u for u in town.users() if u.email == "demo@banso.example"))
    assert [t.insight.kind for t in board.tiles] == ["trend", "funnel", "retention"]
    assert all(t.result is not None and t.problem is None and t.insight.shared for t in board.tiles)
    assert all("from" not in t.insight.url and "date_" not in t.insight.url for t in board.tiles)
    csm = next(u for u in town.users() if u.email == "misaki@banso.example")
    assert [d.name for d in town.dashboards(csm)] == [board.name], "shared: the CSM sees it too"

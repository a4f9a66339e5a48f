"""Every template under the content policy: no inline event handlers, no inline scripts, no `javascript:` links.

The app's CSP is `script-src 'self'`, so a browser refuses an `onchange=` attribute or a `<script>` with
code in it (the account page's touchpoint filter once did nothing for that reason). Behaviour is wired
in /static/banso.js through data attributes instead (`data-autosubmit`). The only inline `<script>`
allowed holds chart data as `type="application/json"`, which a browser never runs.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from banso.web.headers import CSP

TEMPLATES = sorted((Path(__file__).resolve().parents[2] / "banso" / "web" / "templates").glob("*.html"))
HANDLER = re.compile(r"<[^>]*\s(on[a-z]+)\s*=", re.IGNORECASE | re.DOTALL)
SCRIPT = re.compile(r"<script\b([^>]*)>", re.IGNORECASE)
JS_URL = re.compile(r"""(href|src|action)\s*=\s*["']?\s*javascript:""", re.IGNORECASE)


def test_the_policy_refuses_inline_scripts() -> None:
    script_src = next(p for p in CSP.split(";") if p.strip().startswith("script-src"))
    assert "'unsafe-inline'" not in script_src and "'unsafe-eval'" not in script_src


@pytest.mark.parametrize("template", TEMPLATES, ids=lambda p: p.name)
def test_no_inline_handler_or_script(template: Path) -> None:
    text = template.read_text(encoding="utf-8")
    handlers = [m.group(1) for m in HANDLER.finditer(text)]
    assert handlers == [], f"{template.name}: inline handlers {handlers}; use a data- attribute wired in banso.js"
    for attrs in SCRIPT.findall(text):
        assert "src=" in attrs or 'type="application/json"' in attrs, f"{template.name}: inline <script{attrs}>"
    assert not JS_URL.search(text), f"{template.name}: a javascript: URL"


BUTTON = re.compile(r"<button\b([^>]*)>", re.IGNORECASE | re.DOTALL)


@pytest.mark.parametrize("template", TEMPLATES, ids=lambda p: p.name)
def test_every_button_wears_the_page_style(template: Path) -> None:
    """A bare `<button>` is drawn by the browser (a grey box among the page's buttons, as the Evidence forms'
    "Estimate" once was)."""
    bare = [attrs for attrs in BUTTON.findall(template.read_text(encoding="utf-8")) if "class=" not in attrs]
    assert bare == [], f"{template.name}: buttons without a class: {bare}"


def test_the_detectors_see_what_they_look_for() -> None:
    assert HANDLER.search('<select name="k" onchange="this.form.submit()">')
    assert BUTTON.findall('<button type="submit">Go</button>') == [' type="submit"']
    assert HANDLER.search('<a\n  href="#" onClick = "x()">')
    assert not HANDLER.search('<select name="k" data-autosubmit>')
    assert not HANDLER.search("<p>Questions on anything? one line</p>")
    assert JS_URL.search('<a href="javascript:alert(1)">')


def test_a_count_in_a_plural_message_is_grouped_as_every_other_number_on_the_page() -> None:
    """The account page once read 「2,614 契約席数 3081」: the members through the `num` filter, the seats as
    Jinja's ngettext wrote them."""
    from banso import i18n
    from banso.web.render import env

    page = env.from_string('{{ ngettext("of %(num)s seat", "of %(num)s seats", n) }} | '
                           '{{ ngettext("%(num)s event", "%(num)s events", n, num="many") }} | '
                           '{{ ngettext("of %(num)s seat", "of %(num)s seats", 1) }}')
    with i18n.using("en"):
        assert page.render(n=3081) == "of 3,081 seats | many events | of 1 seat"
    with i18n.using("ja"):
        assert page.render(n=3081).startswith("/ 契約 3,081 席")


@pytest.mark.parametrize("language", ["ja", "en"])
def test_a_negative_figure_takes_the_same_minus_sign_everywhere(language: str) -> None:
    """The CS contribution page wrote −0.5 beside -¥785,726 (Babel's hyphen); every filter now writes −."""
    from banso import i18n

    with i18n.using(language, currency="JPY"):
        written = [i18n.money(-785726), i18n.percent(-0.06), i18n.number(-1.26, 1), i18n.signed(-0.5),
                   i18n.compact(-1_234_567)]
    assert all(w.startswith("−") and "-" not in w for w in written), written
    assert written[0].endswith("785,726") and written[1] == "−6%" and written[2] == "−1.3"


def test_a_difference_of_two_shares_reads_in_points_not_percent() -> None:
    """A playbook's churn 18% against 15% showed a difference of "3%" beside its sentence's "+2.6 points": a
    difference of rates is in percentage points, signed, as the sentence says it."""
    from banso import i18n

    with i18n.using("ja"):
        assert (i18n.points(0.0264), i18n.points(-0.064), i18n.points(None)) == ("+2.6 pt", "−6.4 pt", i18n.DASH)


def test_days_are_counted_in_words_that_agree_with_the_count() -> None:
    """My work and the renewals read "in 1 days" and a playbook "due in 0 days"; one day is a day, today is
    today, in both languages."""
    from banso import i18n
    from banso.web.render import env

    page = env.from_string('{% from "macros.html" import in_days %}{{ in_days(0) }}|{{ in_days(1) }}|{{ in_days(12) }}')
    steps = env.from_string('{% from "playbook_macros.html" import step, trigger %}'
                            '{{ step(s, "en") }}|{{ step(w, "en") }}|{{ trigger(t, "en") }}')
    task = {"action": "task", "detail": {"title": {"en": "Call"}, "due_days": 0}}
    wait = {"action": "wait", "detail": {"days": 1}}
    renewal = {"kind": "date", "field": "renewal", "days_before": 1}
    with i18n.using("en"):
        assert page.render() == "today|in 1 day|in 12 days"
        said = steps.render(s=task, w=wait, t=renewal)
        assert "(due the same day)" in said and "Wait 1 day\n|" in said and said.endswith("|1 day before the renewal")
    with i18n.using("ja"):
        assert page.render() == "今日|あと 1 日|あと 12 日"

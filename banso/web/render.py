"""Server-side rendering: one Jinja2 environment (autoescaped, gettext-aware) and `render()`.

Every value reaches HTML through autoescaping; JSON for charts goes through `|tojson`, which escapes
`<`, `>`, `&` and quotes, so a customer named `<script>` stays text everywhere.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlencode

from fastapi import Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, FileSystemLoader, pass_context, select_autoescape
from markupsafe import Markup, escape

from banso import event_names, i18n, job_origins, job_progress
from banso.analysis.insights import words as insight_words
from banso.web.assets import plotly_url
from banso.web.deps import get_workspace
from banso.web.markdown import markdown
from banso.web.messages import OWN_JOB_KINDS, count_label
from banso.web.security import csrf_token, optional_user

if TYPE_CHECKING:
    from datetime import date

    from banso.workspace import Workspace

TEMPLATES = Path(__file__).resolve().parent / "templates"


def code_spans(text: object) -> Markup:
    """Text with `backticked` parts shown as code (`banso report NAME`, `evidence:`), every part escaped.

    >>> str(code_spans("run `banso score` <now>"))
    'run <code>banso score</code> &lt;now&gt;'
    """
    parts = str(text).split("`")
    return Markup("".join(f"<code>{escape(p)}</code>" if i % 2 else str(escape(p)) for i, p in enumerate(parts)))


env = Environment(
    loader=FileSystemLoader(str(TEMPLATES)),
    autoescape=select_autoescape(["html", "xml"], default=True),
    extensions=["jinja2.ext.i18n"],
    trim_blocks=True,
    lstrip_blocks=True,
)
env.install_gettext_callables(i18n.gettext_, i18n.ngettext_, newstyle=True)  # type: ignore[attr-defined]
_plural_of = env.globals["ngettext"]


@pass_context
def _ngettext_grouped(context: Any, singular: str, plural: str, n: int, **variables: Any) -> str:
    """Jinja's ngettext writes the count into `%(num)s` as Python does (3081); a page writes counts the
    reader's way (3,081), as the `num` filter does everywhere else. A template may still pass its own `num`."""
    variables.setdefault("num", i18n.number(n))
    return _plural_of(context, singular, plural, n, **variables)  # type: ignore[operator,no-any-return]


env.globals["ngettext"] = _ngettext_grouped
env.filters.update(
    num=i18n.number, compact=i18n.compact, money=i18n.money, pct=i18n.percent, signed=i18n.signed, points=i18n.points,
    day=i18n.day, month=i18n.month, moment=i18n.moment, clock=i18n.clock, code=code_spans, markdown=markdown,
    job_origin=lambda text: job_origins.in_language(text, i18n.gettext_),
    job_progress=lambda text: job_progress.in_language(text, i18n.gettext_),
    job_what=lambda text: job_progress.what_in_language(text, i18n.gettext_),
)
env.globals.update(locale_names=i18n.LOCALE_NAMES, dash=i18n.DASH, plotly_url=plotly_url(),
                   event_label=insight_words.event_label, event_name=event_names.shown,
                   event_labelled=event_names.labelled, trend_title=insight_words.trend_title,
                   start_label=insight_words.start_label, count_label=count_label,
                   own_job_kinds=OWN_JOB_KINDS)


def request_locale(request: Request) -> str:
    """`?lang=`, then the switch's choice, then the browser, then the workspace default."""
    asked = request.query_params.get("lang")
    if asked in i18n.LOCALES:
        return asked
    chosen = request.session.get("lang") or request.cookies.get("lang")
    if chosen in i18n.LOCALES:
        return chosen  # type: ignore[no-any-return]
    default = get_workspace(request).display().language
    return i18n.negotiate(request.headers.get("accept-language"), default)


def url_with(request: Request, **changes: Any) -> str:
    """The current URL with some query parameters replaced (None removes one)."""
    pairs = [(k, v) for k, v in request.query_params.multi_items() if k not in changes]
    for key, value in changes.items():
        if value is None:
            continue
        if isinstance(value, list | tuple):
            pairs += [(key, str(v)) for v in value]
        else:
            pairs.append((key, str(value)))
    query = urlencode(pairs)
    return request.url.path + ("?" + query if query else "")


def render(request: Request, template: str, status_code: int = 200, **context: Any) -> HTMLResponse:
    ws = get_workspace(request)
    shown = ws.display()
    locale = request_locale(request)
    try:
        user = optional_user(request)
    except Exception:
        user = None
    if "as_of" not in context and user is not None:  # the footer's date pages are seen at, for those signed in
        context["as_of"] = _seen_at(ws)
    with i18n.using(locale, shown.currency, shown.timezone), event_names.using(ws.event_labels(locale)):
        html = env.get_template(template).render(
            request=request,
            user=user,
            locale=locale,
            csrf_token=csrf_token(request),
            workspace_name=shown.name,
            currency=shown.currency,
            path=request.url.path,
            url_with=lambda **kw: url_with(request, **kw),
            next_url=request.url.path + (("?" + request.url.query) if request.url.query else ""),
            **context,
        )
    response = HTMLResponse(html, status_code=status_code)
    response.headers["Content-Language"] = locale
    return response


def _seen_at(ws: Workspace) -> date | None:
    """The date the pages are seen at (cached per data version), or None while the store cannot say."""
    from banso.errors import BansoError

    try:
        return ws.as_of()
    except BansoError:
        return None


@contextmanager
def localized(request: Request) -> Iterator[None]:
    """Build translated things (chart labels, event names) in the request's locale, outside a template."""
    ws = get_workspace(request)
    shown, locale = ws.display(), request_locale(request)
    with i18n.using(locale, shown.currency, shown.timezone), event_names.using(ws.event_labels(locale)):
        yield

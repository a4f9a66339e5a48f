"""What the work pages' forms share: going back where the form was, with a notice, and reading dates.

A form posts, the change is made, and the browser returns to the page it came from (a local page
only, never another site) where the notice says what happened.
"""

from __future__ import annotations

from datetime import date

from fastapi import Request
from fastapi.responses import RedirectResponse, Response

from banso.errors import WorkError
from banso.i18n import N_


def back(request: Request, notice: str, default: str, anchor: str = "") -> Response:
    """Redirect to the page the form was on (its Referer, when local), else `default`, with a notice."""
    request.session["notice"] = notice
    target = request.headers.get("referer") or default
    base = str(request.base_url)
    if target.startswith(base):
        target = "/" + target[len(base):]
    if not target.startswith("/") or target.startswith("//"):
        target = default
    return RedirectResponse(target.split("#")[0] + anchor, status_code=303)


def optional_date(text: str | None, field: str) -> date | None:
    """A form's date (YYYY-MM-DD); empty is None, anything else a clear error naming the field."""
    value = (text or "").strip()
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise WorkError(N_("%(field)s: %(value)s is not a date (YYYY-MM-DD)"), field=field, value=repr(value)) from None

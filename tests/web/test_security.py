"""Access and safety: logins, roles, tokens, CSRF, escaping, hostile filter values, no stack traces."""

from __future__ import annotations

import re

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from banso.web.deps import get_workspace
from banso.workspace import Workspace
from tests.web.conftest import PASSWORD, XSS, csrf_of, login

EVERY_STATUS = "?status=trial&status=active&status=churned"  # the churned A4 too (hidden by default)


def test_anonymous_pages_redirect_to_login_and_the_api_answers_401(anon: TestClient) -> None:
    r = anon.get("/accounts?tier=SMB", follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/login?next=%2Faccounts%3Ftier%3DSMB"
    api = anon.get("/api/accounts")
    assert api.status_code == 401 and api.json()["status"] == 401
    login = anon.get("/login", headers={"Accept-Language": "en"})  # the data's date is for those signed in
    assert login.status_code == 200 and "Nov 9, 2026" not in login.text


def test_signed_in_pages_say_the_date_they_are_seen_at(csm: TestClient) -> None:
    jobs = csm.get("/jobs", headers={"Accept-Language": "en"})  # a page that does not set it itself
    assert jobs.status_code == 200 and "as of Nov 9, 2026" in jobs.text.split("<footer>")[1]


def test_login_refuses_a_wrong_password_and_goes_to_next_on_success(anon: TestClient) -> None:
    token = csrf_of(anon)
    bad = anon.post("/login", data={"email": "csm@example.com", "password": "wrong password", "csrf_token": token})
    assert bad.status_code == 401 and "The email or password is not right." in bad.text
    ok = anon.post("/login", data={"email": "CSM@example.com ", "password": PASSWORD, "csrf_token": token,
                                   "next": "/renewals"}, follow_redirects=False)
    assert ok.status_code == 303 and ok.headers["location"] == "/renewals"
    cookie = ok.headers["set-cookie"]
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie
    token = csrf_of(anon, "/settings")  # a login starts a new session with a new token
    evil = anon.post("/login", data={"email": "csm@example.com", "password": PASSWORD, "csrf_token": token,
                                     "next": "https://evil.example/"}, follow_redirects=False)
    assert evil.headers["location"] == "/"


def test_sign_out_ends_the_session(csm: TestClient) -> None:
    token = csrf_of(csm, "/settings")
    assert csm.post("/logout", data={"csrf_token": token}, follow_redirects=False).status_code == 303
    assert csm.get("/", follow_redirects=False).status_code == 303


@pytest.mark.parametrize("path,data", [
    ("/segments", {"name": "x", "query": "tier=SMB"}),
    ("/logout", {}),
    ("/settings/tokens", {"name": "x"}),
])
def test_a_form_post_without_its_csrf_token_is_refused(csm: TestClient, path: str, data: dict[str, str]) -> None:
    r = csm.post(path, data=data, follow_redirects=False)
    assert r.status_code == 403 and "Form expired" in r.text
    wrong = csm.post(path, data={**data, "csrf_token": "forged" * 8}, follow_redirects=False)
    assert wrong.status_code == 403


def test_login_itself_needs_the_csrf_token(anon: TestClient) -> None:
    r = anon.post("/login", data={"email": "csm@example.com", "password": PASSWORD})
    assert r.status_code == 403


def test_an_account_named_script_renders_as_text(admin: TestClient) -> None:
    for path in ("/accounts/A2", "/accounts?sort=name&dir=asc", "/renewals?days=365", "/users/u3"):
        page = admin.get(path).text
        assert XSS not in page, path
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page, path
    account = admin.get("/accounts/A2").text
    assert "javascript:alert(2)" not in account, "a non-http CRM link is not made a link"
    assert "Test &lt;b&gt;workspace&lt;/b&gt;" in account


def test_security_headers(admin: TestClient) -> None:
    r = admin.get("/")
    assert r.headers["x-frame-options"] == "DENY" and r.headers["x-content-type-options"] == "nosniff"
    assert "script-src 'self'" in r.headers["content-security-policy"]


@pytest.mark.parametrize("query", [
    "tier=Enterprise%27%20OR%20%271%27%3D%271",
    "q=%27%3B%20DROP%20TABLE%20accounts%3B--",
    "owner=x%22)%20OR%201%3D1--",
    "plan=Standard%27--",
])
def test_a_filter_value_crafted_as_sql_matches_nothing_and_changes_nothing(admin: TestClient, query: str) -> None:
    r = admin.get("/api/accounts?" + query)
    assert r.status_code == 200
    assert r.json()["total"] == 0
    assert admin.get("/api/accounts" + EVERY_STATUS).json()["total"] == 4, "the accounts are all still there"


@pytest.mark.parametrize("query,message", [
    ("m=mrr%3A%3C%3A1%3B%20DROP%20TABLE%20accounts", "value"),
    ("m=events_28d%3Bdrop%3A%3C%3A1", "metric"),
    ("m=events_28d%3ALIKE%3A1", "comparison"),
    ("sort=name%3B%20DROP%20TABLE%20accounts", "cannot sort"),
    ("score_min=abc", "score_min"),
    ("band=evil", "band"),
])
def test_a_malformed_filter_errors_cleanly(admin: TestClient, query: str, message: str) -> None:
    r = admin.get("/api/accounts?" + query)
    assert r.status_code == 400, r.text
    body = r.json()
    assert message in body["detail"] and "Traceback" not in body["detail"]
    page = admin.get("/accounts?" + query)
    assert page.status_code == 400 and "Traceback" not in page.text
    assert admin.get("/api/accounts" + EVERY_STATUS).json()["total"] == 4


def test_a_viewer_reads_segments_but_cannot_change_them(csm: TestClient, viewer: TestClient) -> None:
    made = csm.post("/api/segments", json={"name": "Team SMB", "shared": True, "segment": {"tier": ["SMB"]}},
                    headers={"X-CSRF-Token": csrf_of(csm, "/settings")})
    assert made.status_code == 201, made.text
    seg = made.json()["id"]
    assert any(s["id"] == seg for s in viewer.get("/api/segments").json())
    assert viewer.get(f"/accounts?seg={seg}").status_code == 200
    token = csrf_of(viewer, "/settings")
    rename = viewer.patch(f"/api/segments/{seg}", json={"name": "mine now"}, headers={"X-CSRF-Token": token})
    assert rename.status_code == 403
    delete = viewer.post(f"/segments/{seg}/delete", data={"csrf_token": token})
    assert delete.status_code == 403
    save = viewer.post("/segments", data={"csrf_token": token, "name": "v", "query": "tier=SMB"})
    assert save.status_code == 403
    assert [s["name"] for s in csm.get("/api/segments").json() if s["id"] == seg] == ["Team SMB"]


def test_another_csm_cannot_change_my_segment_but_an_admin_can(app: object, csm: TestClient,
                                                               admin: TestClient) -> None:
    made = csm.post("/segments", data={"csrf_token": csrf_of(csm, "/settings"), "name": "Mine", "query": "band=bad"},
                    follow_redirects=False)
    assert made.status_code == 303
    seg = int(made.headers["location"].rsplit("seg=", 1)[1])
    other = login(TestClient(app, raise_server_exceptions=False), "csm2@example.com")  # type: ignore[arg-type]
    assert seg not in [s["id"] for s in other.get("/api/segments").json()], "private segments stay private"
    r = other.patch(f"/api/segments/{seg}", json={"shared": True}, headers={"X-CSRF-Token": csrf_of(other, "/settings")})
    assert r.status_code == 404, "a private segment of someone else does not exist for you"
    ok = admin.patch(f"/api/segments/{seg}", json={"name": "Renamed"}, headers={"X-CSRF-Token": csrf_of(admin, "/settings")})
    assert ok.status_code == 200 and ok.json()["name"] == "Renamed"


def test_api_tokens_authenticate_scripts_until_revoked(csm: TestClient, anon: TestClient) -> None:
    r = csm.post("/settings/tokens", data={"csrf_token": csrf_of(csm, "/settings"), "name": "nightly"})
    assert r.status_code == 200
    shown = r.text.split('user-select:all">', 1)[1].split("<", 1)[0]
    assert shown.startswith("banso_")
    assert shown not in csm.get("/settings").text, "the token is shown once"
    bearer = {"Authorization": f"Bearer {shown}"}
    me = anon.get("/api/me", headers=bearer)
    assert me.status_code == 200 and me.json()["email"] == "csm@example.com"
    created = anon.post("/api/segments", json={"name": "by script", "segment": {"q": "acme"}}, headers=bearer)
    assert created.status_code == 201, "token calls need no CSRF token"
    token_id = next(t["id"] for t in csm.get("/api/settings").json()["tokens"] if t["name"] == "nightly")
    csm.post(f"/settings/tokens/{token_id}/revoke", data={"csrf_token": csrf_of(csm, "/settings")})
    assert anon.get("/api/me", headers=bearer).status_code == 401
    assert anon.get("/api/me", headers={"Authorization": "Bearer banso_made_up"}).status_code == 401


def test_only_admins_manage_people(csm: TestClient, admin: TestClient) -> None:
    token = csrf_of(csm, "/settings")
    r = csm.post("/settings/users", data={"csrf_token": token, "email": "new@example.com", "password": PASSWORD})
    assert r.status_code == 403
    ok = admin.post("/settings/users", data={"csrf_token": csrf_of(admin, "/settings"), "email": "new@example.com",
                                             "password": PASSWORD, "role": "viewer"})
    assert ok.status_code == 200 and "new@example.com" in ok.text


class BrokenOverview:
    """The workspace, except that its overview fails the way a bug would (given through the app's dependency)."""

    def __init__(self, ws: Workspace):
        self._ws = ws

    def __getattr__(self, name: str) -> object:
        return getattr(self._ws, name)

    def overview(self) -> None:
        raise RuntimeError("secret internals at /srv/banso")


def test_an_unexpected_error_is_a_page_with_a_reference_not_a_traceback(app: FastAPI, world: Workspace,
                                                                         admin: TestClient) -> None:
    app.dependency_overrides[get_workspace] = lambda: BrokenOverview(world)
    try:
        page = admin.get("/")
        assert page.status_code == 500 and "Something went wrong" in page.text and "Reference" in page.text
        assert "secret internals" not in page.text and "Traceback" not in page.text
        api = admin.get("/api/overview")
        assert api.status_code == 500 and set(api.json()) == {"status", "title", "detail", "reference"}
    finally:
        app.dependency_overrides.clear()


def test_the_api_reference_comes_from_the_package_under_the_content_policy(anon: TestClient) -> None:
    page = anon.get("/api/docs")
    assert page.status_code == 200 and "script-src 'self'" in page.headers["content-security-policy"]
    sources = re.findall(r'(?:src|href)="([^"]+)"', page.text)
    assert sources and all(s.startswith("/") for s in sources), f"everything from this server: {sources}"
    assert "<script>" not in page.text, "no inline script: the policy would block it"
    for path in ("/vendor/swagger-ui-bundle.js", "/vendor/swagger-ui.css", "/static/api-docs.js"):
        assert any(s.startswith(path) for s in sources), path
        r = anon.get(path)
        assert r.status_code == 200 and len(r.content) > 200, path
    assert anon.get("/api/openapi.json").json()["info"]["title"] == "banso"


HUGE = [str(2**64), str(2**63), str(2**31), "0", "-1"]  # beyond 64 bits, beyond the signed range, beyond SQL INTEGER
ID_ROUTES = [
    ("PATCH", "/api/segments/{id}"), ("DELETE", "/api/segments/{id}"), ("POST", "/segments/{id}/update"),
    ("POST", "/segments/{id}/delete"), ("POST", "/alerts/{id}/ack"), ("POST", "/alerts/{id}/snooze"),
    ("POST", "/alerts/{id}/resolve"), ("POST", "/settings/tokens/{id}/revoke"), ("GET", "/accounts?seg={id}"),
]


@pytest.mark.parametrize("method,route", ID_ROUTES)
def test_an_id_no_row_can_have_is_a_clear_422_on_every_route(admin: TestClient, method: str, route: str) -> None:
    token = csrf_of(admin, "/settings")
    for value in HUGE:
        path = route.format(id=value)
        if method in ("PATCH", "DELETE"):
            r = admin.request(method, path, json={"name": "x"} if method == "PATCH" else None,
                              headers={"X-CSRF-Token": token})
        elif method == "POST":
            r = admin.post(path, data={"csrf_token": token, "until": "2030-01-01"}, follow_redirects=False)
        else:
            r = admin.get(path, follow_redirects=False)
        assert r.status_code == 422, (path, r.status_code, r.text[:300])
        assert ("must be 2147483647 or less" if int(value) > 0 else "must be 1 or more") in r.text, path


def test_a_page_says_which_parameter_is_wrong_in_its_readers_language(admin: TestClient) -> None:
    """A page's 422 (and a filter it cannot read) says so in the page's language; the API's stays English."""
    ja = admin.get(f"/accounts?seg={2**31}&lang=ja")
    assert ja.status_code == 422 and f"seg: 2147483647 以下にしてください（指定値: &#39;{2**31}&#39;）" in ja.text
    en = admin.get(f"/accounts?seg={2**31}&lang=en")
    assert en.status_code == 422 and f"seg: must be 2147483647 or less (got &#39;{2**31}&#39;)" in en.text
    api = admin.get("/api/accounts?page=0&lang=ja")
    assert api.status_code == 422 and api.json()["detail"] == "page: must be 1 or more (got '0')"
    bad_filter = admin.get("/accounts?m=active_rate_28d:~:3&lang=ja")
    assert bad_filter.status_code == 400
    assert "指標の条件 &#39;active_rate_28d:~:3&#39;: 比較 &#39;~&#39; は使えません" in bad_filter.text
    assert "unknown comparison '~'" in admin.get("/api/accounts?m=active_rate_28d:~:3&lang=ja").json()["detail"]
    unsortable = admin.get("/accounts?sort=colour&lang=ja")
    assert unsortable.status_code in (400, 422) and "&#39;colour&#39; では並べ替えられません" in unsortable.text
    missing = admin.get("/no-such-page?lang=ja")
    assert missing.status_code == 404 and "見つかりません" in missing.text and "/no-such-page というページはありません。" in missing.text
    wrong = admin.get("/alerts/1/ack?lang=ja")
    assert wrong.status_code == 405 and "このメソッドは使えません" in wrong.text
    assert "/alerts/1/ack が受け付けるのは POST で、GET ではありません。" in wrong.text
    assert admin.get("/api/no-such-thing?lang=ja").json()["detail"] == "There is no page at /api/no-such-thing."


def test_the_favicon_browsers_ask_for_leads_to_the_icon(anon: TestClient) -> None:
    r = anon.get("/favicon.ico", follow_redirects=False)
    assert r.status_code == 301 and r.headers["location"] == "/static/favicon.svg"
    icon = anon.get("/favicon.ico")
    assert icon.status_code == 200 and icon.headers["content-type"].startswith("image/svg+xml")


def test_an_unknown_kind_of_job_is_refused_with_the_kinds_there_are(csm: TestClient) -> None:
    api = csm.get("/api/jobs", params={"kind": "bogus"})
    assert api.status_code == 422 and "daily_run" in api.text, api.text
    page = csm.get("/jobs", params={"kind": "bogus"}, headers={"Accept-Language": "ja"})
    assert page.status_code == 422 and "daily_run" in page.text
    assert csm.get("/api/jobs", params={"kind": "daily_run"}).status_code == 200

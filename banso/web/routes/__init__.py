"""One module per page; each holds the HTML route and its JSON twin under /api/."""

from fastapi import APIRouter

from banso.web.routes import (
    account,
    accounts,
    alerts,
    auth,
    connections,
    evidence,
    jobs,
    notes,
    overview,
    playbooks,
    renewals,
    retention,
    segments,
    settings,
    tasks,
    users,
    validation,
    work,
)

ROUTERS: list[APIRouter] = [
    auth.router, overview.router, accounts.router, segments.router, account.router, users.router, renewals.router,
    retention.router, settings.router, alerts.router, validation.router, evidence.router, jobs.router,
    connections.router, work.router, tasks.router, notes.router, playbooks.router,
]

"""One module per page; each holds the HTML route and its JSON twin under /api/."""

from fastapi import APIRouter

from banso.web.routes import (
    account,
    accounts,
    alerts,
    auth,
    composition,
    connections,
    dashboards,
    evidence,
    insights,
    jobs,
    kpi,
    notes,
    onboarding,
    overview,
    playbooks,
    renewals,
    retention,
    segments,
    settings,
    tasks,
    thresholds,
    users,
    validation,
    work,
)

ROUTERS: list[APIRouter] = [
    auth.router, overview.router, accounts.router, segments.router, account.router, users.router, renewals.router,
    retention.router, settings.router, alerts.router, validation.router, evidence.router, jobs.router,
    connections.router, work.router, tasks.router, notes.router, playbooks.router, insights.router,
    dashboards.router, onboarding.router, composition.router, kpi.router, thresholds.router,
]

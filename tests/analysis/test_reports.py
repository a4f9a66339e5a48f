"""Every report is a spec, one runner and one serializer: `banso report KIND --format json` prints the same
document as its `/api/…` twin, on the `town` world; and a spec refuses what it cannot run."""

from __future__ import annotations

import json
from typing import Any

import pytest
from fastapi.testclient import TestClient
from pydantic import ValidationError
from typer.testing import CliRunner

from banso.analysis.reports import REPORTS, EarlySignalsSpec, ImpactReportSpec, RevenueSpec
from banso.cli import app as cli
from banso.workspace import Workspace
from tests.conftest import no_nan
from tests.web.conftest import signed_in_viewer

pytestmark = pytest.mark.slow
TWINS = [
    (["revenue"], "/api/evidence/revenue"),
    (["impact", "support_ticket"], "/api/evidence/impact?kind=support_ticket"),
    (["cs-contribution"], "/api/evidence/cs-contribution"),
    (["early-signals", "--days", "14"], "/api/evidence/early-signals?days=14"),
    (["events"], "/api/evidence/events"),
    (["data-quality"], "/api/evidence/data-quality"),
    (["validation"], "/api/validation"),
    (["playbooks", "--playbook", "renewal_rescue"], "/api/playbooks/renewal_rescue/evaluation"),
]


@pytest.fixture(scope="module")
def client(town: Workspace) -> TestClient:
    return signed_in_viewer(town, "reports-viewer@example.com")


@pytest.mark.parametrize(("args", "path"), TWINS, ids=[a[0] for a, _ in TWINS])
def test_the_command_line_json_is_the_api_json(town: Workspace, client: TestClient, args: list[str], path: str) -> None:
    printed = CliRunner().invoke(cli, ["report", *args, "-w", str(town.root), "--format", "json"])
    assert printed.exit_code == 0, printed.output
    served = client.get(path)
    assert served.status_code == 200, served.text[:300]
    assert json.loads(printed.stdout) == served.json()


@pytest.mark.parametrize("kind", sorted(set(REPORTS) - {"validation", "impact"}))
def test_a_result_holds_none_where_a_value_is_missing_never_nan(town: Workspace, kind: str) -> None:
    no_nan(town.report(REPORTS[kind].spec()), kind)
    no_nan(town.report(ImpactReportSpec(touchpoint="seminar")), "impact")


def test_every_report_reads_as_tables_and_csv(town: Workspace) -> None:
    checks: dict[str, Any] = {"revenue": RevenueSpec(), "early-signals": EarlySignalsSpec(days=14)}
    for kind, spec in checks.items():
        report = REPORTS[kind]
        result = town.report(spec)
        view = report.view(result)
        assert view.headline and view.tables and all(len(r) == len(t.columns) for t in view.tables for r in t.rows)
        header = report.to_csv(result, "en").splitlines()[0]
        assert header.split(",") == view.tables[0].columns
    revenue = town.report(RevenueSpec())
    overall = revenue.retention[0]
    assert overall.by == "all" and overall.gross_revenue_churn == pytest.approx(1 - overall.grr)


def test_a_spec_refuses_what_it_cannot_run() -> None:
    with pytest.raises(ValidationError):
        ImpactReportSpec(touchpoint="cs_meeting", weeks=99)
    with pytest.raises(ValidationError):
        EarlySignalsSpec(outcome="happiness")  # type: ignore[arg-type]
    with pytest.raises(ValidationError):
        RevenueSpec(colour="blue")  # type: ignore[call-arg]
    assert ImpactReportSpec(touchpoint="seminar") == ImpactReportSpec(touchpoint="seminar")  # a cache key

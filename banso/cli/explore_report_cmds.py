"""`banso report onboarding|kpi-tree|thresholds`: the explore reports seen at the pages' date.

Each builds its spec from the options, makes one call on the workspace (which fills in the date the
pages are seen at) and renders the result like every report.
"""

from __future__ import annotations

from typing import Annotated

import typer

from banso.cli.common import WorkspaceOption, open_workspace
from banso.cli.insight_cmds import build
from banso.cli.report_cmds import Format, Lang, Output, language_of, report_app
from banso.cli.report_render import ReportFormat, show


@report_app.command("onboarding")
def onboarding(
    workspace: WorkspaceOption = None,
    start: Annotated[str, typer.Option(help="Count days from the contract or the trial start.")] = "contract",
    cohort: Annotated[str, typer.Option(help="Cohorts by day, week or month of the start.")] = "month",
    cohorts: Annotated[int, typer.Option(min=1, max=36, help="The last N cohorts.")] = 6,
    fmt: Format = ReportFormat.table,
    output: Output = None,
    lang: Lang = None,
) -> None:
    """Each onboarding milestone's completion and median days by start cohort, and who is stuck at which step.

    Milestones come from `onboarding:` in banso.yaml. Example: `banso report onboarding --start trial --cohort week`
    """
    from banso.analysis.reports.onboarding import OnboardingSpec

    spec = build(OnboardingSpec, start=start, cohort=cohort, cohorts=cohorts)
    with open_workspace(workspace) as ws:
        result = ws.onboarding(spec)
        language = language_of(ws, lang)
    show("onboarding", result, fmt, output, language)


@report_app.command("kpi-tree")
def kpi_tree(workspace: WorkspaceOption = None, fmt: Format = ReportFormat.table, output: Output = None,
             lang: Lang = None) -> None:
    """GRR / NRR, churn and contraction by tier, bands and their churn, the score's dimensions and metrics:
    each node with its value, target (kpi_tree in banso.yaml), trend and the page that explains it.

    Example: `banso report kpi-tree --format csv -o kpi.csv`
    """
    with open_workspace(workspace) as ws:
        result = ws.kpi_tree()
        language = language_of(ws, lang)
    show("kpi-tree", result, fmt, output, language)


@report_app.command("thresholds")
def thresholds(
    metric: Annotated[str, typer.Option(help="A metric of banso.yaml or a built-in one.")],
    workspace: WorkspaceOption = None,
    horizon_days: Annotated[int, typer.Option(min=7, max=365, help="Churned = within this many days.")] = 90,
    landmarks: Annotated[int, typer.Option(min=1, max=12, help="Landmark dates, four weeks apart.")] = 6,
    fmt: Format = ReportFormat.table,
    output: Output = None,
    lang: Lang = None,
) -> None:
    """A metric's distribution for accounts that stayed and that churned soon after, and the value that best
    separates them, as a threshold scoring function to paste into banso.yaml.

    Example: `banso report thresholds --metric active_rate_28d --horizon-days 90`
    """
    from banso.analysis.reports.thresholds import ThresholdSpec

    spec = build(ThresholdSpec, metric=metric, horizon_days=horizon_days, landmarks=landmarks)
    with open_workspace(workspace) as ws:
        result = ws.threshold_help(spec)
        language = language_of(ws, lang)
    show("thresholds", result, fmt, output, language)

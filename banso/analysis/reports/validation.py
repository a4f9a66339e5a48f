"""`validation`: does the health score predict churn on this workspace's own history?

Separation by month since contract, churn by band, replayed AUC, calibration, each metric's power,
survival, hazard ratios, band transitions, lead time, score against NRR and suggested weights; each
section with its reading in Japanese and English (see `banso.analysis.validation.report`).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Literal

from pydantic import Field

from banso.analysis.reports.base import Paragraph, Report, ReportSpec, RunContext, Table, View
from banso.analysis.validation.report import ValidationReport


class ValidationSpec(ReportSpec):
    kind: Literal["validation"] = "validation"
    model: str | None = Field(None, description="another scored model file to validate instead of the current one")


class Validation(Report[ValidationSpec, ValidationReport]):
    kind = "validation"
    title = "Health score validation"
    spec = ValidationSpec
    result = ValidationReport

    def run(self, ctx: RunContext, spec: ValidationSpec) -> ValidationReport:
        from banso.analysis.validation.report import validation_report
        from banso.health.engine import ActiveModel

        version, model = None, None
        if spec.model is not None:
            other = ActiveModel.from_file(Path(spec.model), ctx.config)
            version, model = other.version, other.model
        return validation_report(ctx.store, ctx.config, version, model, ctx.first_alerts())

    def cacheable(self, spec: ValidationSpec) -> bool:
        return spec.model is None  # another model's file may change between two runs

    def data(self, result: ValidationReport) -> Any:
        """Every figure and reading; the suggested model is a file (`banso report validation --write-model`)."""
        data = result.to_dict()
        data.pop("suggested_model", None)
        return data

    def view(self, r: ValidationReport, language: str = "en") -> View:
        ja = language == "ja"

        def detail(s: Any) -> str:
            flag = (("まだ計算できません" if ja else "not computable yet") if s.pending
                    else ("根拠が少ない" if ja else "thin evidence") if s.thin else "")
            return s.basis[language] + (f" · {flag}" if flag else "")

        name = r.model_title.get(language) or r.model_name
        headline = (f"{name} · スナップショット {r.snapshots:,} 件 · {r.accounts:,} 社 · {r.last_day} まで" if ja else
                    f"{name} · {r.snapshots:,} snapshots · {r.accounts:,} accounts · up to {r.last_day}")
        return View(
            headline=headline,
            paragraphs=[Paragraph(s.title[language], s.reading[language], detail(s)) for s in r.sections],
            tables=[Table("Sections", ["section", "title", "reading", "basis", "thin", "pending"],
                          [[s.key, s.title[language], s.reading[language], s.basis[language], s.thin, s.pending]
                           for s in r.sections], on_screen=False)],
            notes=[r.population.get(language, r.population.get("en", ""))],
        )

    def to_csv(self, result: ValidationReport, language: str) -> str:
        from banso.analysis.validation.render import to_csv

        return to_csv(result, language)

    def to_html(self, result: ValidationReport, language: str) -> str:
        from banso.analysis.validation.render import to_html

        return to_html(result, language)

"""The health model: the `health:` section of `banso.yaml` (or a model file for `banso score --model`).

A model has dimensions with weights; each dimension scores some metrics, each metric with a
weight, a scoring function that maps its value to 0..1, and a policy for missing values:

    health:
      name: health check
      bands: {good: 70, bad: 40}
      dimensions:
        penetration:
          label: {ja: 浸透度, en: penetration}
          weight: 40
          metrics:
            active_rate_28d: {weight: 2, score: {type: threshold, bad: 0.1, good: 0.6}}
            evenness_28d:    {score: {type: percentile, within: tier}}

Checks that need the rest of the configuration (do the metrics exist?) are in `check_health`,
which reports every problem with its file, line and key.
"""

from __future__ import annotations

import hashlib
import json
from typing import TYPE_CHECKING, Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from banso.config.builtin_metrics import BUILTIN_METRICS
from banso.config.labels import Label, text_in
from banso.config.metrics import MetricSpec

if TYPE_CHECKING:
    from banso.config.models import WorkspaceConfig
    from banso.config.yaml_source import YamlDocument

Missing = Literal["skip", "zero", "neutral"]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Threshold(_Strict):
    """0 at `bad`, 1 at `good`, linear between, clamped; `good` may be below `bad` (lower is better)."""

    type: Literal["threshold"]
    bad: float
    good: float

    @model_validator(mode="after")
    def _distinct(self) -> Threshold:
        if self.bad == self.good:
            raise ValueError(f"`bad` and `good` must differ (both are {self.good}); the score would be undefined")
        return self


class Percentile(_Strict):
    """Mid-rank percentile of the value among accounts of the same tier (or all) at the same date."""

    type: Literal["percentile"]
    within: Literal["tier", "all"] = "tier"
    higher_is_better: bool = True


ScoreFunction = Annotated[Threshold | Percentile, Field(discriminator="type")]


class MetricScoring(_Strict):
    """How one metric counts inside its dimension."""

    weight: float = Field(1.0, gt=0, description="relative weight inside the dimension")
    score: ScoreFunction
    missing: Missing | None = Field(None, description="overrides the model's `missing` for this metric")
    label: Label = Field("", description="how explanations name it (default: the metric's description or name); "
                                         "{ja: …, en: …} for both languages")


class Dimension(_Strict):
    label: Label = Field("", description="shown in the web app and explanations; {ja: …, en: …} for both languages")
    weight: float = Field(gt=0, description="relative weight of the dimension (weights are normalized)")
    metrics: dict[str, MetricScoring] = Field(min_length=1)


BANDS = ("good", "normal", "bad")
"""The bands in the order every page, table and chart shows them: best first."""


class Bands(_Strict):
    good: float = Field(70.0, ge=0, le=100, description="Good at or above this score")
    bad: float = Field(40.0, ge=0, le=100, description="Bad below this score")

    @model_validator(mode="after")
    def _ordered(self) -> Bands:
        if self.bad > self.good:
            raise ValueError(f"`bad` ({self.bad}) must not be above `good` ({self.good})")
        return self


class HealthModel(_Strict):
    """A whole health model."""

    name: Label = Field("health score", description="the model's name; {ja: …, en: …} for both languages")
    description: str = ""
    missing: Missing = Field(
        "skip",
        description="a metric without a value: skip it (its weight goes to the others), score it 0, or 0.5",
    )
    bands: Bands = Field(default_factory=Bands)  # type: ignore[arg-type]
    dimensions: dict[str, Dimension] = Field(min_length=1)

    @model_validator(mode="after")
    def _each_metric_once(self) -> HealthModel:
        seen: dict[str, str] = {}
        for dim_name, dim in self.dimensions.items():
            for metric in dim.metrics:
                if metric in seen:
                    raise ValueError(f"metric {metric!r} is in both {seen[metric]!r} and {dim_name!r}; "
                                     "a metric may count in one dimension only")
                seen[metric] = dim_name
        return self

    def metric_names(self) -> list[str]:
        """Every metric the model reads, once, in the order the model lists them."""
        return list(dict.fromkeys(m for d in self.dimensions.values() for m in d.metrics))

    def title(self, language: str = "en") -> str:
        """The model's name in `language` (the store keeps the English one with each snapshot)."""
        return text_in(self.name, language) or "health score"

    def missing_policy(self, scoring: MetricScoring) -> Missing:
        return scoring.missing or self.missing


def _default_model() -> HealthModel:
    """The model of `templates/health_default.yaml`: what a new banso.yaml holds, and what a
    banso.yaml without a `health:` section uses."""
    from importlib import resources

    import yaml

    text = resources.files("banso.config").joinpath("templates/health_default.yaml").read_text(encoding="utf-8")
    return HealthModel.model_validate(yaml.safe_load(text)["health"])


DEFAULT_MODEL = _default_model()


class ModelFile(_Strict):
    """A model kept in its own file: a `health:` section, and `metrics:` it declares for itself."""

    health: HealthModel
    metrics: dict[str, MetricSpec] = Field(default_factory=dict)


def model_version(model: HealthModel, metrics: dict[str, Any], passive: list[str], features: list[str]) -> str:
    """A short hash of everything that decides the scores: the model, its metrics' definitions and the
    event lists they read. Comments and key order do not change it; any change of meaning does."""
    payload = {
        "model": model.model_dump(mode="json"),
        # a metric's label names it for people and changes no score: not part of the version
        "metrics": {n: metrics[n].model_dump(mode="json", exclude={"label"}) for n in model.metric_names()
                    if n in metrics},
        "passive": sorted(passive),
        "features": sorted(features),
    }
    text = json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode()).hexdigest()[:12]


def check_health(config: WorkspaceConfig, doc: YamlDocument | None, prefix: tuple[str, ...] = ("health",),
                 model: HealthModel | None = None, extra_metrics: dict[str, MetricSpec] | None = None) -> list[str]:
    """Problems a model has with the rest of the configuration, each naming file, line and key."""
    model = model or config.health
    known = {**BUILTIN_METRICS, **config.metrics, **(extra_metrics or {})}
    problems = []

    def where(*loc: str) -> str:
        full = (*prefix, *loc)
        place = doc.where(full) if doc is not None else "health model"
        return f"{place}: {'.'.join(full)}"

    for dim_name, dim in model.dimensions.items():
        for metric in dim.metrics:
            if metric not in known:
                problems.append(
                    f"{where('dimensions', dim_name, 'metrics', metric)}: unknown metric {metric!r}; "
                    f"declare it under `metrics:` or use one of: {', '.join(sorted(known))}"
                )
            elif known[metric].kind == "feature_breadth" and not (
                getattr(known[metric], "features", None) or config.events.features
            ):
                problems.append(
                    f"{where('dimensions', dim_name, 'metrics', metric)}: {metric!r} measures feature breadth, "
                    "but no features are listed; fill `events.features` in banso.yaml"
                )
    return problems

"""Metrics usable by name: the built-in ones and those declared under `metrics:` in banso.yaml.

A declared metric with the name of a built-in one replaces it, so a team can redefine, say,
`active_rate_28d` for its own product without renaming it everywhere.
"""

from __future__ import annotations

from dataclasses import dataclass

from banso.config.builtin_metrics import BUILTIN_METRICS
from banso.config.metrics import MetricSpec
from banso.config.models import WorkspaceConfig
from banso.errors import ConfigError
from banso.i18n import N_
from banso.metrics.registry import formula

# Kinds whose value is a share (0..1, members / seats may pass 1): shown in percent, and filtered in percent
# in the segment builder.
SHARE_KINDS = frozenset({"active_rate", "evenness", "feature_breadth", "top_user_share", "seat_utilization"})


@dataclass(frozen=True)
class MetricInfo:
    """A metric as the docs, the segment builder and the rule language see it."""

    name: str
    kind: str
    description: str
    formula: str
    window: int | None
    builtin: bool

    @property
    def share(self) -> bool:
        """A share of something (an active rate, a breadth): read and filtered in percent."""
        return self.kind in SHARE_KINDS


def all_metrics(config: WorkspaceConfig) -> dict[str, MetricSpec]:
    """Built-in metrics overlaid with the declared ones, by name."""
    return {**BUILTIN_METRICS, **config.metrics}


def resolve(config: WorkspaceConfig, names: list[str] | None) -> dict[str, MetricSpec]:
    """The specs of `names` (all known metrics when None); an unknown name is a ConfigError."""
    known = all_metrics(config)
    if names is None:
        return known
    unknown = [n for n in names if n not in known]
    if unknown:
        raise ConfigError(
            N_("unknown metric(s): %(unknown)s; declare them under `metrics:` in banso.yaml or use one of: %(known)s"),
            unknown=", ".join(unknown), known=", ".join(sorted(known)),
        )
    return {n: known[n] for n in dict.fromkeys(names)}


def list_metrics(config: WorkspaceConfig) -> list[MetricInfo]:
    """Every metric usable by name, sorted by name."""
    declared = set(config.metrics)
    return [
        MetricInfo(
            name=name,
            kind=spec.kind,
            description=spec.description,
            formula=formula(spec),
            window=getattr(spec, "window", None),
            builtin=name not in declared,
        )
        for name, spec in sorted(all_metrics(config).items())
    ]

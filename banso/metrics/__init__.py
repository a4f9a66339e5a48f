"""Account-level metrics declared in configuration and compiled to Ibis expressions.

    compute_metrics(store, config, as_of, names) -> ibis.Table   one row per account
    list_metrics(config) -> list[MetricInfo]                     name, description, formula

Every formula is in docs/metrics.md; the meaning of each number is fixed by DESIGN.md.
"""

from banso.metrics.catalog import BUILTIN_METRICS, MetricInfo, all_metrics, list_metrics, resolve
from banso.metrics.compute import compile_metrics, compute_metrics, metric_context
from banso.metrics.context import MetricContext, utc_midnight

__all__ = [
    "BUILTIN_METRICS",
    "MetricContext",
    "MetricInfo",
    "all_metrics",
    "compile_metrics",
    "compute_metrics",
    "list_metrics",
    "metric_context",
    "resolve",
    "utc_midnight",
]

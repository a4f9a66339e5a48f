"""What people read for an alert's rule: its label in their language, else the rule's key.

Rules are keyed by names written for banso.yaml (`renewal_risk`); pages, notifications and the task
a playbook made name them by their label (`更新リスク`, "Renewal at risk"). An alert of a rule since
removed from banso.yaml keeps its key. Filters, URLs, exports and the CLI keep using the key.
"""

from __future__ import annotations

from banso.config.labels import text_in
from banso.config.models import WorkspaceConfig
from banso.signals.data_quality import LABELS as DATA_QUALITY_LABELS


def rule_labels(config: WorkspaceConfig, language: str) -> dict[str, str]:
    """Each rule's name for people in `language`, the workspace-wide data-quality checks' too."""
    labels = {name: text_in(rule.label, language) or name for name, rule in config.signals.rules.items()}
    for name, (ja, en) in DATA_QUALITY_LABELS.items():
        labels.setdefault(name, ja if language == "ja" else en)
    return labels


def rule_label(config: WorkspaceConfig, name: str, language: str) -> str:
    """One rule's name for people in `language` (its key when it has no label or is gone from banso.yaml)."""
    return rule_labels(config, language).get(name, name)

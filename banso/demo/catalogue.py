"""The product's event catalogue: what a project-management and documentation SaaS logs.

| group    | events                                                                        | notes |
|----------|-------------------------------------------------------------------------------|-------|
| frequent | login, project_viewed, issue_created, issue_updated, comment_added,           | the daily work; |
|          | document_created, document_viewed, gantt_viewed, board_viewed, file_uploaded, | deeper ones need |
|          | wiki_page_created, search_performed                                           | adoption |
| setup    | user_invited, project_created, integration_connected, settings_changed,       | user_invited comes |
|          | tutorial_step_completed, help_article_viewed                                  | from memberships |
| power    | export_csv, api_call, webhook_created                                         | healthy accounts |
| rare     | theme_changed, legacy_report_viewed, print_preview                            | noise |
| passive  | email_opened, identify                                                        | not real use |

Each event has a `weight` (its share among a typical active user's events), a `slope` (how its
share changes with latent health, in log units per unit of health: positive for the features that
engaged customers use) and a `depth` (the health an account needs before it adopts the feature at
all; each account draws its own threshold around it, so healthier accounts use more distinct
features and lose them again when their health falls). `uplift` is the extra weekly use a CS
meeting that proposes the feature creates (0 = never proposed).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class EventSpec:
    name: str
    group: str
    weight: float
    slope: float = 0.0
    depth: float = 0.0
    uplift: float = 0.0

    @property
    def passive(self) -> bool:
        return self.group == "passive"


CATALOGUE: tuple[EventSpec, ...] = (
    EventSpec("login", "frequent", 12.0, -0.6),
    EventSpec("project_viewed", "frequent", 16.0, -0.2),
    EventSpec("issue_created", "frequent", 6.0, 0.4),
    EventSpec("issue_updated", "frequent", 10.0, 0.5),
    EventSpec("comment_added", "frequent", 8.0, 0.7),
    EventSpec("document_created", "frequent", 1.5, 1.0, depth=0.62, uplift=4.0),
    EventSpec("document_viewed", "frequent", 5.0, 0.8, depth=0.35),
    EventSpec("gantt_viewed", "frequent", 3.0, 1.0, depth=0.55, uplift=6.0),
    EventSpec("board_viewed", "frequent", 4.0, 0.8, depth=0.45, uplift=5.0),
    EventSpec("file_uploaded", "frequent", 3.0, 0.6, depth=0.3),
    EventSpec("wiki_page_created", "frequent", 1.2, 1.0, depth=0.58, uplift=3.0),
    EventSpec("search_performed", "frequent", 5.0, 0.4, depth=0.15),
    EventSpec("user_invited", "setup", 0.0),
    EventSpec("project_created", "setup", 0.5, 0.8),
    EventSpec("integration_connected", "setup", 0.06, 1.2, depth=0.6),
    EventSpec("settings_changed", "setup", 0.35, 0.3),
    EventSpec("tutorial_step_completed", "setup", 0.25, -0.5),
    EventSpec("help_article_viewed", "setup", 1.0, 1.6),
    EventSpec("export_csv", "power", 0.4, 1.5, depth=0.65),
    EventSpec("api_call", "power", 2.5, 1.5, depth=0.75),
    EventSpec("webhook_created", "power", 0.04, 1.5, depth=0.75),
    EventSpec("theme_changed", "rare", 0.03),
    EventSpec("legacy_report_viewed", "rare", 0.06, -1.5),
    EventSpec("print_preview", "rare", 0.12),
    EventSpec("email_opened", "passive", 0.0),
    EventSpec("identify", "passive", 0.0),
)

NAMES: tuple[str, ...] = tuple(spec.name for spec in CATALOGUE)
CODE: dict[str, int] = {name: i for i, name in enumerate(NAMES)}
PASSIVE_EVENTS: tuple[str, ...] = tuple(s.name for s in CATALOGUE if s.passive)
DEPTH = np.array([s.depth for s in CATALOGUE])
UPLIFT = np.array([s.uplift for s in CATALOGUE])
PROPOSABLE: tuple[int, ...] = tuple(i for i, s in enumerate(CATALOGUE) if s.uplift > 0)
HEALTH_BINS = 50


def mixture_cdfs(core_only: bool = False) -> np.ndarray:
    """Cumulative event-type distribution per health bin, shaped (HEALTH_BINS, len(CATALOGUE)).

    Row `b` is the mix for health in `[b, b+1) / HEALTH_BINS`. With `core_only`, only the events
    every account uses (depth 0): what a user does instead of a feature the account has not adopted.
    """
    health = (np.arange(HEALTH_BINS) + 0.5) / HEALTH_BINS
    weight = np.array([s.weight for s in CATALOGUE])
    slope = np.array([s.slope for s in CATALOGUE])
    if core_only:
        weight = np.where(DEPTH == 0, weight, 0.0)
    mix = weight[None, :] * np.exp(slope[None, :] * (health[:, None] - 0.6))
    cdf = np.cumsum(mix, axis=1)
    return cdf / cdf[:, -1:]


def catalogue_truth() -> list[dict[str, object]]:
    """The catalogue as plain records, for truth.json."""
    return [
        {
            "event": s.name,
            "group": s.group,
            "qualifying": not s.passive,
            "weight": s.weight,
            "health_slope": s.slope,
            "adoption_depth": s.depth,
            "cs_meeting_uplift_per_week": s.uplift,
        }
        for s in CATALOGUE
    ]


def adoption_thresholds(rng: np.random.Generator, n: int) -> np.ndarray:
    """Per account and event, the health above which the account uses it: (n, len(CATALOGUE)).

    Core events get -1 (always used); deeper features get the catalogue depth plus account noise.
    """
    tau = DEPTH[None, :] + rng.normal(0, 0.15, (n, len(CATALOGUE)))
    return np.where(DEPTH[None, :] > 0, tau, -1.0).astype(np.float32)

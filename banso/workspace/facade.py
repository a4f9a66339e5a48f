"""The Workspace: the one object the CLI, the web app and notebooks drive.

It is assembled from one part per area so each stays small: data (load, status), health, signals,
the pages' reads, the reports, warming what the pages open with, saved segments, the insights,
dashboards and OKR targets, the people who sign in, the collector, the connectors, what the service runs
by itself (jobs, current scores, the daily run, backups), and the team's work (tasks, notes, playbooks,
My work and the team). Each part wires the configuration, the store and the application state into its
package; none computes anything itself.
"""

from __future__ import annotations

from banso.workspace.backup_ops import BackupOps
from banso.workspace.collector_ops import CollectorOps
from banso.workspace.okr_ops import OkrOps
from banso.workspace.people_ops import PeopleOps
from banso.workspace.run_ops import RunOps
from banso.workspace.segment_ops import SegmentOps
from banso.workspace.team_ops import TeamOps
from banso.workspace.warm_ops import WarmOps


class Workspace(RunOps, WarmOps, TeamOps, OkrOps, SegmentOps, PeopleOps, CollectorOps, BackupOps):
    """A workspace folder opened: `Workspace.open(path)`, or created with `Workspace.init(path)`."""

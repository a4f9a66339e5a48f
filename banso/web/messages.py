"""Message ids that reach templates as data (kinds, roles, statuses, bands, error titles).

Listed here so the catalogue extractor finds them; templates translate them with `_(value)`.
"""

from __future__ import annotations


def N_(message: str) -> str:
    return message


DYNAMIC = (
    # account statuses and roles
    N_("trial"), N_("active"), N_("churned"), N_("unknown"), N_("admin"), N_("member"), N_("csm"), N_("viewer"),
    # bands
    N_("Good"), N_("Normal"), N_("Bad"),
    # touchpoint kinds and product use in the timeline
    N_("support_ticket"), N_("cs_meeting"), N_("email"), N_("seminar"), N_("community"), N_("nps"), N_("chat"),
    N_("note"), N_("onboarding"), N_("help_content"), N_("call"), N_("activity"),
    # error page titles
    N_("Not found"), N_("Not allowed"), N_("Form expired"), N_("Cannot do that"), N_("Invalid request"),
    N_("Request refused"), N_("Something went wrong"), N_("Unauthorized"), N_("Too many attempts"),
    N_("Not available yet"), N_("Method not allowed"), N_("Conflict"),
    # jobs: kinds and statuses (the daily run's steps: banso.job_progress.STEPS)
    N_("command"), N_("daily_run"), N_("current_scores"), N_("current_alerts"), N_("sync"),
    N_("queued"), N_("running"), N_("ok"), N_("done"), N_("failed"), N_("interrupted"), N_("pending"), N_("skipped"),
    # tasks' statuses (priorities: work_macros.html); notes' kinds and what a revision did
    N_("open"), N_("done"), N_("cancelled"), N_("qbr"), N_("created"), N_("edited"), N_("deleted"),
    # playbooks: enrolments' statuses, steps' actions and outcomes, what their messages became
    N_("completed"), N_("exited"), N_("task"), N_("slack"), N_("webhook"), N_("export"), N_("wait"), N_("condition"),
    N_("stopped"), N_("continued"), N_("sent"),
    # lifecycle phases: the defaults of banso.yaml (trial, churned and onboarding are listed above); a phase a
    # workspace names itself shows as written
    N_("renewal"), N_("expansion"), N_("adoption"),
)

# The jobs whose `what` is a message id (marked where they start, banso.workspace); a command's or a
# connector's job shows its own words.
OWN_JOB_KINDS = ("daily_run", "current_scores", "current_alerts")

# The counts jobs and their steps record, by key, as the Jobs page names them: what banso's own jobs count,
# what connectors and pushes count (their `job_counts`), and the numbers of the results of the commands handed
# to the service (banso.service.counts). A key not listed (an export destination's name) shows as written.
JOB_COUNT_LABELS = {
    "accounts": N_("accounts covered"), "scored": N_("scored"), "seconds": N_("seconds"), "week": N_("week"),
    "accounts_scored": N_("accounts scored"), "current_scores": N_("current scores"), "fired": N_("fired"),
    "new_alerts": N_("new alerts"), "held_back": N_("held back"), "connectors": N_("connectors"),
    "failed": N_("failed"), "database_sources": N_("database sources"), "files": N_("files"),
    "rows_inserted": N_("rows inserted"), "enrolled": N_("enrolled"), "steps": N_("steps"),
    "completed": N_("completed"), "exited": N_("exited"), "digests_queued": N_("digests queued"),
    "sent": N_("sent"), "gave_up": N_("given up"), "read": N_("read"), "inserted": N_("inserted"),
    "updated": N_("updated"), "unchanged": N_("unchanged"), "skipped": N_("skipped"),
    # pushes to a CRM and segment syncs
    "in_crm": N_("in the CRM"), "records_sent": N_("records sent"), "fields_sent": N_("fields sent"),
    "refused": N_("refused"), "members": N_("members"), "joined": N_("joined"), "left": N_("left"),
    # the results of commands
    "job": N_("job"), "rows": N_("rows"), "rows_read": N_("rows read"),
    "unknown_references": N_("referring to what is not loaded yet"),
    "coverage.days": N_("days of history the model reads"),
    "snapshots": N_("snapshots"), "store_mb": N_("store (MB)"), "suppressed": N_("suppressed"),
    "score": N_("health score"), "previous_score": N_("previous score"),
    "accounts_without_events": N_("accounts without events"),
    "events_with_unknown_account": N_("events of unknown accounts"),
    "events_without_account": N_("events without an account"),
}
# Where a kind of job means more by a key than the key alone says.
_KIND_COUNT_LABELS = {"current_scores": {"accounts": N_("accounts renewed")}}


def count_label(kind: str, key: str) -> str | None:
    """The message id naming the count `key` of a job of `kind`; a nested result's count (`run.scored`) by its
    own name; None for a key not listed.

    >>> count_label("current_scores", "accounts"), count_label("command", "accounts")
    ('accounts renewed', 'accounts covered')
    >>> count_label("command", "run.scored"), count_label("sync", "crm-main")
    ('scored', None)
    """
    for name in (key, key.rpartition(".")[2]):
        label = _KIND_COUNT_LABELS.get(kind, {}).get(name) or JOB_COUNT_LABELS.get(name)
        if label:
            return label
    return None

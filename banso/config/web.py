"""Settings the web app reads from `banso.yaml`: the onboarding checklist of the account page.

    onboarding:
      Invite a teammate: user_invited
      Create the first issue: issue_created
      Connect an integration: integration_connected

Each milestone is done, for an account, at the first event of that name attributed to it.
"""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import AfterValidator, Field


def _check(milestones: dict[str, str]) -> dict[str, str]:
    for label, event in milestones.items():
        if not label.strip():
            raise ValueError("a milestone needs a name")
        if not event or not event.strip():
            raise ValueError(f"milestone {label!r} needs the event name that completes it")
    if len(milestones) > 30:
        raise ValueError("at most 30 onboarding milestones")
    return milestones


Onboarding = Annotated[dict[str, str], AfterValidator(_check)]
ONBOARDING_FIELD: Any = Field(
    default_factory=dict,
    description="setup milestones shown on each account page: milestone name -> event that completes it",
)

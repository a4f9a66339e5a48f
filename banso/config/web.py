"""Settings the web app reads from `banso.yaml`: the onboarding checklist of the account page.

    onboarding:
      Invite a teammate: user_invited
      Create the first issue: issue_created
      integrations:                       # written out: its name in both languages
        event: integration_connected
        label: {ja: 連携を設定する, en: Connect an integration}

Each milestone is done, for an account, at the first event of that name attributed to it. Its name is
its key, or its `label` when written out (see `banso.config.labels`).
"""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

from banso.config.labels import Label, both, text_in


class Milestone(BaseModel):
    """A milestone written out: the event that completes it, and how the account page names it."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    event: str = Field(min_length=1, description="the event that completes the milestone")
    label: Label = Field(description="its name; {ja: …, en: …} for both languages")


def _check(milestones: dict[str, str | Milestone]) -> dict[str, str | Milestone]:
    for label, event in milestones.items():
        if not label.strip():
            raise ValueError("a milestone needs a name")
        if isinstance(event, str) and not event.strip():
            raise ValueError(f"milestone {label!r} needs the event name that completes it")
    if len(milestones) > 30:
        raise ValueError("at most 30 onboarding milestones")
    return milestones


Onboarding = Annotated[dict[str, str | Milestone], AfterValidator(_check)]
ONBOARDING_FIELD: Any = Field(
    default_factory=dict,
    description="setup milestones shown on each account page: milestone name -> event that completes it "
                "(or {event: …, label: {ja: …, en: …}})",
)


def milestone_events(milestones: dict[str, str | Milestone], language: str = "en") -> dict[str, str]:
    """Each milestone's name in `language` -> the event that completes it, in the order written."""
    out = {}
    for key, value in milestones.items():
        if isinstance(value, str):
            out[key] = value
        else:
            out[text_in(value.label, language) or key] = value.event
    return out


def milestone_labels(milestones: dict[str, str | Milestone]) -> dict[str, dict[str, str]]:
    """Each milestone's event -> its name in each language (`{"ja": …, "en": …}`)."""
    out = {}
    for key, value in milestones.items():
        if isinstance(value, str):
            out[value] = {"ja": key, "en": key}
        else:
            out[value.event] = {lang: text_in(value.label, lang) or key for lang in ("ja", "en")}
    return out


def milestone_keys(milestones: dict[str, str | Milestone]) -> dict[str, str]:
    """Each milestone's key in banso.yaml -> the event that completes it, in the order written."""
    return {key: value if isinstance(value, str) else value.event for key, value in milestones.items()}


def milestone_names(milestones: dict[str, str | Milestone]) -> dict[str, dict[str, str]]:
    """Each milestone's key in banso.yaml -> its name in each language (`{"ja": …, "en": …}`)."""
    return {key: {"ja": key, "en": key} if isinstance(value, str) else both(value.label, key)
            for key, value in milestones.items()}
def find_milestone(milestones: dict[str, str | Milestone], name: str) -> tuple[str, dict[str, str]]:
    """The event that completes the milestone called `name` (its key, or its name in either language) and the
    milestone's name in each language; a name that is no milestone is taken as an event's name.

    >>> find_milestone({"invite": Milestone(event="user_invited", label={"ja": "招待する", "en": "Invite"})}, "Invite")
    ('user_invited', {'ja': '招待する', 'en': 'Invite'})
    >>> find_milestone({"Invite a teammate": "user_invited"}, "Invite a teammate")
    ('user_invited', {'ja': 'Invite a teammate', 'en': 'Invite a teammate'})
    """
    for key, value in milestones.items():
        if isinstance(value, str):
            if name == key:
                return value, {"ja": key, "en": key}
            continue
        names = {lang: text_in(value.label, lang) or key for lang in ("ja", "en")}
        if name == key or name in names.values():
            return value.event, names
    return name, {"ja": name, "en": name}

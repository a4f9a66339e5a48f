"""Configuration of connectors (`connectors:` in banso.yaml): CRMs and help desks, both ways.

A connector names its vendor (`type`), where its API is, which objects it pulls and how each maps
onto the canonical tables (the same `columns`, `defaults`, `keep_extra` and `timezone` as a file
source), and, for a CRM, which fields receive banso's results (`push`). Credentials never appear
here: each connector reads them from the environment (`BANSO_CONNECTOR_<NAME>_TOKEN` and so on,
see `credential_vars`), so banso.yaml can be committed and shared.

    connectors:
      salesforce:
        type: salesforce
        url: https://acme.my.salesforce.com
        pull:
          Account: {columns: {tier: Tier__c, mrr: MRR__c}}
          Contact: {}
        every: 15m           # pull what changed every 15 minutes too, besides the daily run
        push:
          fields: {score: Banso_Health_Score__c, band: Banso_Health_Band__c}
          every: 1h          # and push the fields that changed every hour

`every` gives a pull, a push or a segment sync a rhythm of its own in the service (`banso serve`),
written like the schedule's durations (`15m`, `1h`, `24h`; `off` or absent: none); `daily_run`
keeps it in the daily run as well (the default) or not.
"""

from __future__ import annotations

import re
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, field_validator, model_validator

from banso.config.addresses import WebAddress
from banso.config.schedule import Seconds
from banso.config.zones import check_timezone

MIN_EVERY = 60  # seconds: the shortest `every` of a pull, push or segment sync


def _not_too_often(seconds: int) -> int:
    """An interval of a minute or more, or none (0).

    >>> _not_too_often(900), _not_too_often(0)
    (900, 0)
    """
    if 0 < seconds < MIN_EVERY:
        raise ValueError("is too often (the shortest interval is 1m): each run calls the vendor's API, which limits "
                         "calls per minute and per day, and moves only what changed since the last run, so a "
                         "shorter one gains little; write 1m or more, e.g. 15m or 1h, or off")
    return seconds


Every = Annotated[Seconds, AfterValidator(_not_too_often)]
"""A run's own interval in banso.yaml: `15m`, `1h`, a number of seconds, or `off` (0: none)."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class PullObject(_Strict):
    """How one vendor object maps onto canonical tables: the same keys as a file source."""

    columns: dict[str, str] = Field(default_factory=dict,
                                    description="canonical field -> the vendor's field (nested fields as a.b)")
    defaults: dict[str, str] = Field(default_factory=dict, description="canonical field -> constant")
    fields: list[str] = Field(default_factory=list,
                              description="more vendor fields to fetch and keep as traits/properties")
    keep_extra: bool = Field(True, description="keep unmapped vendor fields as traits/properties")
    timezone: str | None = Field(None, description="zone of vendor times written without an offset")

    _tz = field_validator("timezone")(lambda v: v if v is None else check_timezone(v))

    @field_validator("fields")
    @classmethod
    def _field_names(cls, value: list[str]) -> list[str]:
        for name in value:
            if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_.]{0,120}", name):
                raise ValueError(f"{name!r} is not a field name (letters, digits, _ and . only)")
        return value


PUSH_VALUES = ("score", "band", "trend", "reasons", "alerts", "open_tasks")


class PushFields(_Strict):
    """banso's result -> the CRM field that receives it. Leave one out to not push it."""

    score: str | None = Field(None, description="health score 0-100 (a number field)")
    band: str | None = Field(None, description="good, normal or bad (a text or picklist field)")
    trend: str | None = Field(None, description="points per week over the last 4 snapshots (a number field)")
    reasons: str | None = Field(None, description="the top reasons of the score, one per line (a long text field)")
    alerts: str | None = Field(None, description="open alerts, one rule per line (a long text field)")
    open_tasks: str | None = Field(None, description="the account's open tasks (a number field); needs tasks in banso")


class CrmPush(_Strict):
    """What a CRM receives: results to fields on its account records, only what changed since the last push."""

    fields: PushFields = Field(default_factory=PushFields)  # type: ignore[arg-type]
    segments: dict[str, str] = Field(
        default_factory=dict, description="saved segment (name or id) -> a checkbox field set for its members")
    create_fields: bool = Field(False, description="HubSpot: create missing company properties (needs the scope)")
    batch_size: int = Field(100, ge=1, le=200, description="records per batch request (the API's maximum caps it)")
    daily_run: bool = Field(True, description="push in the service's daily run")
    every: Every = Field(0, description="also push at this interval in the service (e.g. 1h; at least 1m); off: "
                         "only in the daily run and by hand")

    @model_validator(mode="after")
    def _something(self) -> CrmPush:
        named = [v for v in self.fields.model_dump().values() if v] + list(self.segments.values())
        if not named:
            raise ValueError("push names no field: set push.fields (score, band, …) or push.segments")
        dupes = sorted({n for n in named if named.count(n) > 1})
        if dupes:
            raise ValueError(f"the same CRM field receives two values: {', '.join(dupes)}")
        return self


class _Connector(_Strict):
    account_key: str | None = Field(
        None, description="the vendor field holding banso's account id (default: the record id)")
    daily_run: bool = Field(True, description="pull in the service's daily run")
    every: Every = Field(0, description="also pull at this interval in the service (e.g. 15m; at least 1m); off: "
                         "only in the daily run and by hand")
    page_size: int | None = Field(None, ge=1, description="records per page (default and maximum: the API's)")


SalesforceObject = Literal["Account", "Contact", "Opportunity", "Case", "Task", "Event"]
HubSpotObject = Literal["companies", "contacts", "deals", "tickets", "notes", "calls", "meetings", "emails"]
ZendeskObject = Literal["organizations", "users", "tickets"]
IntercomObject = Literal["companies", "contacts", "conversations"]


class SalesforceConnector(_Connector):
    """Salesforce through its REST API (OAuth 2.0 client credentials of a connected app)."""

    type: Literal["salesforce"]
    url: WebAddress = Field(..., description="your My Domain, e.g. https://acme.my.salesforce.com")
    api_version: str = Field("62.0", pattern=r"^\d{2}\.0$", description="REST API version, e.g. 62.0")
    pull: dict[SalesforceObject, PullObject] = Field(default_factory=dict)
    renewal_types: list[str] = Field(default_factory=lambda: ["Renewal"],
                                     description="Opportunity types that are renewals")
    push: CrmPush | None = None


class HubSpotConnector(_Connector):
    """HubSpot through its CRM API v3 (a private app's access token)."""

    type: Literal["hubspot"]
    url: WebAddress = Field("https://api.hubapi.com", description="the API's address")
    pull: dict[HubSpotObject, PullObject] = Field(default_factory=dict)
    renewal_types: list[str] = Field(default_factory=lambda: ["existingbusiness"],
                                     description="deal types (dealtype) that are renewals")
    push: CrmPush | None = None


class ZendeskConnector(_Connector):
    """Zendesk Support through its incremental export API (an agent's e-mail and an API token)."""

    type: Literal["zendesk"]
    url: WebAddress = Field(..., description="your Zendesk, e.g. https://acme.zendesk.com")
    pull: dict[ZendeskObject, PullObject] = Field(default_factory=dict)
    account_key: Literal["id", "external_id"] | None = Field(
        None, description="id (default) or external_id: the organization field holding banso's account id")


class IntercomConnector(_Connector):
    """Intercom through its REST API 2.11 (an access token)."""

    type: Literal["intercom"]
    url: WebAddress = Field("https://api.intercom.io", description="https://api.intercom.io, or the EU/AU address")
    pull: dict[IntercomObject, PullObject] = Field(default_factory=dict)
    account_key: Literal["company_id", "id"] | None = Field(
        None, description="company_id (default: the id you gave the company) or id (Intercom's own)")


OBJECT_TABLES: dict[str, dict[str, tuple[str, ...]]] = {
    "salesforce": {"Account": ("accounts",), "Contact": ("users", "memberships"), "Opportunity": ("accounts",),
                   "Case": ("touchpoints",), "Task": ("touchpoints",), "Event": ("touchpoints",)},
    "hubspot": {"companies": ("accounts",), "contacts": ("users", "memberships"), "deals": ("accounts",),
                "tickets": ("touchpoints",), "notes": ("touchpoints",), "calls": ("touchpoints",),
                "meetings": ("touchpoints",), "emails": ("touchpoints",)},
    "zendesk": {"organizations": ("accounts",), "users": ("users", "memberships"), "tickets": ("touchpoints",)},
    "intercom": {"companies": ("accounts",), "contacts": ("users", "memberships"), "conversations": ("touchpoints",)},
}
"""The canonical tables each vendor object fills (a contact is a user and their memberships)."""

Connector = Annotated[
    SalesforceConnector | HubSpotConnector | ZendeskConnector | IntercomConnector, Field(discriminator="type")]
CRM_TYPES = ("salesforce", "hubspot")


def env_prefix(name: str) -> str:
    """BANSO_CONNECTOR_<NAME>_: the connector's name in capitals, other characters as `_`."""
    return "BANSO_CONNECTOR_" + re.sub(r"[^A-Z0-9]+", "_", name.upper()) + "_"


CREDENTIALS: dict[str, tuple[str, ...]] = {
    "salesforce": ("CLIENT_ID", "CLIENT_SECRET"),
    "hubspot": ("TOKEN",),
    "zendesk": ("EMAIL", "TOKEN"),
    "intercom": ("TOKEN",),
}


def credential_vars(name: str, kind: str) -> list[str]:
    """The environment variables that hold connector `name`'s credentials."""
    return [env_prefix(name) + key for key in CREDENTIALS[kind]]


# -- segment syncs ------------------------------------------------------------------------------


class HubSpotListTarget(_Strict):
    type: Literal["hubspot_list"]
    connector: str = Field(..., description="the hubspot connector whose token is used")
    list_id: str = Field(..., pattern=r"^\d+$", description="the id of a static (MANUAL) company list")


class WebhookTarget(_Strict):
    type: Literal["webhook"]
    url: WebAddress | None = Field(None, description="where to POST (or url_env)")
    url_env: str | None = Field(None, description="environment variable holding the URL")
    secret_env: str | None = Field(None, description="environment variable holding the HMAC secret")
    batch_size: int = Field(1000, ge=1, le=10_000, description="accounts per request")

    @model_validator(mode="after")
    def _where(self) -> WebhookTarget:
        if not (self.url or self.url_env):
            raise ValueError("a webhook target needs url or url_env")
        return self


class FileTarget(_Strict):
    type: Literal["file"]
    path: str = Field(..., description="file written whole each sync (relative: the workspace folder)")
    format: Literal["csv", "parquet"] | None = Field(None, description="csv or parquet; from the name when empty")

    @model_validator(mode="after")
    def _format(self) -> FileTarget:
        if self.format is None and not self.path.lower().endswith((".csv", ".parquet")):
            raise ValueError("name the file .csv or .parquet, or set `format`")
        return self


class DatabaseTarget(_Strict):
    type: Literal["database"]
    url_env: str = Field(..., description="environment variable holding the SQLAlchemy URL of the database")
    table: str = Field("banso_segment_members", pattern=r"^[A-Za-z_][A-Za-z0-9_]{0,62}$")


SyncTarget = Annotated[HubSpotListTarget | WebhookTarget | FileTarget | DatabaseTarget, Field(discriminator="type")]


class SegmentSync(_Strict):
    """A saved segment sent to marketing automation: the whole membership, or who joined and who left."""

    segment: str | int = Field(..., description="the saved segment's id, or its exact name")
    to: SyncTarget
    mode: Literal["snapshot", "changes"] = Field(
        "snapshot", description="snapshot: every member each time; changes: adds and removes since the last sync")
    daily_run: bool = Field(True, description="sync in the service's daily run")
    every: Every = Field(0, description="also sync at this interval in the service (e.g. 24h; at least 1m); off: "
                         "only in the daily run and by hand")


def check_connectors(connectors: dict[str, BaseModel], syncs: dict[str, SegmentSync],
                     sources: dict[str, object], valid_fields: dict[str, list[str]]) -> list[tuple[tuple[str | int, ...], str]]:
    """Cross-checks the models cannot make alone: names, mapped fields, segment syncs pointing at HubSpot.

    `valid_fields` gives the canonical fields a mapping may name, per table.
    """
    problems: list[tuple[tuple[str | int, ...], str]] = []
    for name, conn in connectors.items():
        kind = str(getattr(conn, "type", ""))
        for obj, mapping in getattr(conn, "pull", {}).items():
            tables = OBJECT_TABLES[kind][obj]
            valid = sorted({f for t in tables for f in valid_fields[t]})
            for section in ("columns", "defaults"):
                for field in getattr(mapping, section):
                    if field not in valid:
                        problems.append((("connectors", name, "pull", obj, section, field),
                                         f"'{field}' is not a field of {' or '.join(tables)}; valid fields are: "
                                         f"{', '.join(valid)}"))
            if "account_id" in mapping.columns and "accounts" in tables:
                problems.append((("connectors", name, "pull", obj, "columns", "account_id"),
                                 "an account's id comes from the connector's `account_key` (default: the record "
                                 "id); set account_key instead, so pulls and pushes agree on it"))
        if getattr(conn, "every", 0) and not getattr(conn, "pull", None):
            problems.append((("connectors", name, "every"),
                             "nothing to pull at this interval: list the objects to read under `pull` (to push at "
                             "an interval, set `every` under `push`)"))
        if "Opportunity" in getattr(conn, "pull", {}) and "Account" not in conn.pull:  # type: ignore[attr-defined]
            problems.append((("connectors", name, "pull", "Opportunity"),
                             "Opportunity sets renewal dates on accounts: pull Account too"))
        if "deals" in getattr(conn, "pull", {}) and "companies" not in conn.pull:  # type: ignore[attr-defined]
            problems.append((("connectors", name, "pull", "deals"),
                             "deals set renewal dates on accounts: pull companies too"))
        if name in sources:
            problems.append((("connectors", name), f"{name!r} is also a source's name; a connector's rows are "
                             "recorded under its name, so give it another"))
        if name in syncs:
            problems.append((("segment_syncs", name), f"{name!r} is also a connector's name; `banso sync push NAME` "
                             "must know which one you mean"))
    for name, sync in syncs.items():
        if isinstance(sync.to, HubSpotListTarget):
            target = connectors.get(sync.to.connector)
            if not isinstance(target, HubSpotConnector):
                known = ", ".join(n for n, c in connectors.items() if isinstance(c, HubSpotConnector)) or "none"
                problems.append((("segment_syncs", name, "to", "connector"),
                                 f"{sync.to.connector!r} is not a hubspot connector (hubspot connectors: {known})"))
    return problems

"""Typed workspace configuration (`banso.yaml`). Unknown keys are errors, never ignored."""

from __future__ import annotations

import re
from typing import Annotated, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    ValidationInfo,
    field_validator,
    model_validator,
)

from banso.config.connectors import Connector, SegmentSync
from banso.config.evidence import EvidenceConfig
from banso.config.health import DEFAULT_MODEL, HealthModel
from banso.config.kpi import KpiTreeConfig
from banso.config.labels import Label, text_in
from banso.config.lifecycle import Lifecycle
from banso.config.metrics import MetricSpec, check_metric_name
from banso.config.playbooks import Playbook, PlaybookName, Template
from banso.config.schedule import ScheduleConfig, ServiceConfig
from banso.config.signals import SignalsConfig
from banso.config.sql_check import check_select, table_parts
from banso.config.web import ONBOARDING_FIELD, Onboarding
from banso.config.zones import check_timezone

TableName = Literal["accounts", "users", "memberships", "events", "touchpoints", "revenue"]
FileFormat = Literal["csv", "parquet", "jsonl"]


class StrictModel(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


Engine = Literal["duckdb", "postgres", "spark", "bigquery", "snowflake", "clickhouse"]
OptionValue = str | int | float | bool


class StoreConfig(StrictModel):
    """Where the canonical tables live: an embedded DuckDB file, or a database, warehouse or Spark.

    Credentials never belong in banso.yaml: a `url` with a password is refused, and the URL may come
    from the environment instead (BANSO_STORE_URL overrides `url`).
    """

    engine: Engine = Field("duckdb", description="duckdb (default), postgres, spark, bigquery, snowflake or clickhouse")
    path: str = Field("banso.duckdb", description="DuckDB file, relative to the workspace folder (duckdb only)")
    url: str | None = Field(
        None,
        description="where the engine is: postgresql://host:5432/db, local[2] or spark://host:7077, "
        "bigquery://project/dataset, snowflake://user@account/db/schema, clickhouse://host:8123/db. "
        "Env: BANSO_STORE_URL",
    )
    options: dict[str, OptionValue] = Field(
        default_factory=dict,
        description="engine settings passed through as given (e.g. Spark configuration keys, a schema)",
    )

    @model_validator(mode="after")
    def _fits_engine(self) -> StoreConfig:
        if self.engine == "duckdb" and (self.url is not None or self.options):
            raise ValueError("url and options are for the other engines; duckdb only takes `path`")
        if self.engine != "duckdb" and "path" in self.model_fields_set:
            raise ValueError(f"path is the DuckDB file; engine {self.engine} takes `url` (and `options`)")
        if self.url and has_password(self.url):
            raise ValueError("the url holds a password; keep credentials out of banso.yaml and set "
                             "BANSO_STORE_URL in the environment instead")
        return self


def has_password(url: str) -> bool:
    """True when `url` carries `user:password@` credentials."""
    return bool(re.match(r"^[a-z][a-z0-9+.-]*://[^/@:]+:[^/@]*@", url, re.IGNORECASE))


class AppStateConfig(StrictModel):
    """Where logins, alert states, saved segments and notes live."""

    url: str | None = Field(
        None, description="SQLAlchemy URL; empty means SQLite in the workspace (app.db). Env: BANSO_APP_STATE_URL"
    )


SourceEngine = Literal["postgres", "duckdb", "bigquery", "snowflake", "clickhouse"]


class DatabaseSource(StrictModel):
    """A table or a SELECT in a database or warehouse, read instead of files.

    Like the store, credentials stay out of banso.yaml: a `url` with a password is refused, and
    BANSO_SOURCE_<NAME>_URL in the environment overrides `url` (or `path` for DuckDB).
    """

    engine: SourceEngine = Field(..., description="postgres, duckdb, bigquery, snowflake or clickhouse")
    url: str | None = Field(
        None, description="postgresql://user@host:5432/db (or the warehouse's URL). Env: BANSO_SOURCE_<NAME>_URL"
    )
    path: str | None = Field(None, description="DuckDB database file, relative to the workspace (duckdb only)")
    table: str | None = Field(None, description="table or view to read, e.g. public.app_users")
    query: str | None = Field(None, description="a single SELECT to read instead of a table")
    options: dict[str, OptionValue] = Field(default_factory=dict, description="connection settings passed through")
    batch_rows: int = Field(100_000, ge=1_000, description="rows fetched per batch while copying")
    mode: Literal["auto", "copy", "in_place"] = Field(
        "auto", description="copy into the store, or read in place (a view) when the store is this same "
        "database; auto: in place when possible, else copy",
    )

    @field_validator("table")
    @classmethod
    def _table_name(cls, value: str | None, info: ValidationInfo) -> str | None:
        if value is not None:
            table_parts(value, info.data.get("engine", "postgres"))
        return value

    @field_validator("query")
    @classmethod
    def _select_only(cls, value: str | None, info: ValidationInfo) -> str | None:
        return value if value is None else check_select(value, info.data.get("engine", "postgres"))

    @model_validator(mode="after")
    def _one_thing_to_read(self) -> DatabaseSource:
        if (self.table is None) == (self.query is None):
            raise ValueError("a database source reads exactly one of `table` (a table or view name) or "
                             "`query` (a single SELECT)" + (", not both" if self.table else ""))
        if self.engine == "duckdb" and self.url is not None:
            raise ValueError("a duckdb source is a file: use `path`, not `url`")
        if self.engine != "duckdb" and self.path is not None:
            raise ValueError(f"`path` is for duckdb files; a {self.engine} source takes `url`")
        return self


def source_url_env(name: str) -> str:
    """The environment variable that gives source `name` its URL (or DuckDB path): BANSO_SOURCE_<NAME>_URL."""
    return "BANSO_SOURCE_" + re.sub(r"[^A-Z0-9]+", "_", name.upper()) + "_URL"


FILE_ONLY = ("format", "encoding", "delimiter")


class SourceConfig(StrictModel):
    """How one kind of export, or one database table or query, maps onto a canonical table."""

    table: TableName
    database: DatabaseSource | None = Field(
        None, description="read a table or query in a database instead of files (see docs/sources.md)"
    )
    format: FileFormat | None = Field(None, description="inferred from the file name when empty")
    columns: dict[str, str] = Field(
        default_factory=dict, description="canonical field -> column name in the source file"
    )
    defaults: dict[str, str] = Field(
        default_factory=dict, description="canonical field -> constant used when the source has no column"
    )
    keep_extra: bool = Field(True, description="keep unmapped columns as traits/properties")
    timezone: str | None = Field(None, description="zone of timestamps written without an offset")
    encoding: Literal["utf-8", "utf-8-sig", "cp932", "shift_jis", "euc-jp", "latin-1"] = "utf-8"
    delimiter: str = ","

    _tz = field_validator("timezone")(lambda v: v if v is None else check_timezone(v))

    @model_validator(mode="after")
    def _files_or_database(self) -> SourceConfig:
        file_keys = [k for k in FILE_ONLY if k in self.model_fields_set]
        if self.database is not None and file_keys:
            raise ValueError(f"{', '.join(file_keys)} describe files; a source with `database` reads a table or "
                             "query, so drop them (or drop `database` to load files)")
        return self


class EventsConfig(StrictModel):
    """Which events mean what for the metrics."""

    passive: list[str] = Field(default_factory=list, description="events that are not real use")
    features: list[str] = Field(default_factory=list, description="events counted for feature breadth")
    key_actions: list[str] = Field(default_factory=list, description="shown per week as Company Activity")
    labels: dict[str, Label] = Field(
        default_factory=dict,
        description="each event's name for people (text or {ja, en}); the name as tracked stays in URLs, "
                    "filters and exports")

    def labels_in(self, language: str) -> dict[str, str]:
        """Each labelled event's name for people in `language` (see `banso.event_names`)."""
        return {event: shown for event, label in self.labels.items() if (shown := text_in(label, language))}

    def named_by_labels(self) -> dict[str, str]:
        """The event each label names, in either language, so that a person may type 課題の作成 for
        `issue_created`; a label two events share names neither, and a tracked name is never a label."""
        found: dict[str, set[str]] = {}
        for event in self.labels:
            for language in ("ja", "en"):
                if (shown := text_in(self.labels[event], language)) and shown != event:
                    found.setdefault(shown, set()).add(event)
        return {label: next(iter(events)) for label, events in found.items()
                if len(events) == 1 and label not in self.labels}


class WorkspaceConfig(StrictModel):
    """The whole `banso.yaml`."""

    name: str = "banso workspace"
    timezone: str = "Asia/Tokyo"
    currency: str = Field("JPY", min_length=3, max_length=3)
    language: Literal["ja", "en"] = "ja"
    store: StoreConfig = Field(default_factory=StoreConfig)  # type: ignore[arg-type]
    app_state: AppStateConfig = Field(default_factory=AppStateConfig)  # type: ignore[arg-type]
    sources: dict[str, SourceConfig] = Field(default_factory=dict)
    events: EventsConfig = Field(default_factory=EventsConfig)
    metrics: dict[Annotated[str, AfterValidator(check_metric_name)], MetricSpec] = Field(
        default_factory=dict, description="account metrics by name (see docs/metrics.md)"
    )
    health: HealthModel = Field(DEFAULT_MODEL, description="the current health model (see docs/metrics.md)")
    onboarding: Onboarding = ONBOARDING_FIELD
    kpi_tree: KpiTreeConfig = Field(default_factory=KpiTreeConfig,  # type: ignore[arg-type]
                                    description="the KPI tree's periods and its nodes' targets (docs/kpi-tree.md)")
    lifecycle: Lifecycle = Field(default_factory=Lifecycle,  # type: ignore[arg-type]
                                 description="lifecycle phases: the first whose condition holds (docs/lifecycle.md)")
    signals: SignalsConfig = Field(default_factory=SignalsConfig,  # type: ignore[arg-type]
                                   description="indicator rules and alert routing (see README: Alerts)")
    evidence: EvidenceConfig = Field(default_factory=EvidenceConfig,  # type: ignore[arg-type]
                                     description="CS support and gross margin for the evidence reports")
    playbooks: dict[PlaybookName, Playbook] = Field(default_factory=dict,
                                                    description="playbooks by name (see README: Playbooks)")
    templates: dict[PlaybookName, Template] = Field(default_factory=dict,
                                                    description="messages playbooks send, in both languages")
    schedule: ScheduleConfig = Field(default_factory=ScheduleConfig,  # type: ignore[arg-type]
                                     description="what the service does by itself, and when (docs/operations.md)")
    service: ServiceConfig = Field(default_factory=ServiceConfig,  # type: ignore[arg-type]
                                   description="how `banso serve` runs (docs/operations.md)")
    connectors: dict[str, Connector] = Field(
        default_factory=dict, description="CRMs and help desks pulled from and pushed to (see docs/connectors.md)")
    segment_syncs: dict[str, SegmentSync] = Field(
        default_factory=dict, description="saved segments sent to marketing automation (see docs/connectors.md)")

    _tz = field_validator("timezone")(check_timezone)

    @field_validator("sources", "playbooks", "templates", "connectors", "segment_syncs", mode="before")
    @classmethod
    def _no_sources_yet(cls, value: object) -> object:
        """A section followed only by comments (a new workspace's file) means none yet."""
        return {} if value is None else value

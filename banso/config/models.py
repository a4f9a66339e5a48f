"""Typed workspace configuration (`banso.yaml`). Unknown keys are errors, never ignored."""

from __future__ import annotations

import re
from typing import Annotated, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, field_validator, model_validator

from banso.config.evidence import EvidenceConfig
from banso.config.health import DEFAULT_MODEL, HealthModel
from banso.config.metrics import MetricSpec, check_metric_name
from banso.config.signals import SignalsConfig
from banso.config.web import ONBOARDING_FIELD, Onboarding

TableName = Literal["accounts", "users", "memberships", "events", "touchpoints", "revenue"]
FileFormat = Literal["csv", "parquet", "jsonl"]


class StrictModel(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def check_timezone(value: str) -> str:
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ValueError(
            f"unknown time zone {value!r}; use an IANA name such as 'Asia/Tokyo', 'UTC' or 'Europe/Berlin'"
        ) from exc
    return value


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
        if self.url and _has_password(self.url):
            raise ValueError("the url holds a password; keep credentials out of banso.yaml and set "
                             "BANSO_STORE_URL in the environment instead")
        return self


def _has_password(url: str) -> bool:
    """True when `url` carries `user:password@` credentials."""
    return bool(re.match(r"^[a-z][a-z0-9+.-]*://[^/@:]+:[^/@]*@", url, re.IGNORECASE))


class AppStateConfig(StrictModel):
    """Where logins, alert states, saved segments and notes live."""

    url: str | None = Field(
        None, description="SQLAlchemy URL; empty means SQLite in the workspace (app.db). Env: BANSO_APP_STATE_URL"
    )


class SourceConfig(StrictModel):
    """How one kind of export maps onto a canonical table."""

    table: TableName
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


class EventsConfig(StrictModel):
    """Which events mean what for the metrics."""

    passive: list[str] = Field(default_factory=list, description="events that are not real use")
    features: list[str] = Field(default_factory=list, description="events counted for feature breadth")
    key_actions: list[str] = Field(default_factory=list, description="shown per week as Company Activity")


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
    signals: SignalsConfig = Field(default_factory=SignalsConfig,  # type: ignore[arg-type]
                                   description="indicator rules and alert routing (see README: Alerts)")
    evidence: EvidenceConfig = Field(default_factory=EvidenceConfig,  # type: ignore[arg-type]
                                     description="CS support and gross margin for the evidence reports")

    _tz = field_validator("timezone")(check_timezone)

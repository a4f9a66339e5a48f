"""Load `banso.yaml` into a `WorkspaceConfig`, turning every problem into one clear message.

Each message names the file, the line, the key and what would be valid, e.g.

    banso.yaml:7: sources.crm.colums: unknown key; valid keys are: table, format, columns, …
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any, get_args, get_origin

from pydantic import BaseModel, ValidationError

from banso.config.health import HealthModel, ModelFile, check_health
from banso.config.lifecycle import check_lifecycle
from banso.config.metrics import MetricSpec
from banso.config.models import WorkspaceConfig, has_password, source_url_env
from banso.config.playbooks import check_playbooks
from banso.config.problems import is_branch, plain, useful
from banso.config.yaml_source import Loc, YamlDocument, read_yaml
from banso.errors import ConfigError
from banso.model import SOURCE_TABLES


def load_config(path: Path) -> WorkspaceConfig:
    """Read and validate a workspace configuration file."""
    doc = read_yaml(path)
    if not isinstance(doc.data, dict):
        raise ConfigError(f"{path}:1: the file must hold a mapping of settings (key: value)")
    try:
        config = WorkspaceConfig.model_validate(doc.data)
    except ValidationError as exc:
        raise ConfigError(describe_errors(exc, doc)) from None
    problems = (_check_sources(config, doc) + _check_connectors(config, doc) + check_health(config, doc)
                + check_lifecycle(config, doc) + check_playbooks(config, doc) + _check_schedule(config, doc))
    if problems:
        raise ConfigError("\n".join(problems))
    return config


def describe_errors(exc: ValidationError, doc: YamlDocument, root: type[BaseModel] = WorkspaceConfig) -> str:
    """One line per validation error: file:line: key: what is wrong (and what would be valid)."""
    messages = []
    for err in useful(exc.errors()):
        loc: Loc = _without_tags(tuple(err["loc"]), doc.data)
        key = ".".join(str(p) for p in loc) or "(top level)"
        if err["type"] == "extra_forbidden":
            valid = ", ".join(_valid_keys(root, tuple(err["loc"])[:-1]))
            text = f"unknown key; valid keys here are: {valid}"
        elif err["type"] == "missing":
            text = "required key is missing"
        else:
            text = plain(err)
        line = f"{doc.where(loc)}: {key}: {text}"
        if line not in messages:
            messages.append(line)
    return "\n".join(messages)


def _without_tags(loc: Loc, data: Any) -> Loc:
    """Drop the discriminator values pydantic inserts into locations of tagged unions.

    `metrics.tickets.touchpoint_count.kinds` becomes `metrics.tickets.kinds`, the path in the file.
    """
    out: list[str | int] = []
    for part in loc:
        if isinstance(data, dict) and part not in data and (part in (data.get("kind"), data.get("type"))
                                                            or is_branch(part)):
            continue
        out.append(part)
        data = data.get(part) if isinstance(data, dict) else (
            data[part] if isinstance(data, list) and isinstance(part, int) and part < len(data) else None)
    return tuple(out)


def _valid_keys(model: type[BaseModel], loc: Loc) -> list[str]:
    """The field names of the model found at `loc` (dict levels are stepped over by key)."""
    current: Any = model
    for part in loc:
        if isinstance(current, type) and issubclass(current, BaseModel):
            field = current.model_fields.get(str(part))
            if field is None:
                return []
            current = field.annotation
        elif _tagged(current, part) is not None:
            current = _tagged(current, part)
        elif _named_member(current, part) is not None:  # pydantic names the union member it tried: `Bilingual`
            current = _named_member(current, part)
        else:
            args = getattr(current, "__args__", ())
            current = args[-1] if args else None
    if isinstance(current, type) and issubclass(current, BaseModel):
        return list(current.model_fields)
    args = [a for a in getattr(current, "__args__", ()) if isinstance(a, type) and issubclass(a, BaseModel)]
    return list(args[0].model_fields) if args else []


def _named_member(annotation: Any, name: str | int) -> type[BaseModel] | None:
    """The model of a plain union (a label: text or `{ja, en}`) that pydantic's error location names."""
    while get_origin(annotation) is Annotated:
        annotation = get_args(annotation)[0]
    models = [m for m in get_args(annotation) if isinstance(m, type) and issubclass(m, BaseModel)]
    # a model with a validator is named after it: `function-after[_one_at_least(), Bilingual]`
    return next((m for m in models if str(name) == m.__name__ or str(name).endswith(f", {m.__name__}]")), None)


def _tagged(annotation: Any, tag: str | int) -> type[BaseModel] | None:
    """The member of a tagged union (e.g. a metric spec) whose `kind`/`type` literal is `tag`."""
    while get_origin(annotation) is Annotated:
        annotation = get_args(annotation)[0]
    for member in get_args(annotation):
        if isinstance(member, type) and issubclass(member, BaseModel):
            for name in ("kind", "type"):
                field = member.model_fields.get(name)
                if field is not None and tag in get_args(field.annotation):
                    return member
    return None


def _check_sources(config: WorkspaceConfig, doc: YamlDocument) -> list[str]:
    """Column mappings may only name canonical fields of their table."""
    problems = []
    for name, source in config.sources.items():
        table = SOURCE_TABLES[source.table]
        if source.database is not None and source.database.url and has_password(source.database.url):
            url_loc: Loc = ("sources", name, "database", "url")
            problems.append(f"{doc.where(url_loc)}: sources.{name}.database.url: the url holds a password; keep "
                            f"credentials out of banso.yaml and set {source_url_env(name)} in the environment instead")
        valid = [c.name for c in table.loadable if c.name != table.extra]
        for section in ("columns", "defaults"):
            for field in getattr(source, section):
                if field not in valid:
                    loc: Loc = ("sources", name, section, field)
                    problems.append(
                        f"{doc.where(loc)}: sources.{name}.{section}.{field}: "
                        f"'{field}' is not a field of table {source.table}; valid fields are: {', '.join(valid)}"
                    )
    return problems


def _check_schedule(config: WorkspaceConfig, doc: YamlDocument) -> list[str]:
    """Each folder of `schedule.folders` is loaded with a file source of `sources`."""
    problems = []
    for name in config.schedule.folders:
        loc: Loc = ("schedule", "folders", name)
        source = config.sources.get(name)
        if source is None:
            known = ", ".join(n for n, s in config.sources.items() if s.database is None) or "(none yet)"
            problems.append(f"{doc.where(loc)}: schedule.folders.{name}: no source named {name!r} in `sources`; "
                            f"a folder is loaded with a file source: {known}")
        elif source.database is not None:
            problems.append(f"{doc.where(loc)}: schedule.folders.{name}: source {name!r} reads a database, not "
                            "files; its table is read by the daily run already (schedule.database_sources)")
    return problems
def _check_connectors(config: WorkspaceConfig, doc: YamlDocument) -> list[str]:
    """Connector and segment-sync names, mapped fields and targets (banso.config.connectors)."""
    from banso.config.connectors import check_connectors

    valid = {name: [c.name for c in t.loadable if c.name != t.extra] for name, t in SOURCE_TABLES.items()}
    found = check_connectors(dict(config.connectors), dict(config.segment_syncs), dict(config.sources), valid)
    return [f"{doc.where(loc)}: {'.'.join(map(str, loc))}: {text}" for loc, text in found]


def load_model_file(path: Path, config: WorkspaceConfig) -> tuple[HealthModel, dict[str, MetricSpec]]:
    """Read a model for `banso score --model`: a file with `health:` (and optionally `metrics:`),
    such as another banso.yaml, or a bare model (`dimensions:` at the top)."""
    doc = read_yaml(path)
    data = doc.data
    if not isinstance(data, dict):
        raise ConfigError(f"{path}:1: a health model file must hold a mapping (health: …)")
    if "health" in data:
        picked = {"health": data["health"], "metrics": data.get("metrics") or {}}
    else:  # a bare model: locate its keys as if they were under `health:`
        picked = {"health": data}
        doc.lines = {("health", *k): v for k, v in doc.lines.items()}
    doc.data = picked
    try:
        parsed = ModelFile.model_validate(picked)
    except ValidationError as exc:
        raise ConfigError(describe_errors(exc, doc, ModelFile)) from None
    problems = check_health(config, doc, ("health",), parsed.health, parsed.metrics)
    if problems:
        raise ConfigError("\n".join(problems))
    return parsed.health, {**config.metrics, **parsed.metrics}

"""Read YAML while remembering the line of every key, so errors can point at it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from banso.errors import ConfigError

Loc = tuple[str | int, ...]
# libyaml's parser when PyYAML was built with it (the wheels are): one parse, in C, gives both the nodes
# (for the lines) and the data
_Loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class YamlDocument:
    """A parsed YAML file: its data, and the line (1-based) where each path starts."""

    def __init__(self, path: Path, data: Any, lines: dict[Loc, int]):
        self.path = path
        self.data = data
        self.lines = lines

    def line_of(self, loc: Loc) -> int | None:
        """The line of the deepest part of `loc` that exists in the file."""
        for cut in range(len(loc), -1, -1):
            line = self.lines.get(tuple(loc[:cut]))
            if line is not None:
                return line
        return None

    def where(self, loc: Loc) -> str:
        line = self.line_of(loc)
        return f"{self.path}:{line}" if line else str(self.path)


def read_yaml(path: Path) -> YamlDocument:
    """Parse `path`; a syntax error becomes a ConfigError with file and line."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise ConfigError(f"{path}: file not found") from exc
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path}: not UTF-8 text ({exc.reason})") from exc
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        data = None if node is None else loader.construct_document(node)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        line = f":{mark.line + 1}" if mark is not None else ""
        raise ConfigError(f"{path}{line}: invalid YAML: {exc.problem}") from exc
    finally:
        loader.dispose()
    lines: dict[Loc, int] = {}
    twice: list[str] = []
    if node is not None:
        _index(node, (), lines, twice)
    if twice:
        raise ConfigError("\n".join(f"{path}:{problem}" for problem in twice))
    return YamlDocument(path, {} if data is None else data, lines)


def _index(node: yaml.Node, loc: Loc, lines: dict[Loc, int], twice: list[str]) -> None:
    """Note the line of every key under `node`, and in `twice` each key its mapping already has.

    YAML allows a key once per mapping; PyYAML keeps the last value without a word, so a setting written
    again further down (two `login:` under `events.labels`) silently replaced the first.
    """
    lines.setdefault(loc, node.start_mark.line + 1)
    if isinstance(node, yaml.MappingNode):
        first: dict[object, int] = {}
        for key_node, value_node in node.value:
            key, line = key_node.value, key_node.start_mark.line + 1
            if isinstance(key, str) and key != "<<":  # `<<` merges another mapping in; it may come again
                if key in first:
                    name = ".".join(str(p) for p in (*loc, key))
                    twice.append(f"{line}: {name}: written twice (first on line {first[key]}); only one may stay")
                first.setdefault(key, line)
            lines[(*loc, key)] = line
            _index(value_node, (*loc, key), lines, twice)
            lines[(*loc, key)] = line
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            _index(item, (*loc, i), lines, twice)

"""The part of SOQL the Salesforce stand-in answers: the fields of one object (with parent fields such
as `Owner.Name`), a WHERE of comparisons joined by AND, ORDER BY one field, LIMIT; the queries
`banso.connectors.salesforce.soql` writes.

Literals follow the SOQL reference: 'quoted strings' (backslash escapes), numbers, true/false, null,
dates (2026-04-01) and dateTimes (2026-04-01T09:30:00Z or with an offset), and IN (…) lists.
Anything else is a MALFORMED_QUERY, as Salesforce would answer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

_TOKEN = re.compile(r"""\s*(?:
    (?P<str>'(?:\\.|[^'\\])*')
  | (?P<dt>\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2}))
  | (?P<date>\d{4}-\d{2}-\d{2})
  | (?P<num>-?\d+(?:\.\d+)?)
  | (?P<op><=|>=|!=|<>|=|<|>|\(|\)|,)
  | (?P<word>[A-Za-z_][A-Za-z0-9_.]*)
)""", re.VERBOSE)


class SoqlError(ValueError):
    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code


@dataclass
class Condition:
    field: str
    op: str  # = != < <= > >= IN
    value: Any


@dataclass
class Query:
    obj: str
    fields: list[str]
    where: list[Condition]
    order: str | None
    descending: bool
    limit: int | None


def tokens(text: str) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    pos = 0
    text = text.strip()
    while pos < len(text):
        m = _TOKEN.match(text, pos)
        if not m or m.end() == pos:
            raise SoqlError("MALFORMED_QUERY", f"unexpected token at: {text[pos:pos + 20]!r}")
        kind = m.lastgroup or ""
        out.append((kind, m.group(kind)))
        pos = m.end()
    return out


def parse(text: str) -> Query:
    toks = tokens(text)
    i = 0

    def word(expected: str | None = None) -> str:
        nonlocal i
        if i >= len(toks) or toks[i][0] != "word" or (expected and toks[i][1].upper() != expected):
            got = toks[i][1] if i < len(toks) else "end of query"
            raise SoqlError("MALFORMED_QUERY", f"expected {expected or 'a name'}, found {got!r}")
        i += 1
        return toks[i - 1][1]

    def literal() -> Any:
        nonlocal i
        kind, value = toks[i]
        i += 1
        if kind == "str":
            return re.sub(r"\\(.)", r"\1", value[1:-1])
        if kind == "dt":
            return datetime.fromisoformat(value.replace("Z", "+00:00"))
        if kind == "date":
            return date.fromisoformat(value)
        if kind == "num":
            return float(value)
        if kind == "word" and value.lower() in ("true", "false"):
            return value.lower() == "true"
        if kind == "word" and value.lower() == "null":
            return None
        raise SoqlError("MALFORMED_QUERY", f"unexpected {value!r}")

    word("SELECT")
    fields = [word()]
    while i < len(toks) and toks[i][1] == ",":
        i += 1
        fields.append(word())
    word("FROM")
    obj = word()
    where: list[Condition] = []
    order, descending, limit = None, False, None
    if i < len(toks) and toks[i][1].upper() == "WHERE":
        i += 1
        while True:
            field = word()
            if i < len(toks) and toks[i][1].upper() == "IN":
                i += 1
                if toks[i][1] != "(":
                    raise SoqlError("MALFORMED_QUERY", "IN needs a list in parentheses")
                i += 1
                values = [literal()]
                while toks[i][1] == ",":
                    i += 1
                    values.append(literal())
                if toks[i][1] != ")":
                    raise SoqlError("MALFORMED_QUERY", "unclosed IN list")
                i += 1
                where.append(Condition(field, "IN", values))
            else:
                if i >= len(toks) or toks[i][0] != "op":
                    raise SoqlError("MALFORMED_QUERY", f"expected an operator after {field}")
                op = "!=" if toks[i][1] == "<>" else toks[i][1]
                i += 1
                where.append(Condition(field, op, literal()))
            if i < len(toks) and toks[i][1].upper() == "AND":
                i += 1
                continue
            break
    if i < len(toks) and toks[i][1].upper() == "ORDER":
        i += 1
        word("BY")
        order = word()
        if i < len(toks) and toks[i][1].upper() in ("ASC", "DESC"):
            descending = toks[i][1].upper() == "DESC"
            i += 1
    if i < len(toks) and toks[i][1].upper() == "LIMIT":
        i += 1
        limit = int(literal())
    if i != len(toks):
        raise SoqlError("MALFORMED_QUERY", f"unexpected {toks[i][1]!r}")
    return Query(obj, fields, where, order, descending, limit)


def matches(value: Any, cond: Condition) -> bool:
    """SOQL comparison of a stored value (text as the API returns it) with a literal."""
    target = cond.value
    if cond.op == "IN":
        return any(_eq(value, t) for t in target)
    if target is None:
        return (value is None) == (cond.op == "=")
    if value is None:
        return cond.op == "!="
    left, right = _comparable(value, target)
    return {"=": left == right, "!=": left != right, "<": left < right, "<=": left <= right,
            ">": left > right, ">=": left >= right}[cond.op]


def _eq(value: Any, target: Any) -> bool:
    if value is None or target is None:
        return value is target
    left, right = _comparable(value, target)
    return bool(left == right)


def _comparable(value: Any, target: Any) -> tuple[Any, Any]:
    if isinstance(target, datetime):
        return datetime.fromisoformat(str(value).replace("+0000", "+00:00").replace("Z", "+00:00")), target
    if isinstance(target, date):
        return date.fromisoformat(str(value)[:10]), target
    if isinstance(target, bool):
        return bool(value), target
    if isinstance(target, float):
        return float(value), target
    return str(value), target

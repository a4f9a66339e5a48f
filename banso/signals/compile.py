"""Compile a parsed rule to a boolean query-layer expression over the per-account frame.

Names become columns, literals become typed literals, functions become expressions; nothing is
ever turned into SQL text here, and a name the frame does not have is an error at its position.
Missing values follow SQL: a comparison with no value is not true, so a rule never fires on an
account for which one of its inputs is unknown (use `coalesce(x, fallback)` to decide otherwise).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import ibis
import ibis.expr.types as ir

from banso.config.rule_language import (
    Binary,
    Call,
    Const,
    In,
    Name,
    Node,
    Num,
    RuleError,
    Str,
    Unary,
    history_needs,
    names_in,
    parse,
)
from banso.signals.frame import BAND_RANK, Needs, history_column


@dataclass(frozen=True)
class CompiledRule:
    name: str
    text: str
    tree: Node
    needs: Needs


def prepare(name: str, text: str, known: Iterable[str]) -> CompiledRule:
    """Parse a rule and check every name it reads against `known` (base columns and metrics)."""
    tree = parse(name, text)
    known = set(known)
    _check_names(name, text, tree, known)
    return CompiledRule(name, text, tree, Needs(frozenset(names_in(tree)), frozenset(history_needs(tree))))


def _check_names(rule: str, text: str, node: Node, known: set[str]) -> None:
    match node:
        case Name(name=n, pos=p) if n not in known:
            close = sorted(k for k in known if n[:4] in k)[:6]
            hint = f"; did you mean {', '.join(close)}?" if close else "; `banso alerts names` lists them"
            raise RuleError(rule, text, p, f"unknown name '{n}'{hint}")
        case Call(name=f, args=args) if f in ("change", "ratio", "baseline"):
            metric = args[0]
            assert isinstance(metric, Name)
            if metric.name not in known or metric.name in _NOT_METRICS:
                raise RuleError(rule, text, metric.pos, f"{f}() needs a metric or `score`, not '{metric.name}'")
            for a in args[1:]:
                _check_names(rule, text, a, known)
        case Call(args=args):
            for a in args:
                _check_names(rule, text, a, known)
        case Unary(operand=o) | In(operand=o):
            _check_names(rule, text, o, known)
        case Binary(left=left, right=right):
            _check_names(rule, text, left, known)
            _check_names(rule, text, right, known)


_NOT_METRICS = {"account_id", "name", "tier", "plan", "owner", "status", "band", "previous_band"}


def compile_rule(rule: CompiledRule, frame: ir.Table) -> ir.BooleanValue:
    """The rule as a boolean expression over `frame`; NULL (unknown) counts as not firing."""
    value = _expr(rule, rule.tree, frame)
    if not isinstance(value, ir.BooleanValue):
        raise RuleError(rule.name, rule.text, 0, "the rule must be a condition (a comparison, and/or/not), not a value")
    return value.fill_null(False)


def _expr(rule: CompiledRule, node: Node, t: ir.Table) -> ir.Value:
    match node:
        case Num(value=v):
            return ibis.literal(v, type="float64")
        case Str(value=v):
            return ibis.literal(v, type="string")
        case Const(value=None):
            return ibis.null()
        case Const(value=v):
            return ibis.literal(v, type="boolean")
        case Name(name=n):
            col = t[n]
            return col.cast("float64") if col.type().is_integer() else col
        case Unary(op="-", operand=o):
            return -_num(rule, o, t)
        case Unary(op="not", operand=o):
            return ~_bool(rule, o, t)
        case Binary(op="and", left=left, right=right):
            return _bool(rule, left, t) & _bool(rule, right, t)
        case Binary(op="or", left=left, right=right):
            return _bool(rule, left, t) | _bool(rule, right, t)
        case Binary(op=op, left=left, right=right) if op in "+-*/":
            a, b = _num(rule, left, t), _num(rule, right, t)
            if op == "+":
                return a + b
            if op == "-":
                return a - b
            if op == "*":
                return a * b
            return a / b.nullif(0.0)
        case Binary(op=op, left=left, right=right, pos=pos):
            return _compare(rule, op, _expr(rule, left, t), _expr(rule, right, t), pos)
        case In(operand=o, options=options):
            return _expr(rule, o, t).isin([opt.value for opt in options])
        case Call(name="band_changed"):
            return t.band.notnull() & t.previous_band.notnull() & (t.band != t.previous_band)
        case Call(name="band_dropped"):
            return _band_rank(t.band) < _band_rank(t.previous_band)
        case Call(name=f, args=args) if f in ("change", "ratio", "baseline"):
            metric = args[0]
            assert isinstance(metric, Name)
            default = 8 if f == "baseline" else 1
            weeks = int(args[1].value) if len(args) == 2 and isinstance(args[1], Num) else default
            return t[history_column(f, metric.name, weeks)]
        case Call(name="abs", args=(x,)):
            return _num(rule, x, t).abs()
        case Call(name="min", args=(a, b)):
            return ibis.least(_num(rule, a, t), _num(rule, b, t))
        case Call(name="max", args=(a, b)):
            return ibis.greatest(_num(rule, a, t), _num(rule, b, t))
        case Call(name="coalesce", args=(a, b)):
            return ibis.coalesce(_expr(rule, a, t), _expr(rule, b, t))
    raise RuleError(rule.name, rule.text, getattr(node, "pos", 0), "cannot use this here")


def _band_rank(col: ir.Value) -> ir.Value:
    case = ibis.cases(*((col == band, rank) for band, rank in BAND_RANK.items()), else_=None)
    return case


def _num(rule: CompiledRule, node: Node, t: ir.Table) -> ir.NumericValue:
    v = _expr(rule, node, t)
    if isinstance(v, ir.NumericValue):
        return v
    if isinstance(v, ir.NullScalar):
        return v.cast("float64")  # type: ignore[return-value]
    raise RuleError(rule.name, rule.text, getattr(node, "pos", 0), "expected a number here")


def _bool(rule: CompiledRule, node: Node, t: ir.Table) -> ir.BooleanValue:
    v = _expr(rule, node, t)
    if isinstance(v, ir.BooleanValue):
        return v
    raise RuleError(rule.name, rule.text, getattr(node, "pos", 0), "expected a condition here (a comparison)")


def _compare(rule: CompiledRule, op: str, a: ir.Value, b: ir.Value, pos: int) -> ir.BooleanValue:
    numeric = isinstance(a, ir.NumericValue) or isinstance(b, ir.NumericValue)
    text = isinstance(a, ir.StringValue) or isinstance(b, ir.StringValue)
    if numeric and text:
        raise RuleError(rule.name, rule.text, pos, "cannot compare a number with a text")
    if text and op not in ("==", "!="):
        raise RuleError(rule.name, rule.text, pos, "texts are compared with == or != only")
    ops = {"<": a < b, "<=": a <= b, ">": a > b, ">=": a >= b, "==": a == b, "!=": a != b}
    return ops[op]  # type: ignore[return-value]

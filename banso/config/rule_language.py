"""The rule language: a small expression grammar parsed into a tree, never evaluated by Python.

    rule      := or
    or        := and ("or" and)*
    and       := not ("and" not)*
    not       := "not" not | compare
    compare   := sum (("<" | "<=" | ">" | ">=" | "==" | "!=") sum | "in" "(" literal ("," literal)* ")")?
    sum       := product (("+" | "-") product)*
    product   := unary (("*" | "/") unary)*
    unary     := "-" unary | atom
    atom      := NUMBER | STRING | "true" | "false" | "null" | NAME | NAME "(" args ")" | "(" rule ")"

Names are columns of the per-account frame (metrics, score, band, contract fields); functions are
a fixed list (`FUNCTIONS`). The language is part of the configuration (banso.yaml's rules are parsed
with it when the file is read); `banso.signals.compile` turns the tree into a query-layer expression,
so a rule can only ever read the frame: there is no way to reach SQL or Python from a rule.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from banso.errors import ConfigError

COMPARISONS = ("<=", ">=", "==", "!=", "<", ">")
KEYWORDS = {"and", "or", "not", "in", "true", "false", "null"}

# name -> (min args, max args, what the arguments are)
FUNCTIONS: dict[str, tuple[int, int, str]] = {
    "change": (1, 2, "change(metric, weeks=1): the metric now minus the metric `weeks` snapshots ago"),
    "ratio": (1, 2, "ratio(metric, weeks=1): the metric now divided by the metric `weeks` weeks ago"),
    "baseline": (1, 2, "baseline(metric, weeks=8): the metric's mean over the `weeks` weeks before now"),
    "band_changed": (0, 0, "band_changed(): the band differs from last week's"),
    "band_dropped": (0, 0, "band_dropped(): the band fell (Good→Normal, Normal→Bad, Good→Bad) since last week"),
    "abs": (1, 1, "abs(x)"),
    "min": (2, 2, "min(a, b)"),
    "max": (2, 2, "max(a, b)"),
    "coalesce": (2, 2, "coalesce(x, fallback): x, or fallback when x has no value"),
}
# Functions whose first argument must be a metric name.
METRIC_FUNCTIONS = ("change", "ratio", "baseline")


class RuleError(ConfigError):
    """A rule that does not parse or names something unknown; says which rule, where, and what was expected."""

    def __init__(self, rule: str, text: str, pos: int, message: str):
        pointer = f"\n    {text}\n    {' ' * pos}^"
        super().__init__(f"rule '{rule}', column {pos + 1}: {message}{pointer}")
        self.rule, self.pos = rule, pos


# -- the tree -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Num:
    value: float
    pos: int


@dataclass(frozen=True)
class Str:
    value: str
    pos: int


@dataclass(frozen=True)
class Const:
    value: bool | None
    pos: int


@dataclass(frozen=True)
class Name:
    name: str
    pos: int


@dataclass(frozen=True)
class Call:
    name: str
    args: tuple[Node, ...]
    pos: int


@dataclass(frozen=True)
class Unary:
    op: str  # "-" or "not"
    operand: Node
    pos: int


@dataclass(frozen=True)
class Binary:
    op: str  # arithmetic, comparison, "and", "or"
    left: Node
    right: Node
    pos: int


@dataclass(frozen=True)
class In:
    operand: Node
    options: tuple[Num | Str, ...]
    pos: int


Node = Num | Str | Const | Name | Call | Unary | Binary | In


# -- tokens ---------------------------------------------------------------------------------------

_TOKEN = re.compile(
    r"\s*(?:(?P<num>\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)"
    r"|(?P<str>\"[^\"\\]*\"|'[^'\\]*')"
    r"|(?P<name>[A-Za-z_][A-Za-z0-9_]*)"
    r"|(?P<op><=|>=|==|!=|[<>+\-*/(),]))"
)


@dataclass(frozen=True)
class Token:
    kind: str  # num, str, name, op, end
    text: str
    pos: int


def tokenize(rule: str, text: str) -> list[Token]:
    tokens: list[Token] = []
    pos = 0
    while pos < len(text):
        if text[pos:].strip() == "":
            break
        m = _TOKEN.match(text, pos)
        if m is None or m.lastgroup is None:
            start = len(text) - len(text[pos:].lstrip())
            raise RuleError(rule, text, start, f"unexpected character {text[start]!r}")
        start = m.start(m.lastgroup)
        tokens.append(Token(m.lastgroup, m.group(m.lastgroup), start))
        pos = m.end()
    tokens.append(Token("end", "", len(text)))
    return tokens


# -- parser ---------------------------------------------------------------------------------------


class _Parser:
    def __init__(self, rule: str, text: str):
        self.rule, self.text = rule, text
        self.tokens = tokenize(rule, text)
        self.i = 0

    @property
    def tok(self) -> Token:
        return self.tokens[self.i]

    def fail(self, expected: str, tok: Token | None = None) -> RuleError:
        t = tok or self.tok
        found = "the end of the rule" if t.kind == "end" else repr(t.text)
        return RuleError(self.rule, self.text, t.pos, f"expected {expected}, found {found}")

    def take(self, kind: str, text: str | None = None) -> Token | None:
        t = self.tok
        if t.kind == kind and (text is None or t.text == text):
            self.i += 1
            return t
        return None

    def word(self, w: str) -> Token | None:
        return self.take("name", w)

    def parse(self) -> Node:
        if self.tok.kind == "end":
            raise self.fail("a condition")
        node = self.or_()
        if self.tok.kind != "end":
            raise self.fail("'and', 'or', a comparison or the end of the rule")
        return node

    def or_(self) -> Node:
        node = self.and_()
        while t := self.word("or"):
            node = Binary("or", node, self.and_(), t.pos)
        return node

    def and_(self) -> Node:
        node = self.not_()
        while t := self.word("and"):
            node = Binary("and", node, self.not_(), t.pos)
        return node

    def not_(self) -> Node:
        if t := self.word("not"):
            return Unary("not", self.not_(), t.pos)
        return self.compare()

    def compare(self) -> Node:
        left = self.sum_()
        t = self.tok
        if t.kind == "op" and t.text in COMPARISONS:
            self.i += 1
            return Binary(t.text, left, self.sum_(), t.pos)
        if self.word("in"):
            if not self.take("op", "("):
                raise self.fail("'(' and a list of values after 'in'")
            options: list[Num | Str] = []
            while True:
                v = self.tok
                if v.kind == "num":
                    options.append(Num(float(v.text), v.pos))
                elif v.kind == "str":
                    options.append(Str(v.text[1:-1], v.pos))
                else:
                    raise self.fail("a number or a quoted text in the 'in' list")
                self.i += 1
                if self.take("op", ")"):
                    return In(left, tuple(options), t.pos)
                if not self.take("op", ","):
                    raise self.fail("',' or ')'")
        return left

    def sum_(self) -> Node:
        node = self.product()
        while self.tok.kind == "op" and self.tok.text in "+-":
            t = self.tok
            self.i += 1
            node = Binary(t.text, node, self.product(), t.pos)
        return node

    def product(self) -> Node:
        node = self.unary()
        while self.tok.kind == "op" and self.tok.text in "*/":
            t = self.tok
            self.i += 1
            node = Binary(t.text, node, self.unary(), t.pos)
        return node

    def unary(self) -> Node:
        if t := self.take("op", "-"):
            return Unary("-", self.unary(), t.pos)
        return self.atom()

    def atom(self) -> Node:
        t = self.tok
        if t.kind == "num":
            self.i += 1
            return Num(float(t.text), t.pos)
        if t.kind == "str":
            self.i += 1
            return Str(t.text[1:-1], t.pos)
        if t.kind == "op" and t.text == "(":
            self.i += 1
            node = self.or_()
            if not self.take("op", ")"):
                raise self.fail("')'")
            return node
        if t.kind == "name":
            if t.text in ("true", "false", "null"):
                self.i += 1
                return Const({"true": True, "false": False, "null": None}[t.text], t.pos)
            if t.text in KEYWORDS:
                raise self.fail("a value, a name or a function")
            self.i += 1
            if self.take("op", "("):
                return self.call(t)
            return Name(t.text, t.pos)
        raise self.fail("a value, a name or a function")

    def call(self, name: Token) -> Call:
        if name.text not in FUNCTIONS:
            known = ", ".join(sorted(FUNCTIONS))
            raise RuleError(self.rule, self.text, name.pos, f"unknown function '{name.text}'; functions are: {known}")
        args: list[Node] = []
        if not self.take("op", ")"):
            while True:
                args.append(self.or_())
                if self.take("op", ")"):
                    break
                if not self.take("op", ","):
                    raise self.fail("',' or ')'")
        lo, hi, usage = FUNCTIONS[name.text]
        if not lo <= len(args) <= hi:
            raise RuleError(self.rule, self.text, name.pos, f"{name.text}() takes {lo}–{hi} argument(s): {usage}")
        if name.text in METRIC_FUNCTIONS:
            if not isinstance(args[0], Name):
                raise RuleError(self.rule, self.text, name.pos, f"the first argument of {name.text}() is a metric name")
            if len(args) == 2 and not (isinstance(args[1], Num) and args[1].value == int(args[1].value)
                                       and 1 <= args[1].value <= 52):
                raise RuleError(self.rule, self.text, name.pos, f"{name.text}(): weeks is a whole number from 1 to 52")
        return Call(name.text, tuple(args), name.pos)


def parse(rule: str, text: str) -> Node:
    """The tree of `text`, or a RuleError naming the rule, the column and what was expected."""
    return _Parser(rule, text).parse()


def names_in(node: Node) -> set[str]:
    """Every frame name the rule reads directly (not inside change/ratio/baseline)."""
    match node:
        case Name(name=n):
            return {n}
        case Call(name=f, args=args) if f in METRIC_FUNCTIONS:
            return set().union(*(names_in(a) for a in args[1:]))
        case Call(args=args):
            return set().union(*(names_in(a) for a in args))
        case Unary(operand=o):
            return names_in(o)
        case Binary(left=left, right=right):
            return names_in(left) | names_in(right)
        case In(operand=o):
            return names_in(o)
    return set()


def history_needs(node: Node) -> set[tuple[str, str, int]]:
    """(function, metric, weeks) for every change/ratio/baseline in the rule."""
    match node:
        case Call(name=f, args=args) if f in METRIC_FUNCTIONS:
            metric = args[0]
            assert isinstance(metric, Name)
            default = 8 if f == "baseline" else 1
            weeks = int(args[1].value) if len(args) == 2 and isinstance(args[1], Num) else default
            return {(f, metric.name, weeks)}
        case Call(args=args):
            return set().union(*(history_needs(a) for a in args))
        case Unary(operand=o):
            return history_needs(o)
        case Binary(left=left, right=right):
            return history_needs(left) | history_needs(right)
        case In(operand=o):
            return history_needs(o)
    return set()

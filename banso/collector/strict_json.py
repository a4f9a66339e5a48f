"""JSON from clients, parsed so that no body can crash the collector or poison the store.

Python's `json` accepts documents that break what comes after it: nesting deep enough to exhaust the
interpreter's recursion limit (RecursionError), integers of thousands of digits (over 4,300 digits
`int()` raises ValueError), lone UTF-16 surrogates written as `"\\ud83c"` (valid JSON syntax, but such
a string has no UTF-8 encoding, so writing it to the spool fails), and `NaN` / `Infinity` (which the
store's JSON type refuses). Each used to be a 500; here each is a 400 that says what and where
(`batch[3].properties.title`), and nothing of the request is kept. `NaN`, `Infinity` and numbers that
overflow to infinity become null, as JavaScript's `JSON.stringify` writes them.

Text is strict UTF-8 (a byte-order mark is skipped). `decode_text(..., cesu8=True)` also accepts the
CESU-8 that some browser SDKs write (each half of a surrogate pair encoded on its own, three bytes
each, by a hand-written `utf8Encode`) and joins the halves back into one character.

The checks cost little and run in C: nesting and long numbers are looked for in the raw bytes with byte
translations and replacements (together about a third of what parsing takes), and the walk over
parsed values runs only when the text contains what the walk looks for.

>>> parse_json(b'{"batch": [{"title": "\\\\ud83c"}]}')
Traceback (most recent call last):
...
banso.collector.problems.Rejected: batch[0].title holds a lone UTF-16 surrogate (U+D83C), half of a character such as an emoji; text must be whole characters
>>> parse_json(b'{"n": NaN, "big": 1e999}')
{'n': None, 'big': None}
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable
from typing import Any

from banso.collector.problems import bad_request

MAX_DEPTH = 64  # nested arrays and objects, counting the envelope; event properties use a handful
MAX_DIGITS = 100  # no counter or id has more
_MAX_BITS = 332  # 10**100 - 1, the largest 100-digit number, has 333 bits

_SURROGATE = re.compile("[\ud800-\udfff]")
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F][0-9a-fA-F]{2}")
# Digits as '1', exponent signs as 'e', '+' kept, everything else '0': a run of MAX_DIGITS + 1 ones is a
# long number, 'e' before three digits an exponent that may overflow (a regular expression took 20 times longer).
_NUMBER_SHAPES = bytes(0x31 if 0x30 <= b <= 0x39 else 0x65 if b in b"eE" else 0x2B if b == 0x2B else 0x30
                       for b in range(256))
_LONG_RUN = b"1" * (MAX_DIGITS + 1)
_ESCAPE = re.compile(rb"\\.", re.S)
_NOT_STRUCTURE = bytes(b for b in range(256) if b not in b'[]{}"')
_EMPTY_PAIR = re.compile(rb"\[\]|\{\}")

Fix = Callable[[str], str | None]


def decode_text(data: bytes, what: str, *, cesu8: bool = False) -> str:
    """Strict UTF-8 (or CESU-8 when `cesu8`), or a 400 naming the first bad byte."""
    if data[:3] == b"\xef\xbb\xbf":
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        if cesu8:
            try:  # a pair encoded as two 3-byte halves: decode the halves, then join them through UTF-16
                halves = data.decode("utf-8", "surrogatepass")
                return halves.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "surrogatepass")
            except UnicodeDecodeError:
                pass
        bad = data[exc.start:exc.start + 1].hex()
        raise bad_request(f"the {what} is not UTF-8 text: byte 0x{bad} at offset {exc.start} {exc.reason}",
                          "invalid_encoding") from None


def nests_deeper(data: bytes, limit: int = MAX_DEPTH) -> bool:
    """Whether arrays and objects nest more than `limit` levels (brackets inside strings do not count).

    Only brackets and quotes are kept (escapes dropped first, so an escaped quote cannot end a string),
    the strings between quotes dropped, then one level of empty pairs is removed per round: a text
    with brackets left after `limit` rounds nests deeper. All in C, and without letting go of the
    interpreter lock, which a busy event loop waits to get back (numpy did, and cost a fifth of
    the collector's throughput).

    >>> nests_deeper(b'{"a": [1, {"b": []}], "c": "[[[[\\"[["}', 3), nests_deeper(b'[[1]]', 3)
    (True, False)
    """
    if b"\\" in data:
        data = _ESCAPE.sub(b"", data)
    structure = b"".join(data.translate(None, _NOT_STRUCTURE).split(b'"')[::2])
    for _ in range(limit):
        if not structure:
            return False
        inner = _EMPTY_PAIR.sub(b"", structure)
        if inner == structure:
            return False  # brackets that do not pair up: the parser will say where
        structure = inner
    return bool(structure)


def _too_deep_at(text: str, scan: int = 1 << 20) -> str:
    """Where the bracket that first passes MAX_DEPTH is, within the first `scan` characters; only once a
    body is refused."""
    depth, in_string, escaped, line, column = 0, False, False, 1, 0
    for ch in text[:scan]:
        column += 1
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                return f"level {MAX_DEPTH + 1} is at line {line} column {column}"
        elif ch in "]}":
            depth -= 1
        elif ch == "\n":
            line, column = line + 1, 0
    return f"past the first {scan:,} characters"


class _LongNumber:
    """What an over-long integer parses to while looking for where it is."""

    def __init__(self, digits: str):
        self.digits = len(digits.lstrip("-"))


def _parse_int(digits: str) -> int | _LongNumber:
    return _LongNumber(digits) if len(digits.lstrip("-")) > MAX_DIGITS else int(digits)


def parse_json(data: bytes | str, what: str = "request body", *, cesu8: bool = False, fix: Fix | None = None) -> Any:
    """JSON, or a 400 that names what is wrong and where.

    `fix(text)` may repair a string holding a lone surrogate (return the repaired string) or decline
    (return None, and the request is refused); protocols use it for what their SDKs are known to write.
    """
    raw = data.encode("utf-8", "surrogatepass") if isinstance(data, str) else data
    if not raw.strip():
        raise bad_request(f"the {what} is empty; expected JSON")
    text = data if isinstance(data, str) else decode_text(raw, what, cesu8=cesu8)
    if nests_deeper(raw):
        raise bad_request(f"the {what} nests arrays and objects more than {MAX_DEPTH} levels deep "
                          f"({_too_deep_at(text)}); at most {MAX_DEPTH} are accepted", "too_deep")
    try:
        doc = json.loads(text, parse_constant=lambda _: None)
    except json.JSONDecodeError as exc:
        raise bad_request(f"the {what} is not valid JSON: {exc.msg} at line {exc.lineno} column {exc.colno}",
                          "invalid_json") from None
    except ValueError:  # an integer past Python's 4,300 digits: find it to say where
        doc = json.loads(text, parse_constant=lambda _: None, parse_int=_parse_int)
        _walk(doc, fix)
        raise bad_request(f"the {what} holds a number too long to read", "invalid_number") from None
    except RecursionError:  # cannot happen below MAX_DEPTH; kept so that it can never be a 500
        raise bad_request(f"the {what} nests too deeply to read", "too_deep") from None
    if _SURROGATE_ESCAPE.search(text) or _long_numbers(raw) or (cesu8 and _SURROGATE.search(text)):
        doc = _walk(doc, fix)
    return doc


def _long_numbers(raw: bytes) -> bool:
    """Whether the text may hold a number too long or too large (then the values are walked)."""
    shapes = raw.translate(_NUMBER_SHAPES)
    return _LONG_RUN in shapes or b"e111" in shapes or b"e+111" in shapes


def _walk(doc: Any, fix: Fix | None) -> Any:
    """Refuse lone surrogates and long numbers, naming their path; non-finite numbers become null."""
    root = [doc]
    stack: list[tuple[dict[Any, Any] | list[Any], str]] = [(root, "")]
    while stack:
        container, path = stack.pop()
        items = container.items() if isinstance(container, dict) else enumerate(container)
        for key, value in list(items):
            if isinstance(key, str) and _SURROGATE.search(key):
                raise bad_request(f"{_join(path, key)} is a name holding a lone UTF-16 surrogate "
                                  f"({_first_surrogate(key)}); names must be whole characters", "invalid_text")
            if isinstance(value, dict | list):
                stack.append((value, _join(path, key) if container is not root else ""))
            elif isinstance(value, str):
                if _SURROGATE.search(value):
                    repaired = fix(value) if fix is not None else None
                    if repaired is None or _SURROGATE.search(repaired):
                        raise bad_request(
                            f"{_join(path, key)} holds a lone UTF-16 surrogate ({_first_surrogate(value)}), half of "
                            "a character such as an emoji; text must be whole characters", "invalid_text")
                    container[key] = repaired
            elif isinstance(value, float):
                if not math.isfinite(value):
                    container[key] = None
            elif isinstance(value, _LongNumber) or (
                    isinstance(value, int) and not isinstance(value, bool) and value.bit_length() > _MAX_BITS
                    and len(str(abs(value))) > MAX_DIGITS):
                digits = value.digits if isinstance(value, _LongNumber) else len(str(abs(value)))
                raise bad_request(f"{_join(path, key)} is a number of {digits:,} digits; at most {MAX_DIGITS} are "
                                  "accepted", "invalid_number")
    return root[0]


def _join(path: str, key: object) -> str:
    if isinstance(key, int):
        return f"{path}[{key}]" if path else f"[{key}]"
    return f"{path}.{key}" if path else str(key)


def _first_surrogate(text: str) -> str:
    found = _SURROGATE.search(text)
    return f"U+{ord(found.group()):04X}" if found else "?"


def cut_by_sdk(limit: int) -> Fix:
    """The repair for an SDK that cuts strings to `limit` UTF-16 code units, which can split the last
    character's surrogate pair: a string of exactly that length ending in half a pair loses the half.

    >>> cut_by_sdk(3)("ab\\ud83d"), cut_by_sdk(4)("ab\\ud83d")
    ('ab', None)
    """

    def fix(text: str) -> str | None:
        if not text or not "\ud800" <= text[-1] <= "\udbff":
            return None
        units = len(text) + sum(1 for ch in text if ord(ch) > 0xFFFF)
        return text[:-1] if units == limit else None

    return fix

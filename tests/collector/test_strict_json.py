"""Parsing client JSON: what used to crash the collector is a 400 naming the place; the rest parses as before.

Every case is a body as bytes and either the document it parses to or the status and words of its refusal.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from banso.collector.problems import Rejected
from banso.collector.strict_json import MAX_DEPTH, cut_by_sdk, decode_text, nests_deeper, parse_json

SUSHI = "🍣"  # U+1F363, a surrogate pair in UTF-16: \ud83c\udf63
HIGH, LOW = "\ud83c", "\udf63"


def cesu8(text: str) -> bytes:
    """UTF-8 written one UTF-16 code unit at a time, as mixpanel-browser's utf8Encode does."""
    units = text.encode("utf-16-le", "surrogatepass")
    halves = "".join(chr(int.from_bytes(units[i:i + 2], "little")) for i in range(0, len(units), 2))
    return halves.encode("utf-8", "surrogatepass")


PARSED: list[tuple[str, bytes, Any]] = [
    ("plain JSON", b'{"a": 1}', {"a": 1}),
    ("Japanese and emoji as UTF-8", '{"t": "日本語🍣"}'.encode(), {"t": "日本語🍣"}),
    ("an escaped surrogate pair is one character", b'{"t": "\\ud83c\\udf63"}', {"t": SUSHI}),
    ("a byte-order mark is skipped", b'\xef\xbb\xbf{"a": 1}', {"a": 1}),
    ("NaN and Infinity become null, as JSON.stringify writes them", b'{"a": NaN, "b": -Infinity}',
     {"a": None, "b": None}),
    ("a number that overflows to infinity becomes null", b'{"a": 1e999, "b": 1e308}', {"a": None, "b": 1e308}),
    ("100 digits is the most accepted", b'{"n": ' + b"9" * 100 + b"}", {"n": int("9" * 100)}),
    ("brackets inside strings do not nest", b'{"a": "' + b"[{" * 200 + b'\\"]"}', {"a": "[{" * 200 + '"]'}),
    (f"{MAX_DEPTH} levels is the deepest accepted", b"[" * MAX_DEPTH + b"]" * MAX_DEPTH,
     json.loads("[" * MAX_DEPTH + "]" * MAX_DEPTH)),
]

REFUSED: list[tuple[str, bytes, str]] = [
    ("1,000 levels of nesting", b"[" * 1000 + b"]" * 1000,
     f"nests arrays and objects more than {MAX_DEPTH} levels deep (level {MAX_DEPTH + 1} is at line 1 column "
     f"{MAX_DEPTH + 1})"),
    ("deep nesting hidden after a string of closing brackets", b'{"a": "]]]]", "b": ' + b"[" * 70 + b"]" * 70 + b"}",
     f"more than {MAX_DEPTH} levels deep (level {MAX_DEPTH + 1} is at line 1 column {19 + MAX_DEPTH})"),  # the outer object is level 1
    ("a 10,000-digit integer, named by its path", b'{"batch": [{"n": 1}, {"n": ' + b"1" * 10_000 + b"}]}",
     "batch[1].n is a number of 10,000 digits; at most 100 are accepted"),
    ("a 101-digit integer", b'{"p": {"n": -' + b"1" * 101 + b"}}", "p.n is a number of 101 digits"),
    ("an escaped lone high surrogate", b'{"batch": [{"properties": {"t": "\\ud83c"}}]}',
     "batch[0].properties.t holds a lone UTF-16 surrogate (U+D83C)"),
    ("an escaped lone low surrogate", b'["ok", "x\\udf63"]', "[1] holds a lone UTF-16 surrogate (U+DF63)"),
    ("a lone surrogate in a name", b'{"p": {"\\ud800": 1}}', "p.\\ud800 is a name holding a lone UTF-16 surrogate"),
    ("bytes that are not UTF-8", b'{"t": "\xff"}', "not UTF-8 text: byte 0xff at offset 7"),
    ("CESU-8 where it is not expected", b'{"t": "' + cesu8(SUSHI) + b'"}', "not UTF-8 text: byte 0xed at offset 7"),
    ("broken JSON", b'{"a": ', "not valid JSON: Expecting value at line 1 column 7"),
    ("an empty body", b"  ", "is empty; expected JSON"),
]


@pytest.mark.parametrize(("case", "body", "expected"), PARSED, ids=[c[0] for c in PARSED])
def test_what_parses(case: str, body: bytes, expected: Any) -> None:
    assert parse_json(body) == expected


@pytest.mark.parametrize(("case", "body", "says"), REFUSED, ids=[c[0] for c in REFUSED])
def test_what_is_refused_and_why(case: str, body: bytes, says: str) -> None:
    with pytest.raises(Rejected) as refused:
        parse_json(body)
    assert refused.value.status == 400
    assert says in refused.value.message
    refused.value.message.encode("utf-8")  # a message quoting the client's text can always be sent


def test_cesu8_is_joined_back_into_characters_where_an_sdk_writes_it() -> None:
    body = b'{"t": "' + cesu8("寿司" + SUSHI + "!") + b'"}'
    assert parse_json(body, cesu8=True) == {"t": "寿司" + SUSHI + "!"}
    lone = b'{"t": "' + cesu8("a") + HIGH.encode("utf-8", "surrogatepass") + b'"}'  # half a pair, even in CESU-8
    with pytest.raises(Rejected, match=r"t holds a lone UTF-16 surrogate \(U\+D83C\)"):
        parse_json(lone, cesu8=True)


def test_an_sdks_cut_at_its_length_limit_loses_only_the_half_character() -> None:
    cut = cut_by_sdk(255)
    # 253 letters + a whole emoji (2 units) = 255 units; cut to 255 units after 254 letters leaves half of one
    assert parse_json(json.dumps({"t": "a" * 254 + HIGH}).encode(), fix=cut) == {"t": "a" * 254}
    # the same half character in a shorter string is not the SDK's cut: refused
    with pytest.raises(Rejected, match="lone UTF-16 surrogate"):
        parse_json(json.dumps({"t": "a" * 100 + HIGH}).encode(), fix=cut)
    # a low half at the end never comes from a cut
    with pytest.raises(Rejected, match="lone UTF-16 surrogate"):
        parse_json(json.dumps({"t": "a" * 254 + LOW}).encode(), fix=cut)
    # emoji before the cut count two units each
    assert cut(SUSHI * 2 + "a" * 250 + HIGH) == SUSHI * 2 + "a" * 250


@pytest.mark.parametrize(("text", "depth"), [
    (b'{"a": [1, {"b": []}], "c": "[[[[\\"[["}', 4),  # brackets and an escaped quote inside a string
    (b'{"a\\\\": "]]]\\\\", "b": [[[1]]]}', 4),  # an escaped backslash ends before the quote
    (b"[[], [[]], {}]", 3),
    (b"12", 0),
])
def test_nesting_counts_structure_only(text: bytes, depth: int) -> None:
    assert not nests_deeper(text, depth) and (depth == 0 or nests_deeper(text, depth - 1))


def test_decode_text_names_the_bad_byte() -> None:
    with pytest.raises(Rejected, match="data field is not UTF-8 text: byte 0xc3 at offset 2"):
        decode_text(b"ab\xc3(", "data field")

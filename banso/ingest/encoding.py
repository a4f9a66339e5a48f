"""CSV that is not UTF-8: which encoding it is probably in, and the `encoding:` setting that loads it.

Excel in Japan saves CSV as Shift_JIS (cp932); the store reads UTF-8. When a load meets such a file,
the error says so, names the encoding the file's start decodes in, and gives the exact setting for
banso.yaml (the source's `encoding:`; a new source when the table has none), so the next load works.

>>> advice("crm.csv: cannot be read as CSV: not UTF-8 text (line 2).", "cp932", "crm", configured=True)
"crm.csv: cannot be read as CSV: not UTF-8 text (line 2). It reads as cp932 (Shift_JIS, as Excel saves CSV in Japan): set `encoding: cp932` on source 'crm' in banso.yaml (docs/sources.md), or save the file as UTF-8."
"""

from __future__ import annotations

import gzip
from pathlib import Path
from typing import get_args

from banso.config.models import SourceConfig

ENCODINGS: tuple[str, ...] = get_args(SourceConfig.model_fields["encoding"].annotation)
# Tried on a file's start, most common first; latin-1 is left out: it decodes any bytes at all.
GUESSES = ("cp932", "euc-jp")
_NAMES = {"cp932": "Shift_JIS, as Excel saves CSV in Japan", "euc-jp": "EUC-JP"}


def read_bytes(path: Path, limit: int | None = None) -> bytes:
    """The bytes of a file, through gzip for `.gz`; at most `limit` of them."""
    opener = gzip.open if path.suffix.lower() == ".gz" else open
    with opener(path, "rb") as f:
        return f.read() if limit is None else f.read(limit)  # type: ignore[no-any-return]


def guess_encoding(path: Path, sample: int = 1 << 16) -> str | None:
    """The first encoding of GUESSES that the start of `path` decodes in, or None."""
    head = read_bytes(path, sample)
    if len(head) == sample and b"\n" in head:
        head = head[: head.rfind(b"\n") + 1]  # do not judge a character cut in two at the end of the sample
    for encoding in GUESSES:
        try:
            text = head.decode(encoding)
        except UnicodeDecodeError:
            continue
        if not any(_implausible(ch) for ch in text):
            return encoding
    return None


def _implausible(ch: str) -> bool:
    """Characters a CSV export does not hold: controls (but tab and line ends) and the private-use area,
    where a decoder puts bytes that are no character of its encoding."""
    code = ord(ch)
    return (code < 32 and ch not in "\t\r\n") or 0xE000 <= code <= 0xF8FF


def advice(message: str, guess: str | None, source: str, *, configured: bool) -> str:
    """`message` (the file is not UTF-8) followed by the setting that loads the file."""
    value = guess or "ENCODING"
    if configured:
        setting = f"set `encoding: {value}` on source '{source}' in banso.yaml (docs/sources.md)"
    else:
        setting = f"add a source under `sources:` in banso.yaml, `{source}: {{table: {source}, encoding: {value}}}` " \
                  "(docs/sources.md)"
    if guess is None:
        return (f"{message} Its encoding is none that banso guesses: {setting}, with ENCODING one of "
                f"{', '.join(ENCODINGS)}; or save the file as UTF-8.")
    return f"{message} It reads as {guess} ({_NAMES[guess]}): {setting}, or save the file as UTF-8."

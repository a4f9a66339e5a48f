"""What a file the engine cannot read says to the person loading it: the cause, in one line.

DuckDB's messages for an unreadable file are long (a CSV sniffer report, the SQL that failed) and
name the engine's own terms; a Parquet file with a corrupt page came out as a 93-line traceback. Here
the message is turned into its cause: a damaged Parquet page (and which compression failed), a
Parquet file cut short, CSV that is not UTF-8 (the ingest layer then names the `encoding:` setting).

>>> str(unreadable("a.parquet", "parquet", Exception(
...     'Invalid Input Error: Failed to read file "/x/a.parquet": ZSTD Decompression failure')))
'a.parquet: cannot be read as PARQUET: the file is damaged: ZSTD decompression failed on one of its pages. Export or copy it again.\\nNothing was loaded.'
"""

from __future__ import annotations

import re

from banso.errors import UnreadableFileError

_DECOMPRESSION = re.compile(r"(\w+) decompression fail", re.IGNORECASE)
_READ_PREFIX = re.compile(r'^(?:[\w ]+ Error: )?(?:Failed to read file "[^"]*": )?')
_CSV_LINE = re.compile(r"CSV Error on Line: (\d+)")
# Other ways a damaged Parquet file fails, as DuckDB words them, and what that means.
_DAMAGE = (("out of buffer", "a page ends before its data does"),
           ("invalid string encoding", "a text value in it is not valid UTF-8"),
           ("corrupt", "its structure is corrupt"))


def unreadable(name: str, fmt: str, exc: Exception) -> UnreadableFileError:
    """The error for file `name` (format csv, parquet or jsonl) that the engine refused with `exc`."""
    text = str(exc).strip()
    first = text.splitlines()[0] if text else type(exc).__name__
    cause, not_utf8 = _READ_PREFIX.sub("", first), False
    codec = _DECOMPRESSION.search(text)
    if fmt == "parquet" and codec:
        cause = (f"the file is damaged: {codec.group(1).upper()} decompression failed on one of its pages. "
                 "Export or copy it again.")
    elif fmt == "parquet" and "no magic bytes" in text.lower():
        cause = "not a whole Parquet file: its end is missing (cut short while copying?), or it is not Parquet at all."
    elif fmt == "parquet" and (damage := next((what for key, what in _DAMAGE if key in first.lower()), None)):
        cause = f"the file is damaged: {damage}. Export or copy it again."
    elif fmt == "csv" and ("invalid unicode" in text.lower() or "not utf-8" in text.lower()):
        line = _CSV_LINE.search(text)
        cause, not_utf8 = f"not UTF-8 text{f' (line {line.group(1)})' if line else ''}.", True
    return UnreadableFileError(f"{name}: cannot be read as {fmt.upper()}: {cause}", file=name, not_utf8=not_utf8)

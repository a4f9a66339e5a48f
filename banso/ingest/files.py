"""Find the files of a load, tell their format, and make non-UTF-8 CSV readable."""

from __future__ import annotations

import glob
import tempfile
from pathlib import Path

from banso.errors import LoadError
from banso.ingest.encoding import read_bytes
from banso.store.load_plan import SourceFile

_FORMATS = {
    ".csv": "csv", ".tsv": "csv", ".parquet": "parquet", ".pq": "parquet",
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "jsonl",
}


def detect_format(path: Path) -> str:
    """csv, parquet or jsonl, from the file name (a trailing .gz is looked through)."""
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes = suffixes[:-1]
    fmt = _FORMATS.get(suffixes[-1]) if suffixes else None
    if fmt is None:
        raise LoadError(
            f"{path}: cannot tell the format from the name; use .csv, .parquet or .jsonl "
            "(optionally .gz), or set `format:` on the source in banso.yaml"
        )
    return fmt


def expand(paths: list[str]) -> list[Path]:
    """Paths, globs and folders (every supported file inside, sorted) → files."""
    found: list[Path] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            inside = sorted(x for x in p.rglob("*") if x.is_file() and _is_data(x))
            if not inside:
                raise LoadError(f"{p}: folder holds no .csv, .parquet or .jsonl files")
            found += inside
        elif p.is_file():  # a name that exists is taken as written, brackets and all (`export [2026-11].csv`)
            found.append(p)
        elif any(ch in raw for ch in "*?["):
            matches = sorted(Path(m) for m in glob.glob(raw, recursive=True))
            if not matches:
                raise LoadError(f"{raw}: no file matches")
            found += matches
        else:
            raise LoadError(f"{p}: no such file")
    return found


def _is_data(p: Path) -> bool:
    try:
        detect_format(p)
    except LoadError:
        return False
    return True


def source_file(path: Path, fmt: str | None, encoding: str, delimiter: str, scratch: Path) -> SourceFile:
    """A readable SourceFile; CSV in another encoding is converted to UTF-8 in `scratch` first."""
    fmt = fmt or detect_format(path)
    if path.suffix.lower() == ".tsv" and delimiter == ",":
        delimiter = "\t"
    if fmt == "csv" and encoding not in ("utf-8", "utf-8-sig"):
        target = scratch / (path.name + ".utf8.csv")
        try:
            text = read_bytes(path).decode(encoding)  # a .csv.gz is read through gzip
        except UnicodeDecodeError as exc:
            raise LoadError(f"{path}: not valid {encoding} text at byte {exc.start} (the source's `encoding:` in "
                            "banso.yaml says the file is in this encoding)") from exc
        target.write_text(text, encoding="utf-8")
        return SourceFile(target, fmt, delimiter, display=path.name)
    return SourceFile(path, fmt, delimiter, display=path.name)


def scratch_dir() -> tempfile.TemporaryDirectory[str]:
    return tempfile.TemporaryDirectory(prefix="banso-load-")

"""The message catalogues: find every message the code and the templates translate, keep the catalogues
in step with them, and compile them.

    python scripts/catalogues.py          # update banso/locale/{ja,en}/…/messages.po, then compile the .mo files
    python scripts/catalogues.py --check  # only list what the Japanese catalogue lacks (exit status 1 if any)

A new `_("…")` in a template or a module appears in both catalogues with an empty translation; the
Japanese one must then be written (tests/test_catalogues.py fails until it is). English needs no
translation: its message ids are the English text.
"""

from __future__ import annotations

import argparse
import io
import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "banso"
LOCALE_DIR = PACKAGE / "locale"
LOCALES = ("ja", "en")
KEYWORDS = {"_": None, "gettext_": None, "ngettext_": (1, 2), "ngettext": (1, 2), "gettext": None, "N_": None}
METHODS = [("web/templates/**.html", "jinja2"), ("**.py", "python")]
OPTIONS = {"web/templates/**.html": {"extensions": "jinja2.ext.i18n", "trim_blocks": "true",
                                     "lstrip_blocks": "true"}}


def extract() -> Catalog:
    """Every message the package translates, as a template catalogue."""
    template = Catalog(project="banso", charset="utf-8")
    for filename, lineno, message, comments, context in extract_from_dir(
            str(PACKAGE), METHODS, OPTIONS, KEYWORDS, strip_comment_tags=True):  # type: ignore[arg-type]
        template.add(message, None, [(filename, lineno)], auto_comments=comments, context=context,
                     flags=("python-format",) if _formatted(message) else ())
    return template


def _formatted(message: str | tuple[str, ...]) -> bool:
    texts = message if isinstance(message, tuple) else (message,)
    return any("%(" in t for t in texts)


def po_path(locale: str) -> Path:
    return LOCALE_DIR / locale / "LC_MESSAGES" / "messages.po"


def read(locale: str) -> Catalog:
    with po_path(locale).open("rb") as f:
        return read_po(f, locale=locale)


def missing(catalog: Catalog, template: Catalog) -> list[str]:
    """Message ids of `template` without a translation in `catalog` (or one marked fuzzy)."""
    out = []
    for msg in template:
        if not msg.id:
            continue
        found = catalog.get(msg.id, msg.context)
        strings = [] if found is None else (list(found.string) if isinstance(found.string, tuple | list)
                                           else [found.string])
        if found is None or found.fuzzy or not all(strings):
            out.append(msg.id if isinstance(msg.id, str) else msg.id[0])
    return out


def update(template: Catalog) -> None:
    """Bring both catalogues in step with the code (translations kept, unused ones dropped), then compile."""
    for locale in LOCALES:
        catalog = read(locale)
        catalog.update(template, no_fuzzy_matching=True)
        catalog.obsolete.clear()
        buf = io.BytesIO()
        write_po(buf, catalog, width=120, omit_header=False, sort_output=True, ignore_obsolete=True,
                 include_lineno=False, no_location=True)
        po_path(locale).write_bytes(buf.getvalue())
        compile_catalogue(locale)


def compile_catalogue(locale: str) -> None:
    catalog = read(locale)
    with (po_path(locale).with_suffix(".mo")).open("wb") as f:
        write_mo(f, catalog, use_fuzzy=False)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="only list the messages Japanese lacks")
    args = parser.parse_args()
    template = extract()
    if not args.check:
        update(template)
    lacking = missing(read("ja"), template)
    for msgid in lacking:
        print(f"ja lacks: {msgid}")
    return 1 if lacking else 0


if __name__ == "__main__":
    sys.exit(main())

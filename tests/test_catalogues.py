"""The message catalogues are complete and compiled: no English slips into the Japanese pages through a
message nobody translated, and the committed .mo files say what the .po files say.

Messages are found the way `scripts/catalogues.py` finds them (Babel over the templates and the
package), so a new `_("…")` fails here until its Japanese is written and compiled.
"""

from __future__ import annotations

import gettext
import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("catalogues", ROOT / "scripts" / "catalogues.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


catalogues = _tool()


def test_every_message_has_its_japanese() -> None:
    lacking = catalogues.missing(catalogues.read("ja"), catalogues.extract())
    assert lacking == [], "run `python scripts/catalogues.py` and translate:\n" + "\n".join(lacking)


@pytest.mark.parametrize("locale", catalogues.LOCALES)
def test_the_compiled_catalogue_matches_its_source(locale: str) -> None:
    source = catalogues.read(locale)
    with catalogues.po_path(locale).with_suffix(".mo").open("rb") as f:
        compiled = gettext.GNUTranslations(f)
    stale = []
    for msg in source:
        if not msg.id or msg.fuzzy:
            continue
        if isinstance(msg.id, tuple | list):
            want = msg.string[0] or msg.id[0]
            got = compiled.ngettext(msg.id[0], msg.id[1], 1)
        else:
            want = msg.string or msg.id
            got = compiled.gettext(msg.id)
        if got != want:
            stale.append(msg.id if isinstance(msg.id, str) else msg.id[0])
    assert stale == [], f"{locale}: messages.mo is older than messages.po; run `python scripts/catalogues.py`: {stale[:5]}"


def test_the_placeholders_survive_translation() -> None:
    """A translation that drops or renames `%(n)s` would fail at render time."""
    import re

    wrong = []
    for msg in catalogues.read("ja"):
        if not msg.id or not msg.string:
            continue
        ids = msg.id if isinstance(msg.id, tuple | list) else (msg.id,)
        strings = msg.string if isinstance(msg.string, tuple | list) else (msg.string,)
        names = set(re.findall(r"%\((\w+)\)", ids[-1]))
        for s in strings:
            if set(re.findall(r"%\((\w+)\)", s)) != names:
                wrong.append(ids[0])
    assert wrong == []

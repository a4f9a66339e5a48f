"""Languages of banso: gettext catalogues, the request's locale, and locale-aware formatting.

Templates and routes write English message ids (`_("Accounts")`); the catalogues under
`banso/locale/{ja,en}/LC_MESSAGES/messages.mo` translate them. The locale of a request is chosen,
in order, from `?lang=`, the `lang` cookie set by the switch on every page, the browser's
Accept-Language, and the workspace's `language`. Numbers, money (¥ for JPY), percentages and dates are
formatted for that locale by the functions below, which read the locale of the request being rendered.
"""

from __future__ import annotations

import gettext
import re
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import UTC, date, datetime
from functools import cache
from pathlib import Path
from zoneinfo import ZoneInfo

from babel.dates import format_date, format_datetime, format_skeleton, format_time
from babel.numbers import format_compact_decimal, format_currency, format_decimal, format_percent

from banso.values import as_date, as_datetime, is_missing

LOCALES = ("ja", "en")
LOCALE_NAMES = {"ja": "日本語", "en": "English"}
LOCALE_DIR = Path(__file__).resolve().parent / "locale"
DOMAIN = "messages"

_locale: ContextVar[str] = ContextVar("banso_locale", default="en")
_currency: ContextVar[str] = ContextVar("banso_currency", default="JPY")
_zone: ContextVar[str] = ContextVar("banso_zone", default="UTC")


@cache
def translations(locale: str) -> gettext.NullTranslations:
    """The compiled catalogue of a locale (English falls back to the message ids themselves)."""
    return gettext.translation(DOMAIN, localedir=str(LOCALE_DIR), languages=[locale], fallback=True)


def negotiate(accept_language: str | None, default: str) -> str:
    """The best of our locales for an Accept-Language header, else `default`."""
    best: tuple[float, str] | None = None
    for part in (accept_language or "").split(","):
        piece = part.strip()
        if not piece:
            continue
        tag, _, params = piece.partition(";")
        quality = 1.0
        if params.strip().startswith("q="):
            try:
                quality = float(params.strip()[2:])
            except ValueError:
                quality = 0.0
        lang = tag.strip().lower().split("-")[0]
        if lang in LOCALES and (best is None or quality > best[0]):
            best = (quality, lang)
    return best[1] if best else default


@contextmanager
def using(locale: str, currency: str | None = None, zone: str | None = None) -> Iterator[None]:
    """Render under `locale` (gettext and the formatters below follow it); times shown in `zone`.

    A currency or zone not given stays what it was (JPY and UTC outside any `using`), so a report read
    in a language inside a page keeps the page's money and clock.
    """
    t1 = _locale.set(locale if locale in LOCALES else "en")
    t2 = _currency.set(currency if currency is not None else _currency.get())
    t3 = _zone.set(zone if zone is not None else _zone.get())
    try:
        yield
    finally:
        _locale.reset(t1)
        _currency.reset(t2)
        _zone.reset(t3)


def current() -> str:
    return _locale.get()


def gettext_(message: str) -> str:
    return translations(_locale.get()).gettext(message)


def ngettext_(singular: str, plural: str, n: int) -> str:
    return translations(_locale.get()).ngettext(singular, plural, n)


def N_(message: str) -> str:
    """Mark a message for the catalogues where it is defined; it is translated where it is shown (`gettext_`)."""
    return message


# -- phrases recorded in English, said again in the reader's language -------------------------------
# What the service records as it works (who started a job, what a job is doing) is plain English text,
# read as recorded by `banso jobs`, the JSON API and the logs. Recorded from message ids with their values
# (`message % values`), it can be found again and said in a page's language.

_VALUE = re.compile(r"%\((\w+)\)s")
_NUMBERS = frozenset({"job", "rows", "count", "first", "last"})  # values that are numbers (with thousands commas)


def phrase(message: str, **values: object) -> str:
    """The words to record: `message` (a message id marked with `N_`) with its values, in English."""
    return message % values


def said_again(text: str, messages: Sequence[str], translate: Callable[[str], str | None]) -> str:
    """`text` said with `translate` when it was recorded from one of `messages`, else as written.

    A value that was itself recorded from one of `messages` is said again too ("score: as of 2026-11-16");
    the first message that matches wins, so a longer one goes before a shorter one it begins with.

    >>> said_again("loading a.csv into events", ["loading %(file)s into %(table)s"], {}.get)
    'loading a.csv into events'
    >>> japanese = {"done": "完了", "score: %(what)s": "スコア: %(what)s"}
    >>> said_again("score: done", ["score: %(what)s", "done"], japanese.get)
    'スコア: 完了'
    """
    for message in messages:
        found = _pattern(message).fullmatch(text)
        if found:
            values = {name: said_again(value, messages, translate) for name, value in found.groupdict().items()}
            return (translate(message) or message) % values
    return text


@cache
def _pattern(message: str) -> re.Pattern[str]:
    """A message as a pattern: its words literally, each value as a named group (a number's digits and commas)."""
    parts: list[str] = []
    at = 0
    for value in _VALUE.finditer(message):
        parts.append(re.escape(message[at:value.start()]))
        name = value.group(1)
        parts.append(rf"(?P<{name}>\d[\d,]*)" if name in _NUMBERS else rf"(?P<{name}>.+)")
        at = value.end()
    parts.append(re.escape(message[at:]))
    return re.compile("".join(parts), re.DOTALL)


# -- formatting ----------------------------------------------------------------------------------
DASH = "—"


def _minus(text: str) -> str:
    """A negative figure with the minus sign `signed` writes (−), not the hyphen Babel gives both locales: a page
    showed −0.5 pt beside -¥785,726 and a -6% to +10% interval.

    >>> _minus("-¥785,726"), _minus("-6%"), _minus("12")
    ('−¥785,726', '−6%', '12')
    """
    return "−" + text[1:] if text.startswith("-") else text


def number(value: object, digits: int = 0) -> str:
    if is_missing(value):
        return DASH
    pattern = "#,##0" + ("." + "0" * digits if digits else "")
    return _minus(format_decimal(float(value), format=pattern, locale=_locale.get()))  # type: ignore[arg-type]


def compact(value: object) -> str:
    """1.2M / 123.5万 for headline figures."""
    if is_missing(value):
        return DASH
    return _minus(format_compact_decimal(float(value), locale=_locale.get(), fraction_digits=1))  # type: ignore[arg-type]


def money(value: object) -> str:
    if is_missing(value):
        return DASH
    return _minus(format_currency(float(value), _currency.get(), locale=_locale.get()))  # type: ignore[arg-type]


def percent(value: object, digits: int = 0) -> str:
    if is_missing(value):
        return DASH
    pattern = "#,##0" + ("." + "0" * digits if digits else "") + "%"
    return _minus(format_percent(float(value), format=pattern, locale=_locale.get()))  # type: ignore[arg-type]


def signed(value: object, digits: int = 1) -> str:
    """+1.5 / −2.0: for changes in points."""
    if is_missing(value):
        return DASH
    v = float(value)  # type: ignore[arg-type]
    text = number(abs(v), digits)
    return ("+" if v > 0 else "−" if v < 0 else "±") + text


def points(value: object, digits: int = 1) -> str:
    """+2.6 pt / −6.4 pt: a difference of two shares (0.026) in percentage points, not a relative change."""
    if is_missing(value):
        return DASH
    return f"{signed(100 * float(value), digits)} pt"  # type: ignore[arg-type]


def day(value: object, style: str = "medium") -> str:
    if is_missing(value):
        return DASH
    d = _calendar_day(value)
    if style == "short":
        return format_skeleton("MMMd", d, locale=_locale.get())
    return format_date(d, style, locale=_locale.get())


def month(value: object) -> str:
    """A calendar month: Nov 2025 / 2025年11月."""
    if is_missing(value):
        return DASH
    return format_skeleton("yMMM", _calendar_day(value), locale=_locale.get())


def moment(value: object) -> str:
    if is_missing(value):
        return DASH
    ts = as_datetime(value)
    assert ts is not None
    if ts.tzinfo is None:  # stored timestamps are UTC
        ts = ts.replace(tzinfo=UTC)
    return format_datetime(ts.astimezone(ZoneInfo(_zone.get())), "short", locale=_locale.get())


def clock(value: object) -> str:
    """A time of today as hours and minutes (\"10:42\"); of another day, with its date."""
    if is_missing(value):
        return DASH
    ts = as_datetime(value)
    assert ts is not None
    if ts.tzinfo is None:  # stored timestamps are UTC
        ts = ts.replace(tzinfo=UTC)
    local = ts.astimezone(ZoneInfo(_zone.get()))
    if local.date() == datetime.now(UTC).astimezone(ZoneInfo(_zone.get())).date():
        return format_time(local, "HH:mm", locale=_locale.get())
    return format_datetime(local, "short", locale=_locale.get())


def _calendar_day(value: object) -> date:
    """The calendar day of a date, or of an aware point in time in the zone shown (a naive datetime is
    already a calendar value: a date kept as a timestamp)."""
    if isinstance(value, datetime) and value.tzinfo is not None:
        return value.astimezone(ZoneInfo(_zone.get())).date()
    d = as_date(value)
    assert d is not None
    return d

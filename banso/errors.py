"""The one error tree of banso.

Every failure a user can cause is a `BansoError` with a message written for that user; the CLI
turns it into a readable message and exit status 1, the web app into a clear page or JSON problem.

    BansoError
    ├── ConfigError        a workspace file is invalid (names file, line, key and what is valid)
    ├── WorkspaceError     no workspace where one was expected, or one where none may be
    ├── LoadError          a source file could not be loaded (lists the first bad rows)
    │   └── UnreadableFileError  a file cannot be read at all: damaged, cut short, or not in its encoding
    ├── StoreError         the store is missing, locked or from a newer banso
    ├── UnsafeFileError    a file holding secrets is open to other users and cannot be made private
    ├── AuthError          a user, password, role or token was refused (banso.appstate.auth)
    ├── NotAllowedError    the signed-in person's role or ownership does not allow this (also a PermissionError)
    │   └── TooManyAttempts  too many failed sign-ins; says how long to wait (banso.web.throttle)
    ├── WorkError          a task, note, playbook or team change was refused: a bad value or a wrong state
    ├── ServiceError       the running service refused a command, or failed doing it (banso.service)
    ├── ConnectorError     a CRM or help desk refused or failed a sync; nothing of it was kept (banso.connectors)
    │   └── CredentialsError  a connector's credentials are missing, wrong or expired; names the variable to set
    ├── NotFoundError      an account, user or other object does not exist
    └── UnavailableError   the request is sound but the data cannot answer it yet (no revenue loaded,
                           no snapshots, too short a history); says what would make it possible

Errors cross the service's channel pickled (a command prints what the service raised), so each one
rebuilds itself from what it was given (`__reduce__` where `__init__` takes more than the message).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


class Phrase:
    """A message template with its values, said in the reader's language where it is shown.

    An error's value may itself be a phrase (the wording of a validation problem inside an insight's error):
    `str()` fills every level in English, `text(gettext)` translates every level.

    >>> inner = Phrase("must be %(n)s or more", n=1)
    >>> str(Phrase("%(field)s: %(problem)s", field="top", problem=inner))
    'top: must be 1 or more'
    >>> Phrase("%(field)s: %(problem)s", field="top", problem=inner).text(
    ...     {"%(field)s: %(problem)s": "%(field)s：%(problem)s", "must be %(n)s or more": "%(n)s 以上にしてください"}.get)
    'top：1 以上にしてください'
    """

    __slots__ = ("params", "template")

    def __init__(self, template: str, **params: object) -> None:
        self.template = template
        self.params = params

    def text(self, translate: Callable[[str], str | None]) -> str:
        """The phrase through `translate` (a gettext; None or a missing entry keeps the English), values filled in."""
        said = translate(self.template) or self.template
        if not self.params:
            return said
        return said % {k: v.text(translate) if isinstance(v, Phrase) else v for k, v in self.params.items()}

    def __str__(self) -> str:
        return self.text(lambda template: template)

    def __repr__(self) -> str:
        return f"Phrase({str(self)!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Phrase) and (self.template, self.params) == (other.template, other.params)

    def __hash__(self) -> int:
        return hash(self.template)

    def __reduce__(self) -> tuple[object, ...]:
        return (_phrase, (self.template, self.params))


def _phrase(template: str, params: dict[str, object]) -> Phrase:
    return Phrase(template, **params)


class BansoError(Exception):
    """Base of every error banso reports to a user.

    A message may be a template with `%(name)s` fields and the values as keyword arguments: `str()` reads in
    English (the command line, the JSON API, the log), and `text(gettext)` in the reader's language where the
    template is in the catalogues (marked with `banso.i18n.N_` where it is raised). The message may also be
    a `Phrase` (its template and values), and a value a phrase of its own, translated in turn.

    >>> error = BansoError("no account with id %(id)s", id="'A1'")
    >>> str(error)
    "no account with id 'A1'"
    >>> error.text({"no account with id %(id)s": "ID %(id)s のアカウントはありません"}.__getitem__)
    "ID 'A1' のアカウントはありません"
    """

    def __init__(self, message: str | Phrase = "", **params: object) -> None:
        if isinstance(message, Phrase):
            params = {**message.params, **params}
            message = message.template
        self.template = message
        self.params = params
        super().__init__(str(Phrase(message, **params)) if params else message)

    def text(self, translate: Callable[[str], str]) -> str:
        """The message through `translate` (a gettext), with its values filled in (and translated, if phrases)."""
        return Phrase(self.template, **self.params).text(translate)

    def __reduce__(self) -> tuple[object, ...]:
        # Pickled across the service's channel: rebuilt from the template and its values, so the
        # command's side can still say it in its reader's language.
        if not self.params:
            return (type(self), self.args)
        return (_rebuild, (type(self), self.template, self.params))


def _rebuild(kind: type[BansoError], template: str, params: dict[str, object]) -> BansoError:
    return kind(template, **params)


class ConfigError(BansoError):
    """A configuration file is invalid; the message names file, line and key."""


class WorkspaceError(BansoError):
    """The workspace folder is missing, or already exists where a new one was asked for."""


class StoreError(BansoError):
    """The store cannot be opened or used."""


class UnsafeFileError(BansoError):
    """A file that holds secrets is readable by other users of the machine and cannot be tightened."""


class NotAllowedError(BansoError, PermissionError):
    """The person's role (or ownership) does not allow this; the message says who may.

    Also a PermissionError, so code guarding on the built-in still catches it; the web app answers 403 and
    says it in the reader's language.
    """


class WorkError(BansoError):
    """A change to the team's work (a task, a note, an enrolment, a capacity) cannot be made as asked."""


class ConnectorError(BansoError):
    """A sync with a CRM, help desk or marketing tool failed; the store and the remote are as they were."""


class CredentialsError(ConnectorError):
    """A connector's credentials are missing, wrong or expired; the message names the variable to set."""


class NotFoundError(BansoError):
    """A named object (account, user, segment, …) does not exist."""


class ServiceError(BansoError):
    """The running service refused a command, or failed while doing it; the message says which."""


class ConflictError(BansoError):
    """The request clashes with what is already there (a target over the same weeks, …); the message says
    with what. The API answers 409: the request is well formed, the workspace's state refuses it."""


class UnavailableError(BansoError):
    """A figure the data cannot give yet; the message says what it needs (a load, a score, more weeks).

    Not the asker's mistake, so the API answers 409 (the workspace's state), not 400.
    """


@dataclass(frozen=True)
class RowProblem:
    """One bad row of a load: where it is and what is wrong with it."""

    file: str
    line: int | None
    column: str | None
    reason: str

    def __str__(self) -> str:
        where = self.file if self.line is None else f"{self.file}:{self.line}"
        col = f" [{self.column}]" if self.column else ""
        return f"{where}{col}: {self.reason}"


class LoadError(BansoError):
    """A load was refused; nothing of it landed in the store."""

    def __init__(self, summary: str, problems: list[RowProblem] | None = None, total: int | None = None):
        self.summary = summary
        self.problems = problems or []
        self.total = total if total is not None else len(self.problems)
        lines = [summary]
        lines += [f"  {p}" for p in self.problems]
        if self.total > len(self.problems):
            lines.append(f"  … and {self.total - len(self.problems)} more")
        lines.append("Nothing was loaded.")
        super().__init__("\n".join(lines))

    def __reduce__(self) -> tuple[object, ...]:
        return (type(self), (self.summary, self.problems, self.total))


class UnreadableFileError(LoadError):
    """A file cannot be read at all (damaged, cut short, not in the encoding its source says); nothing was loaded.

    `not_utf8` marks CSV that is not UTF-8, so the ingest layer can name the `encoding:` setting to use.
    """

    def __init__(self, summary: str, *, file: str, not_utf8: bool = False):
        super().__init__(summary)
        self.file = file
        self.not_utf8 = not_utf8

    def __reduce__(self) -> tuple[object, ...]:
        return (_unreadable, (self.summary, self.file, self.not_utf8))


def _unreadable(summary: str, file: str, not_utf8: bool) -> UnreadableFileError:
    return UnreadableFileError(summary, file=file, not_utf8=not_utf8)

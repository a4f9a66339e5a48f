"""Credentials come from the environment only, and never leave in a message.

`Credentials.read` names every variable that is missing; `redact` blanks the values out of any text
(a vendor's error body can echo a token back), so logs, run records and errors stay clean.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass

from banso.config.connectors import CREDENTIALS, env_prefix
from banso.errors import CredentialsError


@dataclass(frozen=True)
class Credentials:
    connector: str
    values: dict[str, str]  # CLIENT_ID -> value, …
    variables: tuple[str, ...]

    @classmethod
    def read(cls, connector: str, kind: str, env: Mapping[str, str] | None = None) -> Credentials:
        env = os.environ if env is None else env
        prefix = env_prefix(connector)
        keys = CREDENTIALS[kind]
        missing = [prefix + k for k in keys if not env.get(prefix + k)]
        if missing:
            raise CredentialsError(f"connector {connector!r} ({kind}) has no credentials: set "
                                   f"{' and '.join(missing)} in the environment (docs/connectors.md)")
        return cls(connector, {k: env[prefix + k] for k in keys}, tuple(prefix + k for k in keys))

    def __getitem__(self, key: str) -> str:
        return self.values[key]

    def hint(self) -> str:
        """What to fix, for a refused login: the variables, never their values."""
        return f"Check {' and '.join(self.variables)} (they may be wrong or expired); nothing was changed."

    def redact(self, text: str) -> str:
        for value in sorted(self.values.values(), key=len, reverse=True):
            if len(value) >= 4:
                text = text.replace(value, "***")
        return text

    def __repr__(self) -> str:  # never print the values, even in a traceback's locals
        return f"Credentials({self.connector!r}, {list(self.variables)})"

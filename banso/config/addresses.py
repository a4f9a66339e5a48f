"""Web addresses in banso.yaml: where connectors pull from and notifications and webhooks post to.

Checked when the file is read, so `banso check` names the line of an address that lacks its scheme or
has a space in it, instead of the first pull or delivery failing with a transport error days later.
"""

from __future__ import annotations

from typing import Annotated
from urllib.parse import urlsplit

from pydantic import AfterValidator


def check_web_address(value: str) -> str:
    """`value` if it is an http:// or https:// address with a host, else a ValueError saying what is expected."""
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.hostname or any(c.isspace() for c in value):
        raise ValueError("is not a web address: write it whole, as https://host/path")
    return value


WebAddress = Annotated[str, AfterValidator(check_web_address)]

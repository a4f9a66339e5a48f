"""The vendors' clients are an optional install (`banso[connectors]`); a missing one names the command."""

from __future__ import annotations

import importlib

from banso.errors import ConnectorError


def vendor_client(module: str, package: str, vendor: str) -> None:
    """Import `module`, or say which package the `vendor` connector needs and how to install it."""
    try:
        importlib.import_module(module)
    except ModuleNotFoundError as exc:
        raise ConnectorError(f"the {vendor} connector needs {package}, which is not installed: "
                             "pip install 'banso[connectors]'") from exc

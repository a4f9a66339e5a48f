"""The Workspace facade: one object the CLI, the web app and notebooks all drive.

A workspace is a folder holding `banso.yaml` and the store. Operations live in their own packages
(ingest, metrics, health, …); the Workspace wires configuration and store into them, and its reads
return typed results (dataclasses whose missing values are None) that every edge renders.

    ws = Workspace.open("demo-workspace")
    ws.load("accounts", ["crm.csv"])
"""

from banso.paths import CONFIG_FILE, ENV_VAR
from banso.workspace.facade import Workspace

__all__ = ["CONFIG_FILE", "ENV_VAR", "Workspace"]

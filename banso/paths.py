"""Where a workspace is found: the name of its configuration file and the variable that names its folder.

Kept apart from `banso.workspace` so the command line can declare its `--workspace` option without
loading the configuration models.
"""

from __future__ import annotations

CONFIG_FILE = "banso.yaml"
ENV_VAR = "BANSO_WORKSPACE"

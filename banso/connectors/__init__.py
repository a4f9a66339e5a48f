"""Connectors: CRMs and help desks read as sources (pull), through ingest like any file.

A pull reads each configured object of Salesforce, HubSpot, Zendesk or Intercom since the cursor the
last good pull reached, maps the records onto the canonical tables with the same mapping and checks as
files, and loads them all or nothing (`banso.connectors.pull`). The vendors' clients live here too,
so the sinks that push results back (`banso.sinks`) use the same authentication, retries and limits.

Layer: beside `ingest` (it may import config, store, appstate and ingest; never health, analysis or web).
"""

from banso.connectors.pull import PullResult, TableLoad, pull

__all__ = ["PullResult", "TableLoad", "pull"]

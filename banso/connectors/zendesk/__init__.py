"""Zendesk Support: organizations, users and tickets (with satisfaction ratings) through the incremental
export API, over httpx.

Written by hand: zenpy (the usual Python client) builds every URL as https://{subdomain}.{domain}, with
other schemes only through a process-wide environment switch, and its result generators hide the
incremental export's cursors and page boundaries, which banso must keep to resume a pull and to ask for
a cut-short page again.
"""

from banso.connectors.zendesk.pull import ZendeskPull

__all__ = ["ZendeskPull"]

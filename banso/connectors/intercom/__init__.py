"""Intercom: companies, contacts and conversations (the chat history of each account), through
python-intercom, Intercom's own client (generated from its OpenAPI description, over httpx)."""

from banso.connectors.intercom.pull import IntercomPull

__all__ = ["IntercomPull"]

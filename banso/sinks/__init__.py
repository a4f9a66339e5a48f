"""Sinks: banso's results sent out — scores and alerts to CRM fields (reverse ETL), saved segments to
marketing automation (HubSpot lists, webhooks, files, database tables).

They sit beside `banso.notify`: they are handed results the workspace read (scores, reasons, alerts,
segment members), never compute them, and they send only what changed since the last time, recorded
in the application state. The vendors' clients are the connectors' (`banso.connectors`).

Layer: with analysis, notify and collector (below the workspace; never imports health or analysis).
"""

from banso.sinks.crm_push import FieldChange, PushResult, push
from banso.sinks.segment_sync import SegmentResult, sync_segment
from banso.sinks.values import AccountValues, SegmentMember

__all__ = ["AccountValues", "FieldChange", "PushResult", "SegmentMember", "SegmentResult", "push", "sync_segment"]

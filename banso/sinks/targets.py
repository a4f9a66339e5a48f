"""The CRM side of a push: which fields exist, which accounts are records there, and batch updates.

A target answers in the CRM's own terms: `fields()` the account object's fields, `records(ids)` the
record of each banso account that exists there (by the connector's `account_key`), `update(batch)` the
outcome of one batch request, record by record.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import Any, Protocol

from banso.config.connectors import HubSpotConnector, SalesforceConnector
from banso.connectors.secrets import Credentials

Sleep = Callable[[float], None] | None


@dataclass(frozen=True)
class FieldInfo:
    name: str
    kind: str  # number, text, boolean
    writable: bool


class Target(Protocol):
    max_batch: int

    def fields(self) -> dict[str, FieldInfo]: ...

    def create_field(self, name: str, kind: str, label: str) -> None: ...

    def records(self, account_ids: list[str]) -> dict[str, str]: ...

    def update(self, batch: list[tuple[str, dict[str, Any]]]) -> dict[str, str | None]:
        """record id -> None when written, else the CRM's reason."""

    def encode(self, value: Any, kind: str) -> Any: ...


class SalesforceTarget:
    max_batch = 200  # sObject Collections take up to 200 records

    def __init__(self, name: str, conn: SalesforceConnector, creds: Credentials, sleep: Sleep = None):
        from banso.connectors.salesforce.client import SalesforceApi

        self.api = SalesforceApi(name, conn, creds, sleep)
        self.key = conn.account_key or "Id"

    def fields(self) -> dict[str, FieldInfo]:
        kinds = {"double": "number", "currency": "number", "percent": "number", "int": "number",
                 "boolean": "boolean"}
        return {f["name"]: FieldInfo(f["name"], kinds.get(f["type"], "text"), bool(f.get("updateable")))
                for f in self.api.describe("Account")["fields"]}

    def create_field(self, name: str, kind: str, label: str) -> None:  # pragma: no cover - refused before
        raise NotImplementedError("Salesforce fields are created in Setup")

    def records(self, account_ids: list[str]) -> dict[str, str]:
        from banso.connectors.salesforce.soql import in_list, soql

        out: dict[str, str] = {}
        fields = ["Id"] if self.key == "Id" else ["Id", self.key]
        for start in range(0, len(account_ids), 200):
            chunk = in_list(account_ids[start:start + 200])
            for page in self.api.query(soql(fields, "Account", [(self.key, "IN", chunk)])):
                for r in page:
                    out[str(r[self.key])] = str(r["Id"])
        return out

    def update(self, batch: list[tuple[str, dict[str, Any]]]) -> dict[str, str | None]:
        records = [{"attributes": {"type": "Account"}, "id": rid, **values} for rid, values in batch]
        results = self.api.update_records(records)
        out: dict[str, str | None] = {}
        for (rid, _), res in zip(batch, results, strict=False):
            errors = res.get("errors") or []
            out[rid] = None if res.get("success") else "; ".join(
                f"{e.get('statusCode')}: {e.get('message')}" for e in errors) or "refused"
        return out

    def encode(self, value: Any, kind: str) -> Any:
        return value


class HubSpotTarget:
    max_batch = 100  # batch update takes up to 100 inputs

    def __init__(self, name: str, conn: HubSpotConnector, creds: Credentials, sleep: Sleep = None):
        from banso.connectors.hubspot.client import HubSpotApi

        self.api = HubSpotApi(name, conn, creds, sleep)
        self.key = conn.account_key or "hs_object_id"

    def fields(self) -> dict[str, FieldInfo]:
        result = self.api.api("read company properties",
                              lambda: self.api.client.crm.properties.core_api.get_all("companies"))
        kinds = {"number": "number", "bool": "boolean"}
        return {p.name: FieldInfo(p.name, kinds.get(p.type, "text"),
                                  not (p.modification_metadata and p.modification_metadata.read_only_value))
                for p in result.results or []}

    def create_field(self, name: str, kind: str, label: str) -> None:
        from hubspot.crm.properties import OptionInput, PropertyCreate

        types = {"number": ("number", "number"), "boolean": ("bool", "booleancheckbox"),
                 "text": ("string", "textarea")}
        kind_, field_type = types[kind]
        options = [OptionInput(label="Yes", value="true", display_order=0, hidden=False),
                   OptionInput(label="No", value="false", display_order=1, hidden=False)] if kind == "boolean" else []
        body = PropertyCreate(name=name, label=label, type=kind_, field_type=field_type,
                              group_name="companyinformation", options=options)
        self.api.api(f"create property {name}",
                     lambda: self.api.client.crm.properties.core_api.create("companies", property_create=body))

    def records(self, account_ids: list[str]) -> dict[str, str]:
        from hubspot.crm.objects import BatchReadInputSimplePublicObjectId

        out: dict[str, str] = {}
        for start in range(0, len(account_ids), 100):
            chunk = account_ids[start:start + 100]
            body = BatchReadInputSimplePublicObjectId(
                properties=[self.key], properties_with_history=[], inputs=[{"id": a} for a in chunk],
                id_property=None if self.key == "hs_object_id" else self.key)
            result = self.api.api("read companies", partial(self.api.client.crm.objects.batch_api.read, "companies",
                                                            batch_read_input_simple_public_object_id=body))
            for rec in result.results or []:
                key = str(rec.id) if self.key == "hs_object_id" else str((rec.properties or {}).get(self.key))
                out[key] = str(rec.id)
        return out

    def update(self, batch: list[tuple[str, dict[str, Any]]]) -> dict[str, str | None]:
        from hubspot.crm.objects import BatchInputSimplePublicObjectBatchInput

        body = BatchInputSimplePublicObjectBatchInput(inputs=[{"id": rid, "properties": values}
                                                              for rid, values in batch])
        result = self.api.api("update companies", lambda: self.api.client.crm.objects.batch_api.update(
            "companies", batch_input_simple_public_object_batch_input=body))
        done = {str(r.id) for r in result.results or []}
        return {rid: None if rid in done else "not updated (not found)" for rid, _ in batch}

    def encode(self, value: Any, kind: str) -> Any:
        """HubSpot takes every property value as text; an empty one clears it."""
        if value is None:
            return ""
        if isinstance(value, bool):
            return "true" if value else "false"
        return str(value)

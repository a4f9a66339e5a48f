"""The four vendor stand-ins filled from a demo workspace, and the banso.yaml that points at them.

The CRM holds the demo's accounts (with banso's id in a custom field, as a team would set it up), their
members as contacts and a renewal opportunity each; the help desk and the chat tool hold a few tickets and
conversations. `make connectors-demo` serves them beside the web app; tests pull and push against them.

    with start_vendors(ws, accounts=50, tls=context) as vendors:
        text = vendors.config()          # the connectors: and segment_syncs: sections
        os.environ.update(vendors.credentials)
"""

from __future__ import annotations

import ssl
from dataclasses import dataclass, field
from typing import Any, Self

import pandas as pd

from banso.demo.vendors.hubspot import HubSpotServer
from banso.demo.vendors.intercom import IntercomServer
from banso.demo.vendors.salesforce import SalesforceServer
from banso.demo.vendors.zendesk import ZendeskServer
from banso.workspace import Workspace

CREDENTIALS = {
    "BANSO_CONNECTOR_SALESFORCE_CLIENT_ID": "banso-client", "BANSO_CONNECTOR_SALESFORCE_CLIENT_SECRET": "banso-secret",
    "BANSO_CONNECTOR_HUBSPOT_TOKEN": "pat-na1-banso-test",
    "BANSO_CONNECTOR_ZENDESK_EMAIL": "ops@example.com", "BANSO_CONNECTOR_ZENDESK_TOKEN": "zd-token-banso",
    "BANSO_CONNECTOR_INTERCOM_TOKEN": "dG9rOmJhbnNv",
}
SEGMENT = "At risk (demo)"


@dataclass
class Vendors:
    salesforce: SalesforceServer
    hubspot: HubSpotServer
    zendesk: ZendeskServer
    intercom: IntercomServer
    credentials: dict[str, str] = field(default_factory=lambda: dict(CREDENTIALS))
    list_id: str = ""

    def config(self, export: str = "exports/at_risk.csv") -> str:
        """The banso.yaml sections that point the workspace at these servers."""
        return f"""
connectors:
  salesforce:
    type: salesforce
    url: {self.salesforce.url}
    account_key: Banso_Account_Id__c
    pull:
      Account: {{columns: {{tier: Tier__c}}}}
      Contact: {{columns: {{user_id: Banso_User_Id__c}}}}
      Opportunity: {{}}
      Case: {{}}
    push:
      fields: {{score: Banso_Health_Score__c, band: Banso_Health_Band__c, trend: Banso_Health_Trend__c,
               reasons: Banso_Top_Reasons__c, alerts: Banso_Alerts__c}}
      segments: {{"{SEGMENT}": Banso_At_Risk__c}}
  hubspot:
    type: hubspot
    url: {self.hubspot.url}
    account_key: banso_account_id
    pull: {{companies: {{}}, notes: {{}}}}
    push:
      create_fields: true
      fields: {{score: banso_health_score, band: banso_health_band}}
  zendesk:
    type: zendesk
    url: {self.zendesk.url}
    account_key: external_id
    pull: {{organizations: {{}}, tickets: {{}}}}
  intercom:
    type: intercom
    url: {self.intercom.url}
    pull: {{companies: {{}}, conversations: {{}}}}
segment_syncs:
  at_risk_file: {{segment: "{SEGMENT}", to: {{type: file, path: {export}}}}}
  at_risk_list: {{segment: "{SEGMENT}", mode: changes, to: {{type: hubspot_list, connector: hubspot,
                 list_id: "{self.list_id}"}}}}
"""

    def stop(self) -> None:
        for server in (self.salesforce, self.hubspot, self.zendesk, self.intercom):
            server.stop()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def start_vendors(ws: Workspace, *, accounts: int = 300, tls: ssl.SSLContext | None = None,
                  ports: tuple[int, int, int, int] = (0, 0, 0, 0)) -> Vendors:
    """Serve the stand-ins on 127.0.0.1, filled with the first `accounts` accounts of `ws` and their people.

    Salesforce and Zendesk speak HTTPS only: `tls` is the server context their stand-ins use.
    """
    with ws.lock:
        acc = ws.store.execute(ws.store.table("accounts")).sort_values("account_id").head(accounts)
        ids = set(acc["account_id"])
        mem = ws.store.execute(ws.store.table("memberships"))
        mem = mem[mem["account_id"].isin(ids)].groupby("account_id").head(2)
        users = ws.store.execute(ws.store.table("users"))
    email = dict(zip(users["user_id"], users["email"], strict=True))
    vendors = Vendors(SalesforceServer(allowance=100_000), HubSpotServer(rate_limit=False),
                      ZendeskServer(exports_per_minute=1000), IntercomServer())
    _salesforce(vendors.salesforce, acc, mem, email)
    _hubspot(vendors, acc)
    _zendesk(vendors.zendesk, acc)
    _intercom(vendors.intercom, acc, mem, email)
    vendors.salesforce.serve(tls=tls, port=ports[0])
    vendors.hubspot.serve(port=ports[1])
    vendors.zendesk.serve(tls=tls, port=ports[2])
    vendors.intercom.serve(port=ports[3])
    return vendors


def _text(value: Any) -> str | None:
    """A cell of the demo's tables as the vendor would hold it: text, or nothing (None, NaN, NaT)."""
    return None if value is None or pd.isna(value) else str(value)


def _salesforce(sf: SalesforceServer, acc: pd.DataFrame, mem: pd.DataFrame, email: dict[str, str]) -> None:
    for name, kind in (("Banso_Account_Id__c", "string"), ("Banso_User_Id__c", "string"), ("Tier__c", "string"),
                       ("Banso_Health_Score__c", "double"), ("Banso_Health_Band__c", "picklist"),
                       ("Banso_Health_Trend__c", "double"), ("Banso_Top_Reasons__c", "textarea"),
                       ("Banso_Alerts__c", "textarea"), ("Banso_At_Risk__c", "boolean")):
        sf.add_field("Contact" if name == "Banso_User_Id__c" else "Account", name, kind)
    names = sorted({o for x in acc["owner"] if (o := _text(x)) is not None})
    owners: dict[str, str] = {o: sf.add("User", {"Name": o}) for o in names}
    sf_ids = {}
    for row in acc.itertuples(index=False):
        sf_ids[row.account_id] = sf.add("Account", {"Name": row.name, "Banso_Account_Id__c": row.account_id,
                                                    "Tier__c": _text(row.tier), "OwnerId": owners.get(_text(row.owner) or "")})
        if _text(row.renewal_date):
            sf.add("Opportunity", {"AccountId": sf_ids[row.account_id], "Name": f"{row.name} renewal",
                                   "CloseDate": str(row.renewal_date)[:10], "Amount": _text(row.mrr),
                                   "Type": "Renewal", "IsClosed": False})
    for i, row in enumerate(mem.itertuples(index=False)):
        contact = sf.add("Contact", {"AccountId": sf_ids[row.account_id], "Email": email.get(row.user_id),
                                     "LastName": f"Member {i}", "Banso_User_Id__c": row.user_id})
        if i % 3 == 0:
            sf.add("Case", {"AccountId": sf_ids[row.account_id], "ContactId": contact, "Subject": "Export to CSV fails",
                            "Description": "Times out on large projects", "Status": "New", "Priority": "Medium"})


def _hubspot(vendors: Vendors, acc: pd.DataFrame) -> None:
    hs = vendors.hubspot
    hs.add_property("companies", "banso_account_id", unique=True)
    for i, row in enumerate(acc.itertuples(index=False)):
        company = hs.add("companies", {"name": row.name, "banso_account_id": row.account_id})
        if i % 4 == 0:  # not hash(account_id): Python salts it per process, and some runs drew no note at all
            note = hs.add("notes", {"hs_note_body": "Asked about SSO in the renewal call",
                                    "hs_timestamp": "2026-03-02T01:00:00.000Z"})
            hs.associate("notes", note, "companies", company)
    vendors.list_id = hs.add_list("banso: at risk")


def _zendesk(zd: ZendeskServer, acc: pd.DataFrame) -> None:
    for i, row in enumerate(acc.itertuples(index=False)):
        org = zd.add("organizations", {"name": row.name, "external_id": row.account_id})
        if i % 2 == 0:
            zd.add("tickets", {"subject": "Cannot invite a member", "description": "The invite mail never arrives",
                               "organization_id": org, "status": "solved",
                               "satisfaction_rating": {"score": "good" if i % 4 == 0 else "bad", "comment": None}})


def _intercom(ic: IntercomServer, acc: pd.DataFrame, mem: pd.DataFrame, email: dict[str, str]) -> None:
    companies = {row.account_id: ic.add_company(row.account_id, row.name) for row in acc.itertuples(index=False)}
    for i, row in enumerate(mem.itertuples(index=False)):
        if i % 4:
            continue
        contact = ic.add_contact(email.get(row.user_id, f"{row.user_id}@example.com"), [companies[row.account_id]],
                                 external_id=row.user_id)
        ic.add_conversation(contact, "<p>Where do I change the billing address?</p>")

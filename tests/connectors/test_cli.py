"""`banso sync …` from the command line: progress, results, the dry run's diff, and clear errors."""

from __future__ import annotations

import ssl

import pytest
from typer.testing import CliRunner

from banso.cli import app
from banso.demo.vendors.salesforce import SalesforceServer
from banso.workspace import Workspace
from tests.connectors.conftest import configure

CONFIG = """
connectors:
  crm:
    type: salesforce
    url: {url}
    account_key: Banso_Account_Id__c
    pull:
      Account: {{}}
    push:
      fields: {{score: Banso_Health_Score__c, band: Banso_Health_Band__c}}
"""


def test_pull_push_list_and_runs(world: Workspace, trust: ssl.SSLContext, monkeypatch: pytest.MonkeyPatch,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("BANSO_CONNECTOR_CRM_CLIENT_ID", "banso-client")
    monkeypatch.setenv("BANSO_CONNECTOR_CRM_CLIENT_SECRET", "banso-secret")
    runner = CliRunner()
    with SalesforceServer().serve(tls=trust) as sf:
        sf.add_field("Account", "Banso_Account_Id__c")
        sf.add_field("Account", "Banso_Health_Score__c", "double")
        sf.add_field("Account", "Banso_Health_Band__c")
        account = sorted(world.scores()["account_id"])[0]
        sf.add("Account", {"Name": "From the CRM", "Banso_Account_Id__c": account})
        ws = configure(world, CONFIG.format(url=sf.url))
        root = str(ws.root)
        ws.close()
        pulled = runner.invoke(app, ["sync", "pull", "crm", "-w", root])
        assert pulled.exit_code == 0, pulled.output
        assert "pulled crm: read everything (first pull): Account 1" in pulled.output
        assert "Account → accounts: 1 rows, 0 new, 1 changed" in pulled.output
        dry = runner.invoke(app, ["sync", "push", "crm", "--dry-run", "-w", root])
        assert dry.exit_code == 0, dry.output
        assert "would send 2 field(s) on 1 record(s)" in dry.output and "Banso_Health_Score__c" in dry.output
        assert sf.requests("PATCH") == []
        listed = runner.invoke(app, ["sync", "list", "-w", root])
        assert "crm (salesforce) · credentials set" in listed.output
        assert "pulls Account · daily run · last pull: ok" in listed.output and "rows moved: 1" in listed.output
        assert "pushes Banso_Health_Score__c, Banso_Health_Band__c · daily run · last push: ok" in listed.output
        runs = runner.invoke(app, ["sync", "runs", "-w", root], env={"COLUMNS": "200"})
        assert "push (dry run)" in runs.output and "Account read 1" in runs.output
    monkeypatch.delenv("BANSO_CONNECTOR_CRM_CLIENT_SECRET")
    assert main_says(["sync", "pull", "crm", "-w", root], capsys) == (
        "error: connector 'crm' (salesforce) has no credentials: set BANSO_CONNECTOR_CRM_CLIENT_SECRET in the "
        "environment (docs/connectors.md)")
    assert "nothing named 'nowhere' pushes" in main_says(["sync", "push", "nowhere", "-w", root], capsys)


def main_says(args: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    """What `banso ARGS` prints on stderr when it fails (exit status 1, no traceback)."""
    import sys

    from banso.cli import main

    capsys.readouterr()
    sys.argv = ["banso", *args]
    with pytest.raises(SystemExit) as info:
        main()
    assert info.value.code == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err
    return " ".join(err.split())


def test_a_missing_vendor_client_names_the_install_command(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    from banso.connectors.requires import vendor_client
    from banso.errors import ConnectorError

    monkeypatch.setitem(sys.modules, "intercom", None)  # as if python-intercom were not installed
    with pytest.raises(ConnectorError, match=r"needs python-intercom.*pip install 'banso\[connectors\]'"):
        vendor_client("intercom", "python-intercom", "Intercom")

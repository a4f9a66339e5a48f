"""Fixtures for connector tests: a local certificate authority (Salesforce and Zendesk only speak HTTPS),
a workspace, and a no-wait sleep that records what the connectors were asked to wait."""

from __future__ import annotations

import shutil
import ssl
from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pytest

from banso.config.segment import SegmentSpec
from banso.workspace import Workspace
from tests.conftest import built_once


@pytest.fixture(scope="session")
def tls_ca(tmp_path_factory: pytest.TempPathFactory) -> tuple[ssl.SSLContext, Path]:
    """A server context for 127.0.0.1 and the CA file that clients trust it with."""
    import trustme

    ca = trustme.CA()
    cert = ca.issue_cert("127.0.0.1")
    server = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    cert.configure_cert(server)
    path = tmp_path_factory.mktemp("ca") / "ca.pem"
    ca.cert_pem.write_to_path(str(path))
    return server, path


@pytest.fixture
def trust(tls_ca: tuple[ssl.SSLContext, Path], monkeypatch: pytest.MonkeyPatch) -> ssl.SSLContext:
    """Clients in this test trust the local CA (requests reads REQUESTS_CA_BUNDLE, httpx SSL_CERT_FILE)."""
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(tls_ca[1]))
    monkeypatch.setenv("SSL_CERT_FILE", str(tls_ca[1]))
    return tls_ca[0]


class Waits(list[float]):
    """A sleep that does not sleep: it records each wait, so tests stay fast and can check Retry-After."""

    def __call__(self, seconds: float) -> None:
        self.append(seconds)


@pytest.fixture
def waits() -> Waits:
    return Waits()


@pytest.fixture
def ws(tmp_path: Path) -> Iterator[Workspace]:
    ws = Workspace.init(tmp_path / "ws", name="test", timezone="UTC")
    yield ws
    ws.close()


@pytest.fixture(scope="session")
def scored(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo's tiny world, loaded and scored once for the test session (shared by its processes)."""
    from banso.demo.demo_workspace import build_demo

    return built_once(tmp_path_factory, "connectors-scored",
                      lambda folder: build_demo(folder, preset="tiny", seed=3).close())


@pytest.fixture
def world(scored: Path, tmp_path: Path) -> Iterator[Workspace]:
    """A copy of the scored world, with a fresh application state holding one admin and one shared
    segment, "At risk" (the Bad band)."""
    folder = tmp_path / "ws"
    shutil.copytree(scored, folder, ignore=shutil.ignore_patterns("app.db*"))
    ws = Workspace.open(folder)
    admin = ws.add_user("ops@example.com", "correct horse battery", "admin")
    ws.save_segment(admin, "At risk", SegmentSpec(band=["bad"]), shared=True)
    yield ws
    ws.close()


def canonical(ws: Workspace) -> dict[str, pd.DataFrame]:
    """The canonical tables a pull fills, as plain frames sorted by key, without load times."""
    out = {}
    with ws.lock:
        for name, key in (("accounts", ["account_id"]), ("users", ["user_id"]),
                          ("memberships", ["user_id", "account_id"]), ("touchpoints", ["touchpoint_id"])):
            frame = ws.store.execute(ws.store.table(name)).drop(columns=["loaded_at"])
            out[name] = frame.sort_values(key).reset_index(drop=True)
    return out


def configure(ws: Workspace, yaml_text: str) -> Workspace:
    """Append connector settings to the workspace's banso.yaml and reopen it."""
    import textwrap

    path = ws.config_path
    base = "\n".join(line for line in path.read_text(encoding="utf-8").splitlines()
                     if line not in ("connectors: {}", "segment_syncs: {}"))  # the template's empty sections
    path.write_text(base + "\n" + textwrap.dedent(yaml_text), encoding="utf-8")
    ws.close()
    return Workspace.open(ws.root)

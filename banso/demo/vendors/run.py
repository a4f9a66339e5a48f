"""`make connectors-demo`: the demo workspace pointed at the vendor stand-ins, a sync of each, then the web app.

    python -m banso.demo.vendors.run demo-workspace --port 8000

The stand-ins (Salesforce and Zendesk over HTTPS with a local certificate authority, HubSpot and Intercom
over HTTP) run in this process; each step is the `banso` command a user would type, so the terminal shows
its progress and results. They keep serving while the web app runs, so the Connections page shows the
runs, and `banso sync` in another terminal reaches them with the variables printed here. Ctrl+C stops all.
"""

from __future__ import annotations

import argparse
import os
import ssl
import subprocess
import sys
from pathlib import Path

from rich.console import Console

from banso.demo.vendors.world import CREDENTIALS, SEGMENT, start_vendors
from banso.errors import BansoError
from banso.workspace import Workspace

console = Console()
PORTS = (8601, 8602, 8603, 8604)


def main(argv: list[str] | None = None) -> int:
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("workspace", type=Path)
    args.add_argument("--port", type=int, default=8000)
    args.add_argument("--accounts", type=int, default=300, help="accounts the vendors hold")
    opts = args.parse_args(argv)
    try:
        return run(opts.workspace, opts.port, opts.accounts)
    except BansoError as exc:
        console.print(f"[bold red]error:[/] {exc}", markup=False)
        return 1


def run(folder: Path, port: int, accounts: int) -> int:
    import trustme

    ca = trustme.CA()
    server_tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert("127.0.0.1").configure_cert(server_tls)
    ca_file = folder / "vendor-ca.pem"
    ca.cert_pem.write_to_path(str(ca_file))
    env = {**os.environ, **CREDENTIALS, "REQUESTS_CA_BUNDLE": str(ca_file), "SSL_CERT_FILE": str(ca_file)}

    ws = Workspace.open(folder)
    vendors = start_vendors(ws, accounts=accounts, tls=server_tls, ports=PORTS)
    try:
        _write_config(ws, vendors.config())
        _segment(ws)
        ws.close()
        banso = [sys.executable, "-c", "from banso.cli import main; main()"]
        steps = [["sync", "pull", name] for name in ("salesforce", "hubspot", "zendesk", "intercom")]
        steps += [["sync", "push", "salesforce", "--dry-run"]]
        steps += [["sync", "push", name] for name in ("salesforce", "hubspot", "at_risk_file", "at_risk_list")]
        steps += [["sync", "list"]]
        for step in steps:
            console.print(f"\n[bold]$ banso {' '.join(step)}[/]")
            subprocess.run([*banso, *step, "-w", str(folder)], env=env, check=False)
        console.print("\nThe vendors keep serving while the web app runs; `banso sync` reaches them with:")
        for key in (*CREDENTIALS, "REQUESTS_CA_BUNDLE", "SSL_CERT_FILE"):
            console.print(f"  export {key}={env[key]}")
        console.print(f"Open http://127.0.0.1:{port}/connections (Ctrl+C stops the web app and the vendors)")
        subprocess.run([*banso, "serve", "-w", str(folder), "--port", str(port)], env=env, check=False)
    except KeyboardInterrupt:
        pass
    finally:
        ws.close()
        vendors.stop()
    return 0


def _write_config(ws: Workspace, sections: str) -> None:
    """Replace the template's empty sections (or an earlier demo's) with the stand-ins' settings."""
    text = ws.config_path.read_text(encoding="utf-8")
    text = text.split("\n# -- connectors demo --\n")[0]
    kept = "\n".join(line for line in text.splitlines() if line not in ("connectors: {}", "segment_syncs: {}"))
    ws.config_path.write_text(kept + "\n# -- connectors demo --\n" + sections.lstrip("\n"), encoding="utf-8")


def _segment(ws: Workspace) -> None:
    from banso.config.segment import SegmentSpec
    from banso.demo.demo_workspace import DEMO_LOGIN

    admin = ws.find_user(DEMO_LOGIN)
    if admin is not None and not any(s.name == SEGMENT for s in ws.saved_segments(admin)):
        ws.save_segment(admin, SEGMENT, SegmentSpec(band=["bad"]), shared=True)


if __name__ == "__main__":
    sys.exit(main())

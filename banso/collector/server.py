"""Running the collector: `serve` (what `banso collect` does) and `drain` (empty the spool, no server)."""

from __future__ import annotations

import logging
from pathlib import Path

from banso.collector import log_limits
from banso.collector.app import SPOOL_DIR, CollectorSettings, create_app
from banso.collector.compactor import Compactor
from banso.collector.guard import ConnectionLimits, Guard, protocol_class
from banso.collector.site import Site
from banso.collector.spool import Spool


def serve(site: Site, host: str = "127.0.0.1", port: int = 8080, *,
          settings: CollectorSettings | None = None, ssl_certfile: str | None = None,
          ssl_keyfile: str | None = None, access_log: bool = False) -> None:
    """Serve the collector until interrupted; on the way out, store what the spool holds.

    Connections are guarded (`banso.collector.guard`) and repeated log lines limited
    (`banso.collector.log_limits`): the collector faces clients it does not control.
    """
    import uvicorn

    settings = settings or CollectorSettings()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    guard = Guard.for_serving(ConnectionLimits(settings.header_timeout, settings.body_timeout,
                                               settings.max_connections))
    app = create_app(site, settings)
    app.state.collector.connections = guard
    config = uvicorn.Config(app, host=host, port=port, ssl_certfile=ssl_certfile, ssl_keyfile=ssl_keyfile,
                            access_log=access_log, log_level="info", timeout_graceful_shutdown=10,
                            http=protocol_class(guard), backlog=guard.backlog)
    log_limits.install()  # after uvicorn configured its loggers
    logging.getLogger("banso.collector").info("at most %d connections; headers within %g s, bodies within %g s",
                                              guard.max_connections, settings.header_timeout, settings.body_timeout)
    uvicorn.Server(config).run()


def drain(site: Site, spool: Path | None = None) -> int:
    """Move everything spooled into the store, then return the number of events stored."""
    try:
        folder = spool or site.root / SPOOL_DIR
        if not folder.exists():
            return 0
        sp = Spool.open(folder, writer=False)
        try:
            return Compactor(sp, site.store_path, site.timezone).drain()
        finally:
            sp.close()
    finally:
        site.close()

"""The service: one long-running process per workspace (`banso serve`).

It owns the store and serves the web app, the JSON API and (with `--collect` or `service.collect`)
the collector; a scheduler runs the daily work and renews the current scores; commands of the CLI
find it through the workspace's runtime folder and hand it their work over a local, authenticated
channel (`banso.service.channel`). See docs/operations.md.
"""

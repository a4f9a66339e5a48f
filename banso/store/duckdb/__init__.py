"""The default store: an embedded DuckDB file in the workspace.

Each module has a twin of the same name in `banso.store.portable` (the engines reached through Ibis
alone): `store` (the Store itself), `prepared` (queries compiled once, run per date), `rollup` (the
daily rollups), `snapshots` (writing health snapshots), `derived` (summaries kept for the insights).
DuckDB also has what only it needs: the bulk load of files (`bulk_load`, `event_append`, `load_sql`)
and the collector's appends (`collector_sink`). The neutral modules one level up (`banso.store.rollup`,
`prepared`, `snapshots`, `derived`) pick the twin for a store.
"""

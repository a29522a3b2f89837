"""Sync with the township through bundles (USB stick first, the network when there is one).

Public API (other areas call these):
- `reports.register(name, label)` — decorator for `fn(store, 'YYYY-MM') -> dict`, a part of
  the monthly report (上报). `reports.build / prepare / submit / review / report / reports`.
- `exchange.register_reference_table(table, label)` — a township-owned table every village
  receives (e.g. red-white standards templates); `exchange.register_table_label(table, label)`
  names a table in import summaries; `exchange.register_local_only(table)` keeps one home.
- `reference.mark(store, table, record_id=None)` — the township marks a table or one row as
  reference data to send down.
- `exchange.export_bundle / export_all / build_bundle / pending_count`; `importing.import_bundle /
  verify_bundle / describe` (also reachable as `exchange.import_bundle`).
- `peers.identity / add_peer / add_peer_from_card / peers / find_peer`, `keys.fingerprint`.
- `township.population_by_village / month_summary / late_villages / export_xlsx / html_report`.
"""
from desktop.core.sync import reports  # noqa: F401  (registers the roster part of the monthly report)
from desktop.core.sync import area_reports  # noqa: F401,E402  (funds and red-white parts)

"""Sync with the township through bundles (USB stick first, the network when there is one).

Public API (other areas call these):
- `registry.register_sync(labels=, reference=, local_only=, report=)` — the one way an area
  joins sync: its tables' names, township-owned tables every village receives (red-white
  standards), tables that never leave the PC, and its part of the monthly report (上报).
- `reports.build / prepare / submit / review / report / reports` (the monthly report cycle).
- `reference.mark(store, table, record_id=None)` — the township marks a table or one row as
  reference data to send down.
- `exchange.export_bundle / export_all / build_bundle / pending_count`; `importing.import_bundle`,
  `verify.verify_bundle`, `import_summary.describe`; `acks` (what each peer acknowledged, how far each origin is held).
- `peers.identity / add_peer / add_peer_from_card / peers / find_peer`, `keys.fingerprint`.
- `township.population_by_village / month_summary / late_villages / export_xlsx / html_report`.
- `many_bundles.import_many` (a stick or folder of bundles, one backup per batch), `refusal_log.refusals`.

Trust between offices (issue 14): `ownership.check_bundle` (a change may only touch records
its origin owns; run on the whole bundle before anything is written, so a batched importer
keeps it), `heads` (each bundle's signed history head; `accept_history`), `auth` (signed
network requests), `desktop.core.chain_code` (the 账本校验码 on money notices).
"""

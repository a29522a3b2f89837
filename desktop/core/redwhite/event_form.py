"""Saving a whole red-white event form at once (the GUI's event dialog): the event itself,
then each later step the clerk filled in (decision, pledge, actual figures, handling of a
violation), in one transaction, each only when it differs from what is saved."""
from __future__ import annotations

from db import Store
from desktop.core.redwhite import event_queries, events
from desktop.core.redwhite.codes import FIGURES


def save_event(store: Store, event_id: str | None, *, basics: dict, plan: dict, decision: dict | None = None,
               pledge: dict | None = None, actual: dict | None = None, actual_date: str | None = None,
               violation: dict | None = None, allow_duplicate: bool = False) -> str:
    """Add (event_id None) or change an event; returns its id. All or nothing.

    basics: add_event's fields (kind, host_person_id, subject, place, start_date, end_date,
    report_date, phone); decision: decide()'s (decision, decision_date, by_member_id, note);
    pledge: (pledge_date, signer); actual: the figures, recorded on actual_date; violation:
    (action, action_date, note). A DuplicateEventError asks the clerk; saving again with
    allow_duplicate=True goes through."""
    with store.transaction():
        if event_id is None:
            event_id = events.add_event(store, plan=plan, allow_duplicate=allow_duplicate, **basics)
        else:
            ev = event_queries.get_event(store, event_id)
            changes = {k: v for k, v in basics.items() if (ev[k] or "") != (v or "")}
            saved_plan = {f.key: ev["plan"][f.key] for f in FIGURES}
            plan_changed = saved_plan != plan
            if changes or plan_changed:
                events.update_event(store, event_id, plan=plan if plan_changed else None,
                                    allow_duplicate=allow_duplicate, **changes)
        ev = event_queries.get_event(store, event_id)
        if decision and (decision["decision"], decision["decision_date"], decision["by_member_id"],
                         decision["note"].strip()) != \
                (ev["decision"], ev["decision_date"], ev["decision_by"], ev["decision_note"]):
            events.decide(store, event_id, decision["decision"], decision_date=decision["decision_date"],
                          by_member_id=decision["by_member_id"] or "", note=decision["note"])
        if pledge and (pledge["pledge_date"], pledge["signer"].strip()) != (ev["pledge_date"], ev["pledge_signer"]):
            events.sign_pledge(store, event_id, pledge_date=pledge["pledge_date"], signer=pledge["signer"])
        if actual is not None:
            saved = {f.key: ev["actual"][f.key] for f in FIGURES} if ev["actual"] else None
            if saved != actual or ev["actual"]["recorded_date"] != actual_date:
                events.record_actual(store, event_id, actual, recorded_date=actual_date)
        if violation and violation["action"] and \
                (violation["action"], violation["action_date"], violation["note"].strip()) != \
                (ev["violation_action"], ev["violation_date"], ev["violation_note"]):
            events.handle_violation(store, event_id, action=violation["action"],
                                    action_date=violation["action_date"], note=violation["note"])
    return event_id

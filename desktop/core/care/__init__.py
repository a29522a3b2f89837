"""Elderly day-care and childcare tallies (托老托幼): places, enrolment, daily register, reports.

Modules: kinds (codes), places, enrolment, register (the daily grid), report (tallies),
export_xlsx, report_pdf, importer (paper sign-in sheets), demo.
"""
from __future__ import annotations

from desktop.core import events


@events.subscribe("person.left")
def _person_left(store, *, person_id: str, status: str, date: str, reason: str = "", **_ignored) -> None:
    """The roster recorded a death, move-out or merge: end enrolments on that date (same transaction)."""
    from desktop.core.care.enrolment import carry_to_kept, end_for_person
    why = f"花名册登记{status}" + (f"：{reason}" if reason else "")
    if status == "已合并":
        kept = store.scalar("SELECT merged_into FROM person WHERE id=?", (person_id,))
        if kept:   # the same person: enrolments and attendance go with the kept record
            carry_to_kept(store, person_id, kept)
    end_for_person(store, person_id, date, why)


def _join_sync() -> None:
    from desktop.core.care.township import TABLE_LABELS, township_part
    from desktop.core.sync.registry import register_sync
    register_sync(labels=TABLE_LABELS, report=("care", "托老托幼", township_part))


_join_sync()

"""Reading red-white events: the list (with both figure sets and the verdict), one event in
full for the detail dialog and the notices, its public JSON shape, and finding an event or
its host by what the clerk typed."""
from __future__ import annotations

from db import Store
from db.errors import NotFoundError, RefusedError, ValidationError
from desktop.core.redwhite import standards
from desktop.core.redwhite.codes import check_kind
from desktop.core.redwhite.events import FIGURE_KEYS, figures_of, verdict_of

_LIST_SQL = """
SELECT e.*, p.name AS host_name, p.id_number AS host_id_number, h.hh_no, h.group_id,
       g.name AS group_name, m.name AS decision_by_name
FROM redwhite_event e
JOIN person p ON p.id = e.host_person_id
LEFT JOIN household h ON h.id = p.household_id
LEFT JOIN village_group g ON g.id = h.group_id
LEFT JOIN redwhite_member m ON m.id = e.decision_by
"""


def event_years(store: Store) -> list[int]:
    """The years events were held in, for the year filter."""
    return [int(r[0]) for r in store.query(
        "SELECT DISTINCT substr(start_date, 1, 4) FROM redwhite_event ORDER BY 1")]


def list_events(store: Store, *, year: int | None = None, kind: str | None = None,
                group_id: str | None = None, include_cancelled: bool = False,
                date_from: str | None = None, date_to: str | None = None,
                site_id: str | None = None) -> list[dict]:
    """One site's events (default: this installation's own; a township names a village's
    site_id) with host, group, both figure sets and the verdict; newest first."""
    where, params = ["e.site_id = ?"], [site_id or store.site_id]
    if year:
        where.append("e.start_date BETWEEN ? AND ?")
        params += [f"{int(year):04d}-01-01", f"{int(year):04d}-12-31"]
    if date_from:
        where.append("e.start_date >= ?")
        params.append(date_from)
    if date_to:
        where.append("e.start_date <= ?")
        params.append(date_to)
    if kind:
        where.append("e.kind = ?")
        params.append(check_kind(kind))
    if group_id:
        where.append("h.group_id = ?")
        params.append(group_id)
    if not include_cancelled:
        where.append("e.cancelled = 0")
    sql = _LIST_SQL + " WHERE " + " AND ".join(where) + \
        " ORDER BY e.start_date DESC, e.created_at DESC"
    events = [dict(r) for r in store.query(sql, params)]
    figures: dict[tuple[str, str], dict] = {}
    if events:
        ids = [e["id"] for e in events]
        for chunk in range(0, len(ids), 500):
            part = ids[chunk:chunk + 500]
            for r in store.query(f"SELECT * FROM redwhite_figures WHERE event_id IN ({','.join('?' * len(part))})",
                                 part):
                figures[(r["event_id"], r["stage"])] = dict(r)
    timeline = standards.Timeline(store, site_id)
    for ev in events:
        ev["plan"] = figures.get((ev["id"], "plan"))
        ev["actual"] = figures.get((ev["id"], "actual"))
        ev["verdict"] = verdict_of(store, ev, timeline, ev["plan"], ev["actual"], load=False)
    return events


def get_event(store: Store, event_id: str) -> dict:
    """One event with everything the detail dialog and the notices need."""
    row = store.one(_LIST_SQL + " WHERE e.id = ?", (event_id,))
    if row is None:
        raise NotFoundError(f"找不到红白事项（{event_id}）。")
    ev = dict(row)
    ev["plan"] = figures_of(store, event_id, "plan")
    ev["actual"] = figures_of(store, event_id, "actual")
    ev["verdict"] = verdict_of(store, ev, load=False, plan=ev["plan"], actual=ev["actual"])
    version = standards.version_for(store, ev["start_date"], ev["site_id"])
    ev["standard"] = version["standards"].get(ev["kind"]) if version else None
    ev["visits"] = [dict(r) for r in store.query(
        "SELECT v.*, m.name AS member_name, m.role AS member_role FROM redwhite_visit v "
        "LEFT JOIN redwhite_member m ON m.id = v.member_id WHERE v.event_id=? ORDER BY v.visit_date",
        (event_id,))]
    ev["hall_money"] = [dict(r) for r in store.query(
        "SELECT * FROM redwhite_hall_money WHERE event_id=? ORDER BY entry_date", (event_id,))]
    return ev


def public_event(ev: dict) -> dict:
    """A stable, PIPL-minded JSON shape (no ID number) for the CLI and exports."""
    keep = ("id", "kind", "subject", "start_date", "end_date", "place", "report_date", "decision",
            "decision_date", "decision_by_name", "decision_note", "pledge_date", "pledge_signer",
            "violation_action", "violation_date", "violation_note", "cancelled", "host_name", "hh_no",
            "group_name")
    out = {k: ev.get(k) for k in keep}
    fig_keys = FIGURE_KEYS + ("recorded_date",)
    out["plan"] = {k: ev["plan"][k] for k in fig_keys} if ev.get("plan") else None
    out["actual"] = {k: ev["actual"][k] for k in fig_keys} if ev.get("actual") else None
    out["verdict"] = ev["verdict"]
    return out


def find_event(store: Store, ref: str) -> str:
    """An event by id or by the first characters of its id (as `event list` shows them)."""
    ref = (ref or "").strip().lower()
    if len(ref) < 4:
        raise ValidationError("请给出事项编号（至少前 4 位，见 cunwu redwhite event list）。", field="event")
    rows = store.query("SELECT id FROM redwhite_event WHERE id LIKE ? AND site_id=?",
                       (ref + "%", store.site_id))
    if not rows:
        raise NotFoundError(f"没有编号为“{ref}”的红白事项。")
    if len(rows) > 1:
        raise RefusedError(f"编号“{ref}”对应 {len(rows)} 件事项，请多给几位。")
    return rows[0][0]


def find_host(store: Store, ref: str, *, hh_no: str | None = None) -> str:
    """A living villager of this installation's own roster, found the one way (inputs.person)."""
    from desktop.core.inputs.person import find_person
    from desktop.core.roster.codes import LIVING_STATUSES
    return find_person(store, ref, statuses=LIVING_STATUSES, own_site=True, hh_no=hh_no,
                       field="host", label="办事人")["id"]

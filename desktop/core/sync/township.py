"""What a township sees: its villages side by side, from their synced records and monthly reports.

Population and special groups come straight from the villages' rosters (synced, read-only);
care, red-white and fund figures come from the monthly reports the villages submitted,
added up leaf by leaf. Who is late: no bundle for too long, or this month's report missing.
"""
from __future__ import annotations

import html
import io
from datetime import datetime, timedelta, timezone
from pathlib import Path

from db import Store
from desktop.core.sync import exchange, peers, reports

LATE_AFTER_DAYS = 35


def villages(store: Store) -> list[dict]:
    """The villages this township expects (registered), in division-code order."""
    return [p for p in peers.peers(store) if p["relation"] == "child"]


def population_by_village(store: Store) -> dict:
    """Households, residents and special groups per village, from the synced rosters.

    One grouped pass over each table, whatever the number of villages.
    """
    households = dict(store.query("SELECT site_id, COUNT(*) FROM household WHERE status='active' GROUP BY site_id"))
    persons: dict[str, dict[str, int]] = {}
    for site, status, n in store.query("SELECT site_id, status, COUNT(*) FROM person "
                                       "WHERE status IN ('在册','外出务工') GROUP BY site_id, status"):
        persons.setdefault(site, {})[status] = n
    groups: dict[str, dict[str, int]] = {}
    for site, kind, n in store.query(
            "SELECT g.site_id, g.kind, COUNT(DISTINCT g.person_id) FROM person_group g JOIN person p ON p.id=g.person_id "
            "WHERE p.status IN ('在册','外出务工') AND (g.end_date IS NULL OR g.end_date='' "
            "OR g.end_date >= date('now')) GROUP BY g.site_id, g.kind"):
        groups.setdefault(site, {})[kind] = n
    rows = []
    for v in villages(store):
        site = v["peer_site_id"] or ""
        counts = persons.get(site, {})
        rows.append({"site_id": site, "name": v["name"], "division_code": v["division_code"],
                     "households": households.get(site, 0), "persons": sum(counts.values()),
                     "away": counts.get("外出务工", 0), "groups": groups.get(site, {})})
    kinds = sorted({k for r in rows for k in r["groups"]})
    total = {"name": "合计", "division_code": "", "households": sum(r["households"] for r in rows),
             "persons": sum(r["persons"] for r in rows), "away": sum(r["away"] for r in rows),
             "groups": {k: sum(r["groups"].get(k, 0) for r in rows) for k in kinds}}
    return {"villages": rows, "total": total, "kinds": kinds}


def month_summary(store: Store, month: str) -> dict:
    """Each village's submitted report for a month, flattened, and the township's totals."""
    month = reports.check_month(month)
    rows, keys = [], []
    totals: dict[str, int | float] = {}
    for v in villages(store):
        rep = reports.report(store, month, v["peer_site_id"] or "") if v["peer_site_id"] else None
        status = rep["status"] if rep else "missing"
        figures = reports.numeric_leaves(rep["data"]) if rep and status in ("submitted", "accepted", "returned") else {}
        counted = status in ("submitted", "accepted")
        for key, value in figures.items():
            if key not in keys:
                keys.append(key)
            if counted:
                totals[key] = totals.get(key, 0) + value
        rows.append({"site_id": v["peer_site_id"], "name": v["name"], "division_code": v["division_code"],
                     "status": status, "status_label": reports.STATE_LABELS.get(status, "未上报"),
                     "comment": rep["comment"] if rep else "", "report_id": rep["id"] if rep else None,
                     "counted": counted, "figures": figures})
    return {"month": month, "villages": rows, "keys": keys, "totals": totals,
            "labels": {k: reports.leaf_label(k) for k in keys}}


def late_villages(store: Store, month: str | None = None, *, days: int = LATE_AFTER_DAYS,
                  now: datetime | None = None) -> list[dict]:
    """Villages with no bundle for `days` days, or (given a month) no report submitted for it."""
    now = now or datetime.now(timezone.utc)
    out = []
    for v in villages(store):
        last_in = exchange.last_exchanges(store, v["id"])["in"]
        reasons = []
        if last_in is None:
            reasons.append("从未收到数据包")
        else:
            when = datetime.fromisoformat(last_in["created_at"])
            if now - when > timedelta(days=days):
                reasons.append(f"已 {(now - when).days} 天没有收到数据包")
        if month:
            rep = reports.report(store, month, v["peer_site_id"]) if v["peer_site_id"] else None
            if rep is None or rep["status"] == "draft":
                reasons.append(f"{month} 月报未上报")
            elif rep["status"] == "returned":
                reasons.append(f"{month} 月报已退回，尚未重新上报")
        if reasons:
            out.append({"name": v["name"], "division_code": v["division_code"], "peer_id": v["id"],
                        "last_in": last_in["created_at"] if last_in else None, "reasons": reasons})
    return out


def _population_table(pop: dict) -> tuple[list[str], list[list]]:
    head = ["村", "区划代码", "户数", "人数", "外出务工"] + pop["kinds"]
    body = [[r["name"], r["division_code"], r["households"], r["persons"], r["away"]]
            + [r["groups"].get(k, 0) for k in pop["kinds"]] for r in pop["villages"] + [pop["total"]]]
    return head, body


def _month_table(summary: dict) -> tuple[list[str], list[list]]:
    head = ["村", "区划代码", "状态"] + [summary["labels"][k] for k in summary["keys"]]
    body = [[r["name"], r["division_code"], r["status_label"]] + [r["figures"].get(k, "") for k in summary["keys"]]
            for r in summary["villages"]]
    body.append(["合计（已上报、已接收）", "", ""] + [summary["totals"].get(k, 0) for k in summary["keys"]])
    return head, body


def _late_table(late: list[dict]) -> tuple[list[str], list[list]]:
    return ["村", "区划代码", "最近收到数据包", "情况"], [
        [r["name"], r["division_code"], (r["last_in"] or "")[:10], "；".join(r["reasons"])] for r in late]


def tables(store: Store, month: str) -> list[tuple[str, list[str], list[list]]]:
    """The township's three views as (title, header, rows): shared by .xlsx export and printing."""
    return [("人口与特殊群体", *_population_table(population_by_village(store))),
            (f"{month}月报汇总", *_month_table(month_summary(store, month))),
            ("迟报情况", *_late_table(late_villages(store, month)))]


def export_xlsx(store: Store, path: str | Path, month: str) -> Path:
    from openpyxl import Workbook
    from desktop.core.sheets import add_sheet, neutralise_book
    from desktop.core.sync.bundle import write_atomic
    book = Workbook()
    book.remove(book.active)
    for title, head, body in tables(store, month):
        add_sheet(book, title, head, body)
    neutralise_book(book)
    buffer = io.BytesIO()
    book.save(buffer)
    return write_atomic(path, buffer.getvalue())


def _html_table(head: list, body: list[list]) -> str:
    cell = "<td style='white-space:nowrap'>{}</td>"
    rows = ["<tr>" + "".join(f"<th style='white-space:nowrap'>{html.escape(str(h))}</th>" for h in head) + "</tr>"]
    rows += ["<tr>" + "".join(cell.format(html.escape(str(c))) for c in row) + "</tr>" for row in body]
    return "<table border='1' cellspacing='0' cellpadding='2'>" + "".join(rows) + "</table>"


def html_report(store: Store, month: str, township_name: str = "") -> str:
    """The same tables as printable HTML (the GUI prints it landscape; no Qt here).

    The month's figures are printed turned: one line per figure, one column per village,
    so thirty villages still fit across an A4 page.
    """
    parts = [f"<h2 style='text-align:center'>{html.escape(township_name)}村级数据汇总（{month}）</h2>"]
    for i, (title, head, body) in enumerate(tables(store, month)):
        parts.append(f"<h3>{html.escape(title)}</h3>")
        if not body:
            parts.append("<p>（无）</p>")
            continue
        if i == 1:   # turned: figures down, villages across
            villages_row = [r[0] for r in body[:-1]] + ["合计"]
            turned = [["状态"] + [r[2] for r in body[:-1]] + [""]]
            for col in range(3, len(head)):
                turned.append([head[col]] + [r[col] for r in body])
            parts.append(_html_table(["项目"] + villages_row, turned))
        else:
            parts.append(_html_table(head, body))
    return "\n".join(parts)

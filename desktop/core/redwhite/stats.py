"""The year's statistics: events by kind and group, timeliness, compliance, what was saved.

"Saved" compares each held event with the village's own stated pre-reform averages
(a setting the clerk edits): tables, cost per table and, for weddings, 彩礼.
"""
from __future__ import annotations

from db import Store
from db.errors import NotFoundError, RefusedError, ValidationError
from desktop.core.redwhite import event_queries
from desktop.core.redwhite.codes import KINDS, check_kind

BASELINE_FIELDS = {"tables": ("改革前平均桌数", 300), "cost_per_table_fen": ("改革前每桌平均花费", 10_000_00),
                   "bride_price_fen": ("改革前平均彩礼", 2_000_000_00)}
# An example of what villages report about "before": adjust to the village's own survey.
EXAMPLE_BASELINE = {
    "婚事": {"tables": 40, "cost_per_table_fen": 800_00, "bride_price_fen": 120_000_00},
    "丧事": {"tables": 35, "cost_per_table_fen": 600_00, "bride_price_fen": 0},
    "寿宴": {"tables": 20, "cost_per_table_fen": 600_00, "bride_price_fen": 0},
    "满月": {"tables": 15, "cost_per_table_fen": 600_00, "bride_price_fen": 0},
    "升学宴": {"tables": 20, "cost_per_table_fen": 600_00, "bride_price_fen": 0},
    "乔迁宴": {"tables": 20, "cost_per_table_fen": 600_00, "bride_price_fen": 0},
    "其他": {"tables": 10, "cost_per_table_fen": 500_00, "bride_price_fen": 0},
}


def _saved_baseline(store: Store, site_id: str | None = None) -> dict[str, dict]:
    return {r["kind"]: dict(r) for r in store.query(
        "SELECT * FROM redwhite_baseline WHERE site_id=?", (site_id or store.site_id,))}


def baseline(store: Store, site_id: str | None = None) -> dict[str, dict]:
    """Per kind: tables, cost_per_table_fen, bride_price_fen (the example where not stated).
    Each village states its own; a township reads a village's by its site_id."""
    saved = _saved_baseline(store, site_id)
    return {k: {f: (saved[k][f] if k in saved else EXAMPLE_BASELINE[k][f]) for f in BASELINE_FIELDS}
            for k in KINDS}


def baseline_is_example(store: Store, site_id: str | None = None) -> bool:
    return not _saved_baseline(store, site_id)


def set_baseline(store: Store, kind: str, **values: int) -> dict:
    kind = check_kind(kind)
    for key, value in values.items():
        if key not in BASELINE_FIELDS:
            raise ValidationError(f"改革前平均数没有“{key}”这一项。", field=key)
        label, absurd = BASELINE_FIELDS[key]
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise ValidationError(f"{kind}的{label}应为不小于 0 的整数。", field=key)
        if value > absurd:
            raise ValidationError(f"{kind}的{label}数值不合常理，请检查。", field=key)
    with store.transaction():
        merged = {**baseline(store)[kind], **values}
        row = _saved_baseline(store).get(kind)
        if row:
            store.update("redwhite_baseline", row["id"], merged)
        else:
            store.insert("redwhite_baseline", {"kind": kind, **merged})
    return merged


def set_baselines(store: Store, by_kind: dict[str, dict[str, int]]) -> None:
    """Several kinds' averages at once (the GUI's table): all or none. A refusal names its
    kind in `exc.kind`, so the form can point at the cell."""
    with store.transaction():
        for kind, values in by_kind.items():
            try:
                set_baseline(store, kind, **values)
            except ValidationError as exc:
                exc.kind = kind
                raise


def _empty(label: str) -> dict:
    return {"label": label, "events": 0, "reported_in_time": 0, "late": 0, "with_actual": 0,
            "within_standards": 0, "violations": 0, "violations_handled": 0, "tables_actual": 0,
            "cost_actual_fen": 0, "tables_saved": 0, "money_saved_fen": 0, "figures_incomplete": 0}


def _add(bucket: dict, ev: dict, base: dict) -> None:
    verdict = ev["verdict"]
    bucket["events"] += 1
    if verdict["late"]:
        bucket["late"] += 1
    else:
        bucket["reported_in_time"] += 1
    actual = ev["actual"]
    if actual is None:
        return
    bucket["with_actual"] += 1
    if verdict["within_standards"]:
        bucket["within_standards"] += 1
    elif verdict["within_standards"] is False:
        bucket["violations"] += 1
        if ev["violation_action"]:
            bucket["violations_handled"] += 1
    # Unknown figures (未填) save nothing: an event counts towards the tables saved only with
    # its tables known, towards the money saved only with every figure of the cost known.
    wedding = ev["kind"] == "婚事"
    cost_parts = [actual["tables"], actual["cost_per_table_fen"]] + ([actual["bride_price_fen"]] if wedding else [])
    if any(v is None for v in cost_parts) or verdict.get("actual_unknown"):
        bucket["figures_incomplete"] += 1
    if actual["tables"] is not None:
        bucket["tables_actual"] += actual["tables"]
        bucket["tables_saved"] += base["tables"] - actual["tables"]
    if all(v is not None for v in cost_parts):
        spent = actual["tables"] * actual["cost_per_table_fen"] + (actual["bride_price_fen"] if wedding else 0)
        before = base["tables"] * base["cost_per_table_fen"] + (base["bride_price_fen"] if wedding else 0)
        bucket["cost_actual_fen"] += spent
        bucket["money_saved_fen"] += before - spent


def _shares(bucket: dict) -> dict:
    def pct(part: int, whole: int) -> float | None:
        return round(100.0 * part / whole, 1) if whole else None
    bucket["in_time_pct"] = pct(bucket["reported_in_time"], bucket["events"])
    bucket["within_pct"] = pct(bucket["within_standards"], bucket["with_actual"])
    return bucket


def _check_year(year) -> None:
    if isinstance(year, bool) or not isinstance(year, int) or not 1980 <= year <= 2100:
        raise ValidationError(f"年份“{year}”不对（应为四位数，如 2026）。", field="year")


def year_stats(store: Store, year: int, *, group_id: str | None = None, site_id: str | None = None) -> dict:
    """One site's year (default: this installation's own; a township names a village)."""
    _check_year(year)
    site = site_id or store.site_id
    base = baseline(store, site)
    events = event_queries.list_events(store, year=year, group_id=group_id, site_id=site)
    total = _empty("合计")
    by_kind = {k: _empty(k) for k in KINDS}
    by_group: dict[str, dict] = {}
    by_month = {m: {k: 0 for k in KINDS} for m in range(1, 13)}
    violations = []
    for ev in events:
        kind_base = base[ev["kind"]]
        _add(total, ev, kind_base)
        _add(by_kind[ev["kind"]], ev, kind_base)
        group = ev["group_name"] or "（未分组）"
        _add(by_group.setdefault(group, _empty(group)), ev, kind_base)
        by_month[int(ev["start_date"][5:7])][ev["kind"]] += 1
        if ev["verdict"]["within_standards"] is False:
            violations.append({"id": ev["id"], "kind": ev["kind"], "start_date": ev["start_date"],
                               "host_name": ev["host_name"], "group_name": ev["group_name"],
                               "findings": [f["message"] for f in ev["verdict"]["actual_findings"]],
                               "action": ev["violation_action"]})
    group_order = {g["name"]: i for i, g in enumerate(store.query(
        "SELECT name FROM village_group WHERE site_id=? ORDER BY sort_order, name", (site,)))}
    return {
        "year": year, "group_id": group_id, "site_id": site,
        "baseline_is_example": baseline_is_example(store, site),
        "total": _shares(total),
        "by_kind": [_shares(by_kind[k]) for k in KINDS],
        "by_group": [_shares(b) for _, b in sorted(by_group.items(),
                                                   key=lambda kv: group_order.get(kv[0], 999))],
        "by_month": [{"month": m, **counts} for m, counts in by_month.items()],
        "violations": sorted(violations, key=lambda v: v["start_date"]),
    }


def _summed(label: str, buckets: list[dict]) -> dict:
    out = _empty(label)
    for b in buckets:
        for key in out:
            if key != "label":
                out[key] += b[key]
    return _shares(out)


def village_site(store: Store, ref: str) -> dict:
    """On a township file, one of its registered villages by name or division code:
    {"site_id", "name", "division_code"}. Refused on a village file."""
    from desktop.core.sync import peers
    if peers.my_role(store) != "township":
        raise RefusedError("只有乡镇安装才能查看各村的红白事数据；本机是村安装，只有本村的数据。")
    peer = peers.find_peer(store, ref)
    if peer["relation"] != "child" or not peer["peer_site_id"]:
        raise NotFoundError(f"“{ref}”不是本乡镇登记的村。")
    return {"site_id": peer["peer_site_id"], "name": peer["name"], "division_code": peer["division_code"]}


def scope(store: Store, village_ref: str | None = None, group_name: str | None = None
          ) -> tuple[dict | None, str | None]:
    """What a listing looks at: one village of a township file (village_site, or None for
    this installation's own records) and one village group (its id, or None for all)."""
    from desktop.core import village
    site = village_site(store, village_ref) if village_ref else None
    if group_name and site:
        raise ValidationError("乡镇查看某村时不能再按村民小组筛选（各村的小组同名）。", field="group")
    return site, village.group_id_by_name(store, group_name) if group_name else None


def township_stats(store: Store, year: int) -> dict:
    """A township's view: each registered village's year from its synced records (judged by
    that village's standards, savings against its own baseline), and the villages added up.
    The township's own events, if any, stay out of it (year_stats(store, year) shows them)."""
    from desktop.core.sync import township
    _check_year(year)
    rows, per_kind = [], {k: [] for k in KINDS}
    for v in township.villages(store):
        if not v["peer_site_id"]:
            continue
        data = year_stats(store, year, site_id=v["peer_site_id"])
        rows.append({**data["total"], "label": v["name"], "name": v["name"], "site_id": v["peer_site_id"],
                     "division_code": v["division_code"], "baseline_is_example": data["baseline_is_example"]})
        for b in data["by_kind"]:
            per_kind[b["label"]].append(b)
    return {"year": year, "villages": rows, "total": _summed("合计", rows),
            "by_kind": [_summed(k, per_kind[k]) for k in KINDS]}

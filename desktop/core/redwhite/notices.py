"""Collectors for the council's printed notices (the notices module renders them).

    collect_redwhite(store, period=..., event=...) -> RedWhiteNotice   红白喜事公示
    collect_pledge(store, event=...)              -> RedWhitePledge    承诺书
    collect_annual(store, year=...)               -> dict              年度工作总结 (data)
    render_annual(data) -> bytes                                        its A4 PDF

A 公示 shows only what the board needs: the host's name and group, the figures and
whether they kept to the standards. No ID number, no phone.
"""
from __future__ import annotations

import re
from datetime import date

from db import Store
from db.errors import RefusedError, ValidationError
from desktop.core.notices.contracts import PledgeItem, RedWhiteEvent, RedWhiteNotice, RedWhitePledge
from desktop.core.notices.publication import publication_for, village_name
from desktop.core.redwhite import event_queries, hall, standards, stats
from desktop.core.redwhite.codes import FIGURE_BY_KEY, FIGURES, KINDS
from desktop.core.money import capitals, yuan

_PERIOD = re.compile(r"^(\d{4})(?:-(?:(\d{1,2})|[Qq]([1-4])))?$")


def council_name(store: Store) -> str:
    return f"{village_name(store)}红白理事会"


def period_range(period: str) -> tuple[str, str, str]:
    """'2026' / '2026-03' / '2026-Q1' -> (first day, last day, label in Chinese)."""
    m = _PERIOD.match((period or "").strip())
    if not m:
        raise ValidationError(f"期间“{period}”格式不对（可写 2026、2026-03 或 2026-Q1）。", field="period")
    year = int(m.group(1))
    if m.group(2):
        month = int(m.group(2))
        if not 1 <= month <= 12:
            raise ValidationError(f"月份“{month}”不对。", field="period")
        last = (date(year + (month == 12), month % 12 + 1, 1).toordinal() - 1)
        return f"{year:04d}-{month:02d}-01", date.fromordinal(last).isoformat(), f"{year}年{month}月"
    if m.group(3):
        q = int(m.group(3))
        first_month = 3 * q - 2
        end = date(year + (q == 4), (3 * q) % 12 + 1, 1).toordinal() - 1
        names = "一二三四"
        return f"{year:04d}-{first_month:02d}-01", date.fromordinal(end).isoformat(), f"{year}年第{names[q - 1]}季度"
    return f"{year:04d}-01-01", f"{year:04d}-12-31", f"{year}年"


def _as_date(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


_NOTICE_FIGURES = {"tables": "tables", "cost_per_table": "cost_per_table_fen", "bride_price": "bride_price_fen",
                   "cars": "cars", "days": "days"}


def _version_label(verdict: dict) -> str:
    return verdict.get("version_date") or ""


def _notice_event(ev: dict) -> RedWhiteEvent:
    actual = ev["actual"] or {}
    verdict = ev["verdict"]
    wedding = ev["kind"] == "婚事"
    unknown = tuple(name for name, key in _NOTICE_FIGURES.items()
                    if actual.get(key) is None and (wedding or name != "bride_price"))
    return RedWhiteEvent(
        kind=ev["kind"], host=ev["host_name"], group=ev["group_name"] or "",
        event_date=_as_date(ev["start_date"]), reported_on=_as_date(ev["report_date"]),
        reported_in_time=not verdict["late"],
        tables=actual.get("tables"), cost_per_table=actual.get("cost_per_table_fen"),
        bride_price=actual.get("bride_price_fen") if wedding else None,
        cars=actual.get("cars"), days=actual.get("days"),
        compliant=verdict["within_standards"],
        violations=[f["message"] for f in verdict["actual_findings"]]
        + ([verdict["status"]] if verdict["within_standards"] is None and verdict.get("actual_unknown") else []),
        handling=ev["violation_action"] or "", unknown=unknown, standard=_version_label(verdict))


def _standard_lines(store: Store, held: list[dict]) -> list[str]:
    """The limits of every standards version that judged one of the events, oldest first,
    each for the kinds held under it: an event is judged by the version in force on its
    date, and the notice must print that version's rule beside it, not a later one's."""
    timeline = standards.Timeline(store)
    by_version: dict[str, tuple[dict, list[str]]] = {}
    for ev in held:
        version = timeline.on(ev["start_date"])
        if version is None:
            continue
        kinds = by_version.setdefault(version["id"], (version, []))[1]
        if ev["kind"] not in kinds:
            kinds.append(ev["kind"])
    lines = []
    for version, kinds in sorted(by_version.values(), key=lambda vk: vk[0]["effective_date"]):
        lines.append(f"{version['effective_date']} 起施行的标准：")
        for kind in [k for k in KINDS if k in kinds]:
            std = version["standards"].get(kind)
            if std:
                lines.append(f"{kind}：" + "；".join(standards.describe(std)[:8]))
    return lines


def collect_redwhite(store: Store, *, period: str | None = None, event: str | None = None,
                     issued_on: date | None = None, number: str | None = None) -> RedWhiteNotice:
    """红白喜事公示 for the events held in a period (with actual figures), or for one event."""
    if event:
        ev = event_queries.get_event(store, event_queries.find_event(store, event))
        if ev["actual"] is None:
            raise RefusedError(f"{ev['host_name']}家的{ev['kind']}还没有登记实际数字，不能公示。")
        held = [ev]
        label = f"{ev['start_date'][:4]}年{int(ev['start_date'][5:7])}月"
    else:
        if not period:
            period = str(date.today().year)
        first, last_day, label = period_range(period)
        held = [e for e in event_queries.list_events(store, date_from=first, date_to=last_day) if e["actual"]]
        held.sort(key=lambda e: (e["start_date"], e["host_name"]))
    pub = publication_for(store, issued_on=issued_on, number=number, disclosure=True,
                          issuer=council_name(store))
    return RedWhiteNotice(publication=pub, period_label=label, events=[_notice_event(e) for e in held],
                          standards=_standard_lines(store, held))


def collect_pledge(store: Store, *, event: str, issued_on: date | None = None,
                   number: str | None = "") -> RedWhitePledge:
    """承诺书 for one event: each limit in force on its date beside the family's plan."""
    ev = event_queries.get_event(store, event_queries.find_event(store, event))
    std = ev["standard"] or {}
    plan = ev["plan"] or {}
    items = []
    if std.get("banned"):
        items.append(PledgeItem(item=f"是否办{ev['kind']}", limit="不办（村规民约禁止）",
                                planned=FIGURE_BY_KEY["tables"].shown(plan.get("tables"))))
    else:
        for fig in FIGURES:
            limit = std.get(fig.limit) if fig.limit else None
            if fig.key == "bride_price_fen" and ev["kind"] != "婚事":
                continue
            if limit is None and not plan.get(fig.key):
                continue
            # A figure the family did not give prints 未填, never as their declaration of 0.
            items.append(PledgeItem(item=fig.label,
                                    limit=f"不超过 {fig.shown(limit)}" if limit is not None else "—",
                                    planned=fig.shown(plan.get(fig.key))))
    # [] prints the notices module's standard clauses; the village's own rule for this
    # kind of event goes first when it has one.
    clauses = []
    if std.get("rules"):
        from desktop.core.notices.templates import DEFAULT_COMMITMENTS
        clauses = [f"遵守本村关于{ev['kind']}的规定：{std['rules']}", *DEFAULT_COMMITMENTS]
    pub = publication_for(store, issued_on=issued_on or _as_date(ev["report_date"]), number=number,
                          issuer=council_name(store))
    return RedWhitePledge(publication=pub, kind=ev["kind"], host=ev["pledge_signer"] or ev["host_name"],
                          group=ev["group_name"] or "", event_date=_as_date(ev["start_date"]),
                          place=ev["place"], items=items, commitments=clauses, council=council_name(store),
                          warning=pledge_warning(ev))


def pledge_warning(ev: dict) -> str:
    """What the 承诺书 of an over-limit plan must say before the family signs: each limit the
    plan exceeds and the council's word on it ("" when the plan keeps to the standards)."""
    findings = [f["message"] for f in ev["verdict"]["plan_findings"]]
    if not findings:
        return ""
    decision = f"理事会意见：{ev['decision']}。" if ev.get("decision") else "理事会尚未作出意见。"
    return (f"本户申报超出本村标准（{'；'.join(findings)}）。{decision}"
            "签订本承诺书即承诺按本村标准办理。")


# The names the brief used; the notices registry uses the two above.
collect_redwhite_notice = collect_redwhite


def collect_annual(store: Store, *, year: int) -> dict:
    """The council's year in figures: events, compliance, savings, violations, hall money."""
    data = stats.year_stats(store, int(year))
    money = hall.hall_summary(store, int(year))
    council = [m for m in _members_in_year(store, int(year))]
    return {"year": int(year), "village": village_name(store), "council": council_name(store),
            "stats": data, "hall": money, "members": council}


def _members_in_year(store: Store, year: int) -> list[dict]:
    from desktop.core.redwhite import members
    first, last = f"{year:04d}-01-01", f"{year:04d}-12-31"
    return [{"name": m["name"], "role": m["role"]} for m in members.list_members(store)
            if m["term_start"] <= last and (m["term_end"] is None or m["term_end"] >= first)]


def annual_publication(store: Store, day: date | None = None):
    """The header block of the annual summary (no 文号, not a 公示), issued by the council."""
    return publication_for(store, issued_on=day or date.today(), number="", issuer=council_name(store))


def render_annual(data: dict, *, issued_on: date | None = None, store: Store | None = None) -> bytes:
    """The council's annual summary as an A4 PDF, on the notices page engine."""
    from desktop.core.notices.contracts import Publication
    from desktop.core.notices.layout import Column, Notice
    day = issued_on or date.today()
    pub = annual_publication(store, day) if store else \
        Publication(village_name=data["village"], issued_on=day, issuer=data["council"])
    st, money = data["stats"], data["hall"]
    total = st["total"]
    n = Notice(pub, f"{data['year']}年度红白理事会工作总结", subtitle=data["council"])
    n.paragraph(
        f"{data['year']}年，本村红白理事会按照村规民约共受理红白事申报 {total['events']} 起，其中按时申报 "
        f"{total['reported_in_time']} 起；已办结 {total['with_actual']} 起，符合标准 {total['within_standards']} 起，"
        f"超标 {total['violations']} 起（已处理 {total['violations_handled']} 起）。与改革前相比，全年少办酒席 "
        f"{total['tables_saved']} 桌，为群众节约 {yuan(total['money_saved_fen'], symbol=True)}。")
    if st.get("baseline_is_example"):
        n.paragraph("注：节约数按示例的改革前平均数估算。", "small")
    n.heading("一、按事项类别")
    cols = [Column("类别", 1.0, "C"), Column("事项", 0.7, "C"), Column("按时申报", 0.9, "C"),
            Column("已办结", 0.8, "C"), Column("符合标准", 0.9, "C"), Column("超标", 0.7, "C"),
            Column("节约桌数", 0.9, "R"), Column("节约金额（元）", 1.4, "R")]

    def row(b: dict) -> list:
        return [b["label"], b["events"], _pct_text(b["reported_in_time"], b["events"]), b["with_actual"],
                _pct_text(b["within_standards"], b["with_actual"]), b["violations"], b["tables_saved"],
                yuan(b["money_saved_fen"])]
    n.table(cols, [row(b) for b in st["by_kind"] if b["events"]] + [row(total)], total_rows=1)
    if st["by_group"]:
        n.heading("二、按村民小组")
        group_cols = [Column("村民小组", 1.0, "C")] + cols[1:]
        n.table(group_cols, [row(b) for b in st["by_group"]])
    n.heading("三、红白事服务中心资金收支")
    lines = [["上年结余", "", yuan(money["opening_fen"])]]
    lines += [["收入", x["category"], yuan(x["amount_fen"])] for x in money["income"]]
    lines += [["支出", x["category"], yuan(x["amount_fen"])] for x in money["expense"]]
    lines.append(["本年结余", "", yuan(money["closing_fen"])])
    n.table([Column("项目", 1.0, "C"), Column("类别", 2.0), Column("金额（元）", 1.4, "R")], lines, total_rows=1)
    n.paragraph(f"本年收入 {yuan(money['income_fen'], symbol=True)}（{capitals(money['income_fen'])}），支出 "
                f"{yuan(money['expense_fen'], symbol=True)}（{capitals(money['expense_fen'])}），年末结余 "
                f"{yuan(money['closing_fen'], symbol=True)}。", "plain")
    if st["violations"]:
        n.heading("四、超标事项及处理")
        vcols = [Column("日期", 1.0, "C"), Column("类别", 0.7, "C"), Column("事主", 0.9),
                 Column("村民小组", 0.8, "C"), Column("超标情况", 3.0), Column("处理", 1.1)]
        n.table(vcols, [[v["start_date"], v["kind"], v["host_name"], v["group_name"] or "",
                         "；".join(v["findings"]), v["action"] or "未处理"] for v in st["violations"]])
    if data["members"]:
        n.heading("五、理事会成员")
        n.paragraph("　".join(f"{m['role']}：{m['name']}" for m in data["members"]), "plain")
    n.signatures(["红白理事会会长（签字）", "监事（签字）"], issuer=data["council"])
    return n.render()


def _pct_text(part: int, whole: int) -> str:
    if not whole:
        return "—"
    return f"{part}（{part * 1000 // whole / 10}%）"

"""cunwu redwhite event add|amend|actual|decide|list|show|pledge|visit|violation|cancel."""
from __future__ import annotations

from db.errors import ValidationError
from desktop.cli.common import add_command, print_result, print_rows, store_for
from desktop.cli.redwhite_options import FIGURE_OPTIONS, redwhite_group
from desktop.core.redwhite.codes import FIGURES


def _add_figure_options(p) -> None:
    for opt, _key, _money, fig in FIGURE_OPTIONS:
        p.add_argument(f"--{opt}", help=f"{fig.label}（{fig.unit}）")


def _figures(args, prefix: str) -> dict:
    from desktop.core.redwhite.codes import parse_figure
    return {key: parse_figure(raw, field=key, label=f"{prefix}的“{fig.label}”", money=money)
            for opt, key, money, fig in FIGURE_OPTIONS
            if (raw := getattr(args, opt.replace("-", "_"))) is not None}


def register_events(rsub, parent) -> None:
    esub = redwhite_group(rsub, parent, "event", "红白事项：事前申报、理事会意见、事后实际")
    p = add_command(esub, parent, "add", cmd_event_add, "登记事前申报", json=True)
    p.add_argument("--kind", required=True, help="婚事、丧事、寿宴、满月、升学宴、乔迁宴、其他")
    p.add_argument("--host", required=True, help="办事人：姓名、身份证号或人员编号（须在花名册中）")
    p.add_argument("--hh-no", help="户号（同名时用来区分）")
    p.add_argument("--date", required=True, help="办事（开始）日期")
    p.add_argument("--end", help="结束日期（默认同开始日期）")
    p.add_argument("--report-date", required=True, help="申报日期")
    p.add_argument("--place", default="")
    p.add_argument("--subject", default="", help="事由，如 长子王伟与李娜结婚")
    p.add_argument("--phone", default="")
    p.add_argument("--allow-duplicate", action="store_true",
                   help="同一办事人同一天同类事项已登记过，确是另一件事时才用")
    _add_figure_options(p)

    p = add_command(esub, parent, "amend", cmd_event_amend,
                    "修改申报（理事会劝导或不同意后家属改小；只改给出的项目，其余不变）", json=True)
    p.add_argument("event", help="事项编号（前几位即可）")
    p.add_argument("--place")
    p.add_argument("--subject")
    p.add_argument("--phone")
    _add_figure_options(p)

    p = add_command(esub, parent, "actual", cmd_event_actual,
                    "登记事后实际数字（再次登记为更正：只改给出的项目，其余不变）", json=True)
    p.add_argument("event", help="事项编号（前几位即可）")
    p.add_argument("--date", required=True, help="登记日期")
    _add_figure_options(p)

    p = add_command(esub, parent, "decide", cmd_event_decide, "记录理事会意见：同意/劝导/不同意")
    p.add_argument("event")
    p.add_argument("--decision", required=True, choices=["同意", "劝导", "不同意"])
    p.add_argument("--date", required=True)
    p.add_argument("--by", required=True, help="作出决定的理事会成员（姓名或编号）")
    p.add_argument("--note", default="")

    p = add_command(esub, parent, "list", cmd_event_list, "列出红白事项及超标情况", json=True)
    p.add_argument("--year", type=int)
    p.add_argument("--kind")
    p.add_argument("--group", help="村民小组名称")
    p.add_argument("--village", help="（乡镇）某个村的事项：村名或区划代码")
    p.add_argument("--cancelled", action="store_true", help="包括已取消的")

    p = add_command(esub, parent, "show", cmd_event_show, "显示一件事项的全部情况", json=True)
    p.add_argument("event")

    p = add_command(esub, parent, "pledge", cmd_event_pledge, "登记家属已签订承诺书")
    p.add_argument("event")
    p.add_argument("--date", required=True)
    p.add_argument("--signer", default="", help="签字人（默认办事人）")

    p = add_command(esub, parent, "visit", cmd_event_visit, "登记理事会现场监督")
    p.add_argument("event")
    p.add_argument("--date", required=True)
    p.add_argument("--by", required=True, help="监督人（理事会成员姓名或编号）")
    p.add_argument("--finding", default="", help="监督情况")

    p = add_command(esub, parent, "violation", cmd_event_violation, "登记超标事项的处理")
    p.add_argument("event")
    p.add_argument("--action", required=True, help="处理方式，如 批评教育、公开通报")
    p.add_argument("--date", required=True)
    p.add_argument("--note", default="")

    p = add_command(esub, parent, "cancel", cmd_event_cancel, "取消一件事项（保留记录，不计入统计）")
    p.add_argument("event")
    p.add_argument("--reason", required=True)


def cmd_event_add(args) -> int:
    from desktop.core.redwhite import event_queries, events
    with store_for(args) as store:
        host = event_queries.find_host(store, args.host, hh_no=args.hh_no)
        event_id = events.add_event(
            store, kind=args.kind, host_person_id=host, start_date=args.date, end_date=args.end,
            report_date=args.report_date, place=args.place, subject=args.subject, phone=args.phone,
            plan=_figures(args, "申报"), allow_duplicate=args.allow_duplicate)
        ev = event_queries.get_event(store, event_id)
    return _print_event_result(args, ev, "已登记申报")


def cmd_event_amend(args) -> int:
    from desktop.core.redwhite import event_queries, events
    changes = {k: getattr(args, k) for k in ("place", "subject", "phone") if getattr(args, k) is not None}
    plan = _figures(args, "申报")
    if not changes and not plan:
        raise ValidationError("请给出要修改的项目（如 --tables 15）。", field="plan")
    with store_for(args) as store:
        event_id = event_queries.find_event(store, args.event)
        events.update_event(store, event_id, plan=plan or None, **changes)
        ev = event_queries.get_event(store, event_id)
    return _print_event_result(args, ev, "已修改申报")


def _print_event_result(args, ev: dict, done: str) -> int:
    from desktop.core.redwhite import checks, event_queries

    def text() -> None:
        print(f"{done}：{ev['kind']} {ev['host_name']} {ev['start_date']}（编号 {ev['id'][:8]}）")
        for line in checks.findings_text(ev["verdict"]):
            print(f"  ！{line}")
        if ev["verdict"]["plan_findings"] and ev["decision"] in ("劝导", "不同意") and not ev["actual"]:
            print(f"  理事会意见为“{ev['decision']}”：申报改到标准以内后，请再记录理事会意见。")
        print(f"  结论：{ev['verdict']['status']}")
    return print_result(args, event_queries.public_event(ev), text)


def cmd_event_actual(args) -> int:
    from desktop.core.redwhite import event_queries, events
    with store_for(args) as store:
        event_id = event_queries.find_event(store, args.event)
        events.record_actual(store, event_id, _figures(args, "实际"), recorded_date=args.date)
        ev = event_queries.get_event(store, event_id)
    return _print_event_result(args, ev, "已登记实际数字")


def cmd_event_decide(args) -> int:
    from desktop.core.redwhite import event_queries, events, members
    with store_for(args) as store:
        event_id = event_queries.find_event(store, args.event)
        member = members.find_member(store, args.by, on_date=args.date)
        events.decide(store, event_id, args.decision, decision_date=args.date, by_member_id=member["id"],
                      note=args.note)
    print(f"已记录理事会意见：{args.decision}（{member['name']}，{args.date}）")
    return 0


def cmd_event_list(args) -> int:
    from desktop.core.redwhite import event_queries, stats
    with store_for(args) as store:
        site, group_id = stats.scope(store, args.village, args.group)
        rows = event_queries.list_events(store, year=args.year, kind=args.kind, group_id=group_id,
                                  include_cancelled=args.cancelled, site_id=site and site["site_id"])
    table = [{"id": r["id"][:8], "kind": r["kind"], "host": r["host_name"], "group": r["group_name"],
              "date": r["start_date"], "decision": r["decision"] or "未决定",
              "late": "逾期" if r["verdict"]["late"] else "",
              "status": "已取消" if r["cancelled"] else r["verdict"]["status"],
              "over": "；".join(f["message"] for f in (r["verdict"]["actual_findings"] if r["actual"]
                                                       else r["verdict"]["plan_findings"]))}
             for r in rows]
    return print_rows(args, table, [("id", "编号"), ("kind", "类别"), ("host", "办事人"), ("group", "小组"),
                                    ("date", "日期"), ("decision", "理事会意见"), ("late", "申报"),
                                    ("status", "结论"), ("over", "超标项目")],
                      data=[event_queries.public_event(r) for r in rows])


def cmd_event_show(args) -> int:
    from desktop.core.redwhite import checks, event_queries
    with store_for(args) as store:
        ev = event_queries.get_event(store, event_queries.find_event(store, args.event))
    data = event_queries.public_event(ev)
    data["visits"] = [{k: v[k] for k in ("visit_date", "member_name", "finding")} for v in ev["visits"]]
    data["hall_money"] = [{k: m[k] for k in ("direction", "category", "amount_fen", "entry_date")}
                          for m in ev["hall_money"]]

    def text() -> None:
        print(f"{ev['kind']}：{ev['host_name']}（{ev['group_name'] or '未分组'}）{ev['subject']}")
        print(f"日期 {ev['start_date']} 至 {ev['end_date']}，地点 {ev['place'] or '—'}，申报 {ev['report_date']}")
        for stage, label in (("plan", "申报"), ("actual", "实际")):
            figs = ev[stage]
            if figs:
                parts = [f"{f.label} {f.shown(figs[f.key])}" for f in FIGURES]
                print(f"{label}（{figs['recorded_date']}）：" + "，".join(parts))
        print(f"理事会意见：{ev['decision'] or '未决定'} {ev['decision_date'] or ''} {ev['decision_by_name'] or ''}")
        print(f"承诺书：{('已签 ' + ev['pledge_date'] + ' ' + ev['pledge_signer']) if ev['pledge_date'] else '未签'}")
        for v in ev["visits"]:
            print(f"监督：{v['visit_date']} {v['member_name']} {v['finding']}")
        for line in checks.findings_text(ev["verdict"]):
            print(f"！{line}")
        if ev["violation_action"]:
            print(f"处理：{ev['violation_date']} {ev['violation_action']} {ev['violation_note']}")
        print(f"结论：{ev['verdict']['status']}")
    return print_result(args, data, text)


def _event_step(args, fn, done: str, **kw) -> int:
    """One step on one event (pledge, visit, violation, cancel), then `done`."""
    from desktop.core.redwhite import event_queries
    with store_for(args) as store:
        fn(store, event_queries.find_event(store, args.event), **kw)
    print(done)
    return 0


def cmd_event_pledge(args) -> int:
    from desktop.core.redwhite import events
    return _event_step(args, events.sign_pledge, "已登记承诺书。", pledge_date=args.date, signer=args.signer)


def cmd_event_visit(args) -> int:
    from desktop.core.redwhite import events
    return _event_step(args, events.add_visit, "已登记现场监督。", visit_date=args.date, member_id=args.by,
                       finding=args.finding)


def cmd_event_violation(args) -> int:
    from desktop.core.redwhite import events
    return _event_step(args, events.handle_violation, "已登记违规处理。", action=args.action,
                       action_date=args.date, note=args.note)


def cmd_event_cancel(args) -> int:
    from desktop.core.redwhite import events
    return _event_step(args, events.cancel_event, "已取消该事项。", reason=args.reason)

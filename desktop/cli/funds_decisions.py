"""cunwu funds decision add|advance|withdraw|reopen|republish|show|notice: 四议两公开, step by step."""
from __future__ import annotations

from desktop.cli.common import add_command, add_group, print_result, store_for, write_output


def register_decisions(fsub, parent) -> None:
    s = add_group(fsub, parent, "decision", "四议两公开议事事项")
    p = add_command(s, parent, "add", cmd_decision_add, "新建议事事项", json=True)
    p.add_argument("title")
    p.add_argument("--amount", default="0", help="金额（元）")
    p.add_argument("--fund", help="主要资金来源（资金名称）")
    p.add_argument("--power", help="行使的小微权力（清单序号或名称）")
    p.add_argument("--description", default="")
    p = add_command(s, parent, "advance", cmd_decision_advance, "记录下一个议事环节", json=True)
    p.add_argument("decision", help="事项编号（前 8 位）或名称")
    p.add_argument("--stage", help="环节名称（核对顺序）")
    p.add_argument("--date", help="日期 YYYY-MM-DD（默认今天）")
    p.add_argument("--members", type=int, help="应到人数")
    p.add_argument("--present", type=int, help="实到人数")
    p.add_argument("--for", dest="in_favour", type=int, help="赞成票")
    p.add_argument("--against", type=int, help="反对票")
    p.add_argument("--abstain", type=int, help="弃权票")
    p.add_argument("--minutes", default="", help="会议记录/意见")
    p.add_argument("--failed", action="store_true", help="表决未通过：记录票数，事项结束为“未通过”")
    p.add_argument("--attach", action="append", default=[], help="附件文件（可重复）")
    p = add_command(s, parent, "withdraw", cmd_decision_withdraw, "撤回议事事项（须说明原因）", json=True)
    p.add_argument("decision")
    p.add_argument("--reason", required=True)
    p.add_argument("--date", help="撤回日期（默认今天）")
    p = add_command(s, parent, "reopen", cmd_decision_reopen, "重新打开已公开的实施结果，以便追加支出（须说明原因）",
                    json=True)
    p.add_argument("decision")
    p.add_argument("--reason", required=True)
    p.add_argument("--date", help="日期（默认今天）")
    p = add_command(s, parent, "republish", cmd_decision_republish, "追加支出后重新公开实施结果", json=True)
    p.add_argument("decision")
    p.add_argument("--date", help="重新公开日期（默认今天）")
    p.add_argument("--minutes", default="", help="说明")
    p = add_command(s, parent, "show", cmd_decision_show, "显示议事事项及各环节", json=True)
    p.add_argument("decision", nargs="?", help="事项编号或名称；不填则列出全部")
    p = add_command(s, parent, "notice", cmd_decision_notice, "生成决议公告或实施结果公告 PDF")
    p.add_argument("decision")
    p.add_argument("--kind", choices=["resolution", "result"], default="resolution")
    p.add_argument("--pdf", required=True, metavar="F")


def _decision_json(d: dict) -> dict:
    return {"id": d["id"], "title": d["title"], "amount_fen": d["amount_fen"], "status": d["status"],
            "stages": [s["name"] for s in d["stages"]], "stages_done": d["stages_done"],
            "next": d.get("next", ""), "spent_fen": d.get("spent_fen", 0), "power_id": d.get("power_id"),
            "result_reopened": bool(d.get("result_reopened")),
            "records": [{k: r[k] for k in ("stage_name", "held_on", "members", "present", "in_favour", "against",
                                           "abstain", "minutes", "outcome")} for r in d.get("records", [])],
            "events": [{k: e[k] for k in ("kind", "event_date", "reason")} for e in d.get("events", [])]}


def cmd_decision_add(args) -> int:
    from desktop.core.funds import accounts, decisions, powers
    from desktop.core.inputs.money import parse_money
    with store_for(args) as store:
        amount = parse_money(args.amount, label="事项金额", allow_zero=True)
        fund_id = accounts.resolve_fund(store, args.fund)["id"] if args.fund else None
        power_id = powers.resolve_power(store, args.power)["id"] if args.power else None
        decision_id = decisions.add_decision(store, args.title, amount, description=args.description,
                                             fund_id=fund_id, power_id=power_id)
        d = decisions.get_decision(store, decision_id)
    return print_result(args, _decision_json(d),
                        f"已新建议事事项 {decision_id[:8]}：{d['title']}；环节：{' → '.join(s['name'] for s in d['stages'])}")


def cmd_decision_advance(args) -> int:
    from desktop.core.funds import decisions
    with store_for(args) as store:
        d = decisions.resolve_decision(store, args.decision)
        rec = decisions.advance(store, d["id"], held_on=args.date, minutes=args.minutes, members=args.members,
                                present=args.present, in_favour=args.in_favour, against=args.against,
                                abstain=args.abstain, stage_name=args.stage, failed=args.failed, attach=args.attach)
        d = decisions.get_decision(store, d["id"])
    return print_result(args, {"decision_id": d["id"], "stage": rec["stage_name"], "status": d["status"],
                               "outcome": rec["outcome"]},
                        f"已记录：{d['title']} —— {rec['stage_name']}（{rec['held_on']}）"
                        f"{'未通过' if rec['outcome'] else ''}，状态：{d['status']}")


def _decision_step(args, action, done: str) -> int:
    from desktop.core.funds import decisions
    with store_for(args) as store:
        d = decisions.resolve_decision(store, args.decision)
        action(store, d["id"])
        d = decisions.get_decision(store, d["id"])
    return print_result(args, {"decision_id": d["id"], "status": d["status"],
                               "result_reopened": bool(d["result_reopened"])}, f"{done}：{d['title']}（{d['status']}）")


def cmd_decision_withdraw(args) -> int:
    from desktop.core.funds import decisions
    return _decision_step(args, lambda store, i: decisions.withdraw(store, i, args.reason, on=args.date), "已撤回")


def cmd_decision_reopen(args) -> int:
    from desktop.core.funds import decisions
    return _decision_step(args, lambda store, i: decisions.reopen_result(store, i, args.reason, on=args.date),
                          "已重新打开实施结果，可追加支出，支出后请重新公开")


def cmd_decision_republish(args) -> int:
    from desktop.core.funds import decisions
    return _decision_step(args, lambda store, i: decisions.republish_result(store, i, on=args.date,
                                                                            minutes=args.minutes), "已重新公开实施结果")


def cmd_decision_show(args) -> int:
    from desktop.core.funds import decisions
    with store_for(args) as store:
        items = decisions.list_decisions(store)
        if args.decision:
            wanted = decisions.resolve_decision(store, args.decision)["id"]
            items = [d for d in items if d["id"] == wanted]
    data = [_decision_json(d) for d in items]
    one = data[0] if data else None      # another site's decision (on a township file) is not listed
    return print_result(args, one if args.decision else data, lambda: _print_decisions(items))


def _print_decisions(items: list[dict]) -> None:
    from desktop.core.money import yuan
    for d in items:
        print(f"{d['id'][:8]}  {d['title']}  {yuan(d['amount_fen'])} 元  {d['status']}  已支出 {yuan(d['spent_fen'])} 元")
        for i, st in enumerate(d["stages"]):
            rec = next((r for r in d["records"] if r["stage_index"] == i), None)
            if rec:
                votes = (f"  应到{rec['members']} 实到{rec['present']} 赞成{rec['in_favour']}"
                         f" 反对{rec['against'] or 0} 弃权{rec['abstain'] or 0}"
                         if rec["in_favour"] is not None else "")
                mark = "✗" if rec["outcome"] else "✓"
                print(f"    {mark} {st['name']}  {rec['held_on']}{votes}  {rec['outcome']}  {rec['minutes']}")
            else:
                print(f"    ○ {st['name']}")


def cmd_decision_notice(args) -> int:
    from desktop.core.funds import notices
    with store_for(args) as store:
        collect = notices.collect_resolution if args.kind == "resolution" else notices.collect_result
        data = notices.render_pdf(collect(store, args.decision))
    write_output(args.pdf, data)
    print(f"已生成：{args.pdf}")
    return 0

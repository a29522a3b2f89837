"""cunwu funds fund|entry|decision|close|warnings|report|signoff|query|settings|power ..."""
from __future__ import annotations

from pathlib import Path

from db.errors import ValidationError
from db.files import write_bytes
from desktop.cli.common import (add_command, add_group, print_result, print_rows, print_table,
                                store_for)


def register(sub, parent) -> None:
    fsub = add_group(sub, parent, "funds", "资金、四议两公开与财务公开")

    # ---- fund
    s = add_group(fsub, parent, "fund", "资金账户")
    p = add_command(s, parent, "add", cmd_fund_add, "新建资金账户", json=True)
    p.add_argument("name", help="资金名称")
    p.add_argument("--source", default="", help="来源：上级专项资金/福彩公益金/以奖代补/社会捐助/一事一议筹资/村集体经营收入")
    p.add_argument("--purpose", default="", help="用途")
    p.add_argument("--opening", default="0", help="期初余额（元）")
    p.add_argument("--opening-date", dest="opening_date", help="期初日期 YYYY-MM-DD")
    p.add_argument("--budget", action="append", default=[], metavar="科目=金额",
                   help="支出预算（可重复），如 --budget 工程维修=30000")
    p.add_argument("--year", type=int, help="预算年度（默认期初日期所在年）")
    p.add_argument("--match", metavar="1:3", help="社会捐助配套比例：捐助 1 元，政府配套 3 元")
    p.add_argument("--match-source", dest="match_source", default="", help="配套资金来源，如 榆阳区民政局")
    add_command(s, parent, "list", cmd_fund_list, "列出资金账户及余额", json=True)
    p = add_command(s, parent, "match", cmd_fund_match, "设置或取消资金的捐助配套规则；显示配套到位情况", json=True)
    p.add_argument("fund", nargs="?", help="资金名称（不填则只显示各资金配套情况）")
    p.add_argument("ratio", nargs="?", help="比例 1:3；写 none 取消")
    p.add_argument("--source", default="", help="配套资金来源")

    # ---- entry
    s = add_group(fsub, parent, "entry", "收支凭证")
    p = add_command(s, parent, "add", cmd_entry_add, "记一笔收入或支出（草稿；--post 同时过账）", json=True)
    p.add_argument("--fund", required=True, help="资金名称")
    p.add_argument("--direction", required=True, help="income（收入）或 expense（支出）")
    p.add_argument("--amount", required=True, help="金额（元），如 12,345.67")
    p.add_argument("--date", required=True, help="记账日期 YYYY-MM-DD")
    p.add_argument("--category", required=True, help="科目")
    p.add_argument("--summary", required=True, help="摘要")
    p.add_argument("--counterparty", default="", help="收/付款单位或个人")
    p.add_argument("--decision", help="引用的议事事项（编号或名称）")
    p.add_argument("--power", help="行使的小微权力（清单序号或名称）")
    p.add_argument("--attach", action="append", default=[], help="附件文件（可重复）")
    p.add_argument("--post", action="store_true", help="同时过账")
    p.add_argument("--confirm-future", dest="confirm_future", action="store_true",
                   help="确认记入晚于今天的日期（监委会会在预警中看到）")
    p = add_command(s, parent, "post", cmd_entry_post, "过账草稿凭证（分配凭证号）", json=True)
    p.add_argument("entry", help="凭证编号（草稿的 ID 前 8 位）")
    p.add_argument("--voucher", help="核对纸质凭证上已写的凭证号")
    p.add_argument("--confirm-future", dest="confirm_future", action="store_true", help="确认过账晚于今天的凭证")
    p = add_command(s, parent, "reverse", cmd_entry_reverse, "冲销已过账凭证（红字冲销）", json=True)
    p.add_argument("entry", help="凭证号，如 2026-0012")
    p.add_argument("--reason", required=True, help="冲销原因")
    p.add_argument("--date", help="冲销日期（默认今天）")
    p = add_command(s, parent, "list", cmd_entry_list, "列出凭证", json=True)
    p.add_argument("--fund", help="资金名称")
    p.add_argument("--period", help="期间 2026-03 / 2026-Q1 / 2026")
    p.add_argument("--status", choices=["draft", "posted"])
    p = add_command(s, parent, "attach", cmd_entry_attach, "给凭证添加附件（扫描件、照片）")
    p.add_argument("entry")
    p.add_argument("file")
    p = add_command(s, parent, "delete", cmd_entry_delete, "删除草稿凭证（已过账凭证不能删除）")
    p.add_argument("entry")

    # ---- decision
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

    # ---- close, report, signoff, query, settings
    p = add_command(fsub, parent, "close", cmd_close, "月结或年结：YYYY-MM 或 YYYY（按月份顺序；列出预警）",
                    json=True)
    p.add_argument("period")
    p.add_argument("--note", default="")
    p = add_command(fsub, parent, "warnings", cmd_warnings, "监委会预警：疑似拆分支出、预算超支、未来日期凭证",
                    json=True)
    p.add_argument("--period", required=True, help="2026-03、2026-Q1 或 2026")
    p.add_argument("--pdf", metavar="F", help="打印用 PDF")
    p = add_command(fsub, parent, "report", cmd_report, "财务公开表", json=True)
    p.add_argument("--period", required=True, help="2026-03 或 2026-Q1")
    p.add_argument("--pdf", metavar="F")
    p.add_argument("--xlsx", metavar="F")
    p = add_command(fsub, parent, "signoff", cmd_signoff, "监委会审核签字（已结账的月份或季度）")
    p.add_argument("period")
    p.add_argument("--reviewer", help="签字人（设有用户时就是登录的监委会成员本人，可省略）")
    p.add_argument("--date")
    p.add_argument("--remarks", default="")
    p = add_command(fsub, parent, "query", cmd_query, "登记村民对某张凭证的质询（--answer 登记答复）")
    p.add_argument("entry", help="凭证号")
    p.add_argument("--question", help="质询内容")
    p.add_argument("--asked-by", dest="asked_by", default="")
    p.add_argument("--date", help="质询日期（默认今天）")
    p.add_argument("--answer", help="答复内容（答复该凭证最早一条未答复的质询）")
    p.add_argument("--answered-by", dest="answered_by", default="")
    p.add_argument("--answer-date", dest="answer_date", help="答复日期（默认今天）")
    p = add_command(fsub, parent, "settings", cmd_settings, "查看或修改议事流程和需议事的支出标准", json=True)
    p.add_argument("--threshold", help="超过此金额（元）的支出须引用已决议事项")
    p.add_argument("--stages", choices=["standard", "yulin"], help="议事流程：standard 四议两公开，yulin 四步议事")
    p.add_argument("--publication-days", dest="publication_days", type=int,
                   help="决议公开后至少公示几天才能支出（默认 5）")
    p.add_argument("--split-days", dest="split_days", type=int,
                   help="同一收款人或摘要的支出在几天内合并计算，用于发现拆分支出（默认 7）")

    # ---- 小微权力清单
    s = add_group(fsub, parent, "power", "小微权力清单")
    add_command(s, parent, "list", cmd_power_list, "列出小微权力清单", json=True)
    add_command(s, parent, "init", cmd_power_init, "载入示范清单（只添加本村还没有的事项）", json=True)
    p = add_command(s, parent, "add", cmd_power_add, "在清单中新增一项权力", json=True)
    _power_fields(p, required=True)
    p = add_command(s, parent, "edit", cmd_power_edit, "修改清单中的一项权力", json=True)
    p.add_argument("power", help="清单序号或名称")
    p.add_argument("--name", help="新名称")
    _power_fields(p, required=False)
    p.add_argument("--inactive", action="store_true", help="从清单停用")
    p = add_command(s, parent, "show", cmd_power_show, "显示一项权力及其每次行使和监督情况", json=True)
    p.add_argument("power", help="清单序号或名称")
    p = add_command(s, parent, "use", cmd_power_use, "登记一次权力行使（非资金事项，如低保评议、证明出具）", json=True)
    p.add_argument("power", help="清单序号或名称")
    p.add_argument("--subject", required=True, help="办理事项")
    p.add_argument("--date", help="办理日期（默认今天）")
    p.add_argument("--handled-by", dest="handled_by", default="")
    p.add_argument("--supervised-by", dest="supervised_by", default="")
    p.add_argument("--supervision", default="", help="监督情况/意见")
    p = add_command(s, parent, "pdf", cmd_power_pdf, "打印小微权力清单（含每项的行使与监督记录）")
    p.add_argument("--pdf", required=True, metavar="F")
    p.add_argument("--list-only", dest="list_only", action="store_true", help="只打印清单，不含行使记录")


def _power_fields(p, *, required: bool) -> None:
    if required:
        p.add_argument("name", help="权力名称")
    p.add_argument("--holder", required=required, help="责任主体，如 村民委员会")
    p.add_argument("--steps", required=required, help="办理流程，用 → 或逗号分隔，如 申请→审查→公示→决定→公开")
    p.add_argument("--supervisor", help="监督主体（默认 村务监督委员会、村民）")
    p.add_argument("--category", help="类别")
    p.add_argument("--time-limit", dest="time_limit", help="办理时限")
    p.add_argument("--disclosure", help="公开内容")


# ----------------------------------------------------------------- helpers
def _entry_json(e: dict) -> dict:
    keys = ("id", "voucher_no", "status", "entry_date", "direction", "amount_fen", "category", "counterparty",
            "summary", "fund_id", "fund_name", "decision_id", "decision_title", "reverses_voucher", "reversed_by",
            "attachments", "queries", "power_id")
    return {k: e.get(k) for k in keys}


# ----------------------------------------------------------------- funds
def cmd_fund_add(args) -> int:
    from desktop.core.funds import accounts
    from desktop.core.inputs.money import parse_money
    with store_for(args) as store:
        opening = parse_money(args.opening, field="opening", label="期初余额", allow_zero=True)
        budgets = []
        for item in args.budget:
            if "=" not in item:
                raise ValidationError(f"预算“{item}”应写成 科目=金额，如 工程维修=30000。", field="budget")
            cat, amount = item.split("=", 1)
            budgets.append((cat, parse_money(amount, field="budget", label=f"预算“{cat}”")))
        with store.transaction():
            fund_id = accounts.add_fund(store, args.name, source=args.source, purpose=args.purpose,
                                        opening_fen=opening, opening_date=args.opening_date)
            from datetime import date
            year = args.year or (int(args.opening_date[:4]) if args.opening_date else date.today().year)
            for cat, fen in budgets:
                accounts.set_budget(store, fund_id, year, cat, fen)
            if args.match:
                from desktop.core.funds import matching
                matching.set_rule(store, fund_id, *matching.parse_ratio(args.match), args.match_source)
    return print_result(args, {"id": fund_id, "name": args.name.strip(), "opening_fen": opening},
                        f"已新建资金账户：{args.name.strip()}")


def cmd_fund_list(args) -> int:
    from desktop.core.funds import accounts
    from desktop.core.money import yuan
    with store_for(args) as store:
        rows = accounts.list_funds(store)
    keys = ("id", "name", "source", "purpose", "opening_fen", "opening_date", "income_fen", "expense_fen",
            "balance_fen", "drafts")
    return print_rows(args, [{**r, "balance": yuan(r["balance_fen"]), "opening": yuan(r["opening_fen"])}
                             for r in rows],
                      [("name", "资金名称"), ("source", "来源"), ("opening", "期初余额"), ("balance", "余额"),
                       ("drafts", "草稿")], data=[{k: r[k] for k in keys} for r in rows])


def cmd_fund_match(args) -> int:
    from desktop.core.funds import accounts, matching
    from desktop.core.money import yuan
    with store_for(args) as store:
        if args.fund:
            if not args.ratio:
                raise ValidationError("请写配套比例，如 1:3；取消写 none。", field="match")
            fund = accounts.resolve_fund(store, args.fund)
            ratio = (None, None) if args.ratio.strip().lower() == "none" else matching.parse_ratio(args.ratio)
            matching.set_rule(store, fund["id"], *ratio, args.source)
        rows = matching.status(store)

    def show() -> None:
        print_table([{**r, "d": yuan(r["donated_fen"]), "due": yuan(r["due_fen"]), "r": yuan(r["received_fen"]),
                      "o": yuan(r["owed_fen"])} for r in rows],
                    [("fund", "资金"), ("ratio", "比例"), ("source", "配套来源"), ("d", "累计捐助"), ("due", "应配套"),
                     ("r", "已到位"), ("o", "尚欠")])
    return print_result(args, rows, show)


# ----------------------------------------------------------------- entries
def cmd_entry_add(args) -> int:
    from desktop.core.funds import accounts, decisions, ledger, powers
    from desktop.core.inputs.money import parse_money
    with store_for(args) as store:
        amount = parse_money(args.amount)
        fund = accounts.resolve_fund(store, args.fund)
        decision_id = decisions.resolve_decision(store, args.decision)["id"] if args.decision else None
        power_id = powers.resolve_power(store, args.power)["id"] if args.power else None
        entry_id = ledger.add_entry(store, fund["id"], args.direction, amount, args.date, args.category,
                                    args.summary, counterparty=args.counterparty, decision_id=decision_id,
                                    post=args.post, power_id=power_id, confirm_future=args.confirm_future,
                                    attach=args.attach)
        e = ledger.list_entries(store, entry_id=entry_id)[0]
    return print_result(args, _entry_json(e), f"已记账并过账：凭证号 {e['voucher_no']}" if e["voucher_no"]
                        else f"已保存草稿：{entry_id[:8]}（用 cunwu funds entry post {entry_id[:8]} 过账）")


def cmd_entry_post(args) -> int:
    from desktop.core.funds import ledger
    with store_for(args) as store:
        e = ledger.resolve_entry(store, args.entry)
        voucher = ledger.post_entry(store, e["id"], voucher_no=args.voucher, confirm_future=args.confirm_future)
    return print_result(args, {"id": e["id"], "voucher_no": voucher}, f"已过账：凭证号 {voucher}")


def cmd_entry_reverse(args) -> int:
    from desktop.core.funds import ledger
    with store_for(args) as store:
        e = ledger.resolve_entry(store, args.entry)
        new_id = ledger.reverse_entry(store, e["id"], reason=args.reason, entry_date=args.date)
        new = ledger.get_entry(store, new_id)
    return print_result(args, {"id": new_id, "voucher_no": new["voucher_no"], "reverses": e["voucher_no"],
                               "amount_fen": new["amount_fen"]},
                        f"已冲销 {e['voucher_no']}：冲销凭证号 {new['voucher_no']}")


def cmd_entry_list(args) -> int:
    from desktop.core.funds import accounts, ledger
    from desktop.core.funds.common import Period
    from desktop.core.money import yuan
    with store_for(args) as store:
        fund_id = accounts.resolve_fund(store, args.fund)["id"] if args.fund else None
        p = Period(args.period) if args.period else None
        rows = ledger.list_entries(store, fund_id=fund_id, start=p.start if p else None, end=p.end if p else None,
                                   status=args.status)
    return print_rows(args, [{**r, "voucher": r["voucher_no"] or f"草稿 {r['id'][:8]}",
                               "dir": ledger.DIRECTIONS[r["direction"]], "amount": yuan(r["amount_fen"])}
                              for r in rows],
                      [("voucher", "凭证号"), ("entry_date", "日期"), ("fund_name", "资金"), ("dir", "收支"),
                       ("category", "科目"), ("amount", "金额"), ("counterparty", "单位/人"), ("summary", "摘要")],
                      data=[_entry_json(r) for r in rows])


def cmd_entry_attach(args) -> int:
    from desktop.core.funds import attachments, ledger
    with store_for(args) as store:
        e = ledger.resolve_entry(store, args.entry)
        attachments.attach(store, "funds_entry", e["id"], args.file)
    print(f"已添加附件：{Path(args.file).name}")
    return 0


def cmd_entry_delete(args) -> int:
    from desktop.core.funds import ledger
    with store_for(args) as store:
        e = ledger.resolve_entry(store, args.entry)
        ledger.delete_draft(store, e["id"])
    print("已删除草稿凭证。")
    return 0


# ----------------------------------------------------------------- decisions
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
    _write(args.pdf, data)
    print(f"已生成：{args.pdf}")
    return 0


def _write(path: str, data: bytes | None = None, *, writer=None) -> None:
    """Write `data` to `path` (or let `writer(path)` do it), a write failure said in Chinese."""
    from db.errors import CunwuError
    try:
        writer(path) if writer else write_bytes(Path(path), data)
    except (OSError, ValueError) as exc:
        raise CunwuError(f"无法写入文件 {path}：{exc}") from exc


# ----------------------------------------------------------------- periods and disclosure
def cmd_close(args) -> int:
    from desktop.core.funds import periods, warnings
    with store_for(args) as store:
        closed = periods.close_period(store, args.period, note=args.note)
        found = warnings.for_period(store, args.period)

    def show() -> None:
        print(f"已结账：{'、'.join(closed)}")
        _print_warnings(found)
    return print_result(args, {"closed": closed, "warnings": found}, show)


def _print_warnings(found: list[dict]) -> None:
    if not found:
        print("本期没有预警。")
    for w in found:
        print(f"【{w['label']}】{w['message']}")


def cmd_warnings(args) -> int:
    from desktop.core.funds import printouts, warnings
    with store_for(args) as store:
        found = warnings.for_period(store, args.period)
        pdf = printouts.warnings_pdf(store, args.period) if args.pdf else None
    if args.pdf:
        _write(args.pdf, pdf)
    return print_result(args, found, (lambda: _print_warnings(found)) if not args.pdf else f"已生成：{args.pdf}")


def cmd_report(args) -> int:
    from desktop.core.funds import notices, report, xlsx
    with store_for(args) as store:
        rep = report.build_report(store, args.period)
        pdf_bytes = notices.render_pdf(notices.disclosure_from_report(store, rep)) if args.pdf else None
    if args.pdf:
        _write(args.pdf, pdf_bytes)
    if args.xlsx:
        _write(args.xlsx, writer=lambda path: xlsx.write_xlsx(rep, path))
    written = [x for x in (args.pdf, args.xlsx) if x]
    return print_result(args, rep, "已生成：" + "、".join(written) if written else lambda: _print_report(rep))


def _print_report(rep: dict) -> None:
    from desktop.core.money import yuan
    t = rep["totals"]
    print(f"{rep['village']} 财务公开 {rep['label']}（{rep['start']} 至 {rep['end']}）"
          f"{'' if rep['closed'] else '  【尚未结账】'}")
    print_table([{**f, "o": yuan(f["opening_fen"]), "i": yuan(f["income_fen"]), "e": yuan(f["expense_fen"]),
                  "c": yuan(f["closing_fen"])} for f in rep["funds"]],
                [("name", "资金"), ("o", "期初"), ("i", "收入"), ("e", "支出"), ("c", "期末")])
    print(f"合计：期初余额 {t['opening_yuan']}（{t['opening_capitals']}），收入 {t['income_yuan']}"
          f"（{t['income_capitals']}），支出 {t['expense_yuan']}"
          f"（{t['expense_capitals']}），期末余额 {t['closing_yuan']}（{t['closing_capitals']}）")
    print(f"监委会审核签字：{rep['coverage_line']}")
    for m in rep["matching"]:
        print(f"社会捐助配套（{m['fund']}，{m['ratio']}）：应配套 {yuan(m['due_fen'])}，已到位 {yuan(m['received_fen'])}，"
              f"尚欠 {yuan(m['owed_fen'])}")


def cmd_signoff(args) -> int:
    from desktop.core.funds import supervision
    with store_for(args) as store:
        signoff_id = supervision.sign_off(store, args.period, reviewer=args.reviewer, signed_on=args.date,
                                          remarks=args.remarks)
        reviewer = store.scalar("SELECT reviewer FROM funds_signoff WHERE id=?", (signoff_id,))
        line = supervision.coverage_line(supervision.coverage(store, args.period))
    print(f"已记录监委会签字：{reviewer}（{args.period}）。{line}")
    return 0


def cmd_query(args) -> int:
    from desktop.core.funds import ledger, supervision
    with store_for(args) as store:
        e = ledger.resolve_entry(store, args.entry)
        if args.question:
            supervision.add_query(store, e["id"], args.question, asked_by=args.asked_by, asked_on=args.date)
            print(f"已登记对凭证 {e['voucher_no'] or e['id'][:8]} 的质询。")
        if args.answer:
            open_ = [q for q in supervision.queries(store, e["id"]) if not q["answer"]]
            if not open_:
                raise ValidationError(f"凭证 {e['voucher_no']} 没有待答复的质询。", field="answer")
            supervision.answer_query(store, open_[0]["id"], args.answer, answered_by=args.answered_by,
                                     answered_on=args.answer_date)
            print("已登记答复。")
        if not (args.question or args.answer):
            print_table(supervision.queries(store, e["id"]),
                        [("asked_on", "日期"), ("asked_by", "提问人"), ("question", "质询"), ("answer", "答复"),
                         ("answered_on", "答复日期")])
    return 0


def cmd_settings(args) -> int:
    from desktop.core.funds import config
    from desktop.core.money import yuan
    from desktop.core.inputs.money import parse_money
    with store_for(args) as store:
        threshold = None if args.threshold is None else parse_money(args.threshold, field="threshold",
                                                                    label="议事标准金额", allow_zero=True)
        config.save(store, threshold_fen=threshold, preset=args.stages, publication_days=args.publication_days,
                    split_days=args.split_days)
        data = {"threshold_fen": config.threshold_fen(store), "preset": config.stage_preset(store),
                "stages": [s["name"] for s in config.stages(store)],
                "publication_days": config.publication_days(store), "split_days": config.split_window_days(store)}
    return print_result(args, data, f"超过 {yuan(data['threshold_fen'])} 元的支出须引用已决议事项；"
                                    f"议事流程：{' → '.join(data['stages'])}；决议公开满 {data['publication_days']} 天后"
                                    f"才能支出；{data['split_days']} 天内同一收款人或摘要的支出合并检查是否拆分")


# ----------------------------------------------------------------- 小微权力清单
def _power_json(p: dict) -> dict:
    return {k: p.get(k) for k in ("id", "seq", "category", "name", "holder", "steps", "time_limit", "disclosure",
                                  "supervisor", "active", "uses")}


def cmd_power_list(args) -> int:
    from desktop.core.funds import powers
    with store_for(args) as store:
        rows = powers.list_powers(store)
    if not rows and not getattr(args, "json", False):
        print("小微权力清单还是空的。用 cunwu funds power init 载入示范清单，或用 cunwu funds power add 逐项添加。")
        return 0
    return print_rows(args, [{**p, "flow": powers.describe(p)} for p in rows],
                      [("seq", "序号"), ("name", "权力事项"), ("holder", "责任主体"), ("flow", "办理流程"),
                       ("supervisor", "监督主体"), ("uses", "行使次数")], data=[_power_json(p) for p in rows])


def cmd_power_init(args) -> int:
    from desktop.core.funds import powers
    with store_for(args) as store:
        added = powers.load_starting_list(store)
    return print_result(args, {"added": added}, f"已载入示范清单：新增 {added} 项（已有的事项不重复添加）。")


def _power_changes(args) -> dict:
    keys = ("holder", "steps", "supervisor", "category", "time_limit", "disclosure")
    return {k: getattr(args, k) for k in keys if getattr(args, k) is not None}


def cmd_power_add(args) -> int:
    from desktop.core.funds import powers
    with store_for(args) as store:
        changes = _power_changes(args)
        power_id = powers.add_power(store, args.name, **changes)
        p = powers.get_power(store, power_id)
    return print_result(args, _power_json(p), f"已加入清单：{p['seq']}. {p['name']}（{powers.describe(p)}）")


def cmd_power_edit(args) -> int:
    from desktop.core.funds import powers
    with store_for(args) as store:
        p = powers.resolve_power(store, args.power)
        changes = _power_changes(args)
        if args.name is not None:
            changes["name"] = args.name
        if args.inactive:
            changes["active"] = False
        powers.update_power(store, p["id"], **changes)
        p = powers.get_power(store, p["id"])
    return print_result(args, _power_json(p), f"已修改：{p['seq']}. {p['name']}（{powers.describe(p)}）")


def cmd_power_show(args) -> int:
    from desktop.core.funds import powers
    with store_for(args) as store:
        p = powers.resolve_power(store, args.power)
        used = powers.uses(store, p["id"])

    def show() -> None:
        print(f"{p['seq']}. {p['name']}　责任主体：{p['holder']}　监督：{p['supervisor']}")
        print(f"    流程：{powers.describe(p)}")
        if p["time_limit"]:
            print(f"    时限：{p['time_limit']}")
        if p["disclosure"]:
            print(f"    公开：{p['disclosure']}")
        print_table([{**u, "amount": powers.amount_text(u["amount_fen"])} for u in used],
                    [("date", "日期"), ("kind", "类型"), ("subject", "事项"), ("amount", "金额"),
                     ("status", "状态/经办"), ("supervision", "监督情况")])
    return print_result(args, {**_power_json(p), "use_records": used}, show)


def cmd_power_use(args) -> int:
    from desktop.core.funds import powers
    with store_for(args) as store:
        p = powers.resolve_power(store, args.power)
        use_id = powers.record_use(store, p["id"], args.subject, used_on=args.date, handled_by=args.handled_by,
                                   supervised_by=args.supervised_by, supervision=args.supervision)
    return print_result(args, {"id": use_id, "power_id": p["id"]}, f"已登记“{p['name']}”的一次行使：{args.subject.strip()}")


def cmd_power_pdf(args) -> int:
    from desktop.core.funds import printouts
    with store_for(args) as store:
        data = printouts.power_list_pdf(store, with_uses=not args.list_only)
    _write(args.pdf, data)
    print(f"已生成：{args.pdf}")
    return 0

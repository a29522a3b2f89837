"""cunwu funds fund|entry|close|warnings|report|signoff|query|settings ... (decision: funds_decisions.py,
power: funds_powers.py)"""
from __future__ import annotations

from pathlib import Path

from db.errors import ValidationError
from desktop.cli.funds_decisions import register_decisions
from desktop.cli.funds_powers import register_powers
from desktop.cli.common import (add_command, add_group, print_result, print_rows, print_table,
                                store_for, write_output)


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

    register_decisions(fsub, parent)

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

    register_powers(fsub, parent)


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
        write_output(args.pdf, pdf)
    return print_result(args, found, (lambda: _print_warnings(found)) if not args.pdf else f"已生成：{args.pdf}")


def cmd_report(args) -> int:
    from desktop.core.funds import notices, report, xlsx
    with store_for(args) as store:
        rep = report.build_report(store, args.period)
        pdf_bytes = notices.render_pdf(notices.disclosure_from_report(store, rep)) if args.pdf else None
    if args.pdf:
        write_output(args.pdf, pdf_bytes)
    if args.xlsx:
        write_output(args.xlsx, writer=lambda path: xlsx.write_xlsx(rep, path))
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

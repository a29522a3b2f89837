"""cunwu redwhite standards|member|stats|hall|baseline — the red-white council (event: redwhite_events.py)."""
from __future__ import annotations

from db.errors import ValidationError
from desktop.cli.common import JSON_HELP, add_command, add_group, print_result, print_rows, print_table, store_for
from desktop.cli.redwhite_events import register_events
from desktop.cli.redwhite_options import LIMIT_OPTIONS, redwhite_group

SOURCES = {"own": "本村", "township": "乡镇推荐"}
STATS_COLUMNS = [("label", "类别"), ("events", "事项"), ("in_time_pct", "按时申报%"), ("with_actual", "已办结"),
                 ("within_pct", "符合标准%"), ("violations", "超标"), ("tables_saved", "节约桌数"),
                 ("saved", "节约金额")]


def register(sub, parent) -> None:
    rsub = add_group(sub, parent, "redwhite", "红白理事会：村规民约标准、红白事申报、统计",
                     dest="redwhite_command", metavar="GROUP")
    _register_standards(rsub, parent)
    register_events(rsub, parent)
    _register_members(rsub, parent)
    p = add_command(rsub, parent, "stats", cmd_stats, "年度统计：按类别、按村民小组")
    p.add_argument("--year", type=int, required=True)
    p.add_argument("--group", help="只统计某个村民小组")
    where = p.add_mutually_exclusive_group()
    where.add_argument("--village", help="（乡镇）只看某个村：村名或区划代码")
    where.add_argument("--by-village", action="store_true", help="（乡镇）各村分列并合计")
    p.add_argument("--json", action="store_true", help=JSON_HELP)   # here, where usage errors have shown it
    p.add_argument("--xlsx", metavar="FILE", help="导出为 Excel 文件")
    p.add_argument("--pdf", metavar="FILE", help="打印红白理事会年度工作总结（A4 PDF）")
    _register_hall(rsub, parent)
    _register_baseline(rsub, parent)


# ------------------------------------------------------------------ standards
def _register_standards(rsub, parent) -> None:
    ssub = redwhite_group(rsub, parent, "standards", "村规民约标准（按生效日期分版本）")
    p = add_command(ssub, parent, "show", cmd_standards_show, "显示某日有效的标准（默认今天）或全部版本", json=True)
    p.add_argument("--date", help="哪一天有效的标准（年-月-日）")
    p.add_argument("--all", action="store_true", help="列出全部版本")
    p = add_command(ssub, parent, "set", cmd_standards_set,
                    "设置标准：在指定生效日期的版本中修改某类事项的上限（没有该版本则新建）", json=True)
    p.add_argument("--effective", required=True, help="生效日期（年-月-日）")
    p.add_argument("--template", action="store_true", help="采用系统示例模板（示例，请按本村村规民约修改）")
    p.add_argument("--from-township", action="store_true",
                   help="采用乡镇下发的推荐标准作为本村标准（从 --effective 起施行，之后可逐项修改）")
    p.add_argument("--kind", help="事项类别：婚事、丧事、寿宴、满月、升学宴、乔迁宴、其他")
    for opt, _key, _money, fig in LIMIT_OPTIONS:
        p.add_argument(f"--{opt}", help=f"{fig.label}上限（{fig.unit}）；填“无”表示不限")
    p.add_argument("--banned", choices=["是", "否", "yes", "no"], help="是否禁止办此类宴席")
    when = p.add_mutually_exclusive_group()
    when.add_argument("--report-before", type=int, metavar="N", help="须提前 N 天申报")
    when.add_argument("--report-within", type=int, metavar="N", help="须在事后 N 天内申报（如丧事 1 天）")
    p.add_argument("--rules", help="文字条文")
    p.add_argument("--title", help="版本名称，如 2026年村规民约修订")


def cmd_standards_show(args) -> int:
    from datetime import date
    from desktop.core.redwhite import standards
    from desktop.core.redwhite.dates import parse_date
    with store_for(args) as store:
        if args.all:
            data = standards.all_versions(store)
        else:
            day = parse_date(args.date or date.today().isoformat(), field="date", label="日期")
            version = standards.version_for(store, day)
    if args.all:
        return print_rows(args, [{**d, "source": SOURCES[d["source"]]} for d in data],
                          [("source", "来源"), ("effective_date", "生效日期"), ("until", "截止（不含）"),
                           ("title", "名称"), ("id", "编号")], data=data)
    if version is None:
        msg = f"{day} 没有有效的村规民约标准。可用 cunwu redwhite standards set --effective 日期 --template 采用示例模板后修改。"
        return print_result(args, {"date": day, "version": None, "message": msg}, msg)

    def text() -> None:
        from desktop.core.redwhite.codes import KINDS
        print(f"{day} 有效的标准（{SOURCES[version['source']]}）：{version['effective_date']} 起施行 {version['title']}")
        if version["is_example"]:
            print("注意：这是系统自带的示例（请按本村村规民约修改）。")
        for kind in KINDS:
            std = version["standards"].get(kind)
            if std:
                print(f"【{kind}】" + "；".join(standards.describe(std)))
    keys = ("id", "effective_date", "title", "is_example", "source")
    return print_result(args, {"date": day, "version": {k: version[k] for k in keys},
                               "standards": standards.public_standards(version["standards"])}, text)


def _standard_changes(args) -> tuple[str, dict]:
    """--kind and the options given for it: (kind, the changes to its standard)."""
    from desktop.core.redwhite import standards
    from desktop.core.redwhite.codes import check_kind
    if not args.kind:
        raise ValidationError("请用 --kind 指明事项类别（或用 --template 采用示例模板、"
                              "--from-township 采用乡镇推荐标准）。", field="kind")
    kind = check_kind(args.kind)
    changes = {}
    for opt, key, money, fig in LIMIT_OPTIONS:
        raw = getattr(args, opt.replace("-", "_"))
        if raw is not None:
            changes[key] = standards.parse_limit(raw, field=key, label=f"{kind}的“{fig.label}”上限", money=money)
    if args.banned is not None:
        changes["banned"] = 1 if args.banned in ("是", "yes") else 0
    if args.report_before is not None:
        changes.update(report_mode="before", report_days=args.report_before)
    if args.report_within is not None:
        changes.update(report_mode="within", report_days=args.report_within)
    if args.rules is not None:
        changes["rules"] = args.rules
    if not changes and args.title is None:
        raise ValidationError("没有要修改的项目（如 --max-tables 20）。")
    return kind, changes


def cmd_standards_set(args) -> int:
    from desktop.core.redwhite import standards
    with store_for(args) as store:
        if args.template or args.from_township:
            if args.kind or (args.template and args.from_township):
                raise ValidationError("--template、--from-township、--kind 只能选一个：先采用模板或乡镇推荐标准，"
                                      "再逐项修改。")
            version_id = standards.adopt_example(store, args.effective, title=args.title) if args.template else \
                standards.adopt_recommended(store, args.effective, title=args.title)
        else:
            kind, changes = _standard_changes(args)
            version_id = standards.set_standard(store, args.effective, kind, **changes)
            if args.title is not None:
                standards.update_version(store, version_id, title=args.title)
        version = store.get("redwhite_standard_version", version_id)
    return print_result(args, {"version_id": version_id, "effective_date": version["effective_date"]},
                        f"已保存：{version['effective_date']} 起施行的标准（版本 {version_id[:8]}）。")


# ------------------------------------------------------------------ members
def _register_members(rsub, parent) -> None:
    msub = redwhite_group(rsub, parent, "member", "理事会成员")
    p = add_command(msub, parent, "add", cmd_member_add, "增加成员（村民请用 --person 从花名册关联）", json=True)
    p.add_argument("--role", required=True, choices=["会长", "副会长", "理事", "监事"])
    who = p.add_mutually_exclusive_group(required=True)
    who.add_argument("--person", help="花名册中的村民：姓名、身份证号或人员编号")
    who.add_argument("--name", help="非本村村民（如乡镇干部）的姓名")
    p.add_argument("--hh-no", help="户号（同名时用来区分）")
    p.add_argument("--start", required=True, help="任期开始日期")
    p.add_argument("--end", help="任期结束日期")
    p.add_argument("--phone", default="")
    p = add_command(msub, parent, "list", cmd_member_list, "列出成员", json=True)
    p.add_argument("--date", help="只列出这一天在任的")
    p = add_command(msub, parent, "end", cmd_member_end, "结束任期")
    p.add_argument("member", help="成员姓名或编号")
    p.add_argument("--date", required=True)


def cmd_member_add(args) -> int:
    from desktop.core.redwhite import event_queries, members
    with store_for(args) as store:
        person_id = event_queries.find_host(store, args.person, hh_no=args.hh_no) if args.person else None
        member_id = members.add_member(store, role=args.role, term_start=args.start, term_end=args.end,
                                       name=args.name or "", person_id=person_id, phone=args.phone)
        row = store.get("redwhite_member", member_id)
    return print_result(args, {"id": member_id, "name": row["name"], "role": row["role"]},
                        f"已增加理事会成员：{row['role']} {row['name']}（编号 {member_id[:8]}）")


def cmd_member_list(args) -> int:
    from desktop.core.redwhite import members
    with store_for(args) as store:
        rows = members.list_members(store, on_date=args.date)
    keys = ("id", "name", "role", "term_start", "term_end", "person_id", "group_name")
    return print_rows(args, [{**r, "villager": "是" if r["person_id"] else "否"} for r in rows],
                      [("name", "姓名"), ("role", "职务"), ("term_start", "任期开始"), ("term_end", "任期结束"),
                       ("villager", "本村村民"), ("group_name", "小组")],
                      data=[{k: r[k] for k in keys} for r in rows])


def cmd_member_end(args) -> int:
    from desktop.core.redwhite import members
    with store_for(args) as store:
        member = members.find_member(store, args.member)
        members.end_term(store, member["id"], args.date)
    print(f"{member['name']} 的任期结束于 {args.date}。")
    return 0


# ------------------------------------------------------------------ stats, hall, baseline
def _print_stats(rows: list[dict], first_label: str) -> None:
    from desktop.core.money import yuan
    print_table([{**r, "saved": yuan(r["money_saved_fen"], symbol=True)} for r in rows],
                [("label", first_label)] + STATS_COLUMNS[1:])


def cmd_stats(args) -> int:
    from desktop.core.redwhite import stats
    if args.by_village:
        return _township_stats(args)
    with store_for(args) as store:
        site, group_id = stats.scope(store, args.village, args.group)
        site_id = site["site_id"] if site else None
        data = stats.year_stats(store, args.year, group_id=group_id, site_id=site_id)
        if args.xlsx:
            from desktop.core.redwhite.export import export_year
            export_year(store, args.year, args.xlsx, site_id=site_id)
        if args.pdf:
            if site:
                raise ValidationError("年度工作总结由各村自己打印；乡镇请用 --by-village 查看各村汇总。", field="pdf")
            from db.files import write_bytes
            from desktop.core.redwhite import notices
            write_bytes(args.pdf, notices.render_annual(notices.collect_annual(store, year=args.year), store=store))

    def text() -> None:
        scope = args.group or (site["name"] if site else "")
        print(f"{args.year} 年红白事统计" + (f"（{scope}）" if scope else ""))
        _print_stats(data["by_kind"] + [data["total"]], "类别")
        if not args.group:
            print("\n按村民小组：")
            _print_stats(data["by_group"], "小组")
        if data["baseline_is_example"]:
            print("\n注意：节约数按示例的改革前平均数计算，请用 cunwu redwhite baseline set 改为本村数字。")
        if args.xlsx:
            print(f"已导出：{args.xlsx}")
        if args.pdf:
            print(f"已生成年度工作总结：{args.pdf}")
    return print_result(args, data, text)


def _township_stats(args) -> int:
    from desktop.core.redwhite import stats
    if args.group or args.pdf:
        raise ValidationError("--by-village 不能与 --group、--pdf 同时使用。")
    with store_for(args) as store:
        data = stats.township_stats(store, args.year)
        if args.xlsx:
            from desktop.core.redwhite.export import export_township
            export_township(store, args.year, args.xlsx)

    def text() -> None:
        print(f"{args.year} 年各村红白事统计")
        _print_stats(data["villages"] + [data["total"]], "村")
        if args.xlsx:
            print(f"已导出：{args.xlsx}")
    return print_result(args, data, text)


def _register_hall(rsub, parent) -> None:
    hsub = redwhite_group(rsub, parent, "hall", "红白事服务中心资金（收费、捐赠、支出）")
    p = add_command(hsub, parent, "add", cmd_hall_add, "登记一笔收入或支出")
    p.add_argument("--direction", required=True, choices=["income", "expense", "收入", "支出"])
    p.add_argument("--category", required=True)
    p.add_argument("--amount", required=True, help="金额（元）")
    p.add_argument("--date", required=True)
    p.add_argument("--event", help="相关事项编号（收费时填写）")
    p.add_argument("--summary", default="")
    p.add_argument("--counterparty", default="", help="交款人或收款单位")
    p.add_argument("--decision", help="引用的四议两公开议事事项（编号或名称；大额支出必填）")
    p = add_command(hsub, parent, "summary", cmd_hall_summary, "年度收支汇总", json=True)
    p.add_argument("--year", type=int, required=True)


def cmd_hall_add(args) -> int:
    from desktop.core.redwhite import event_queries, hall
    from desktop.core.inputs.money import parse_money
    from desktop.core.money import yuan
    direction = {"收入": "income", "支出": "expense"}.get(args.direction, args.direction)
    with store_for(args) as store:
        event_id = event_queries.find_event(store, args.event) if args.event else None
        amount = parse_money(args.amount, field="amount", label="金额")
        decision_id = hall.resolve_decision(store, args.decision) if args.decision else None
        hall.add_hall_money(store, direction=direction, category=args.category, amount_fen=amount,
                            entry_date=args.date, summary=args.summary, counterparty=args.counterparty,
                            event_id=event_id, decision_id=decision_id)
    print(f"已登记{hall.DIRECTIONS[direction]} {yuan(amount, symbol=True)}（{args.category}）。")
    return 0


def cmd_hall_summary(args) -> int:
    from desktop.core.redwhite import hall
    from desktop.core.money import yuan
    with store_for(args) as store:
        data = hall.hall_summary(store, args.year)

    def text() -> None:
        money = {k: yuan(data[k], symbol=True) for k in ("opening_fen", "income_fen", "expense_fen", "closing_fen")}
        print(f"{args.year} 年{data['fund']}：上年结余 {money['opening_fen']}，收入 {money['income_fen']}，"
              f"支出 {money['expense_fen']}，结余 {money['closing_fen']}")
        for line in data["income"]:
            print(f"  收入 {line['category']} {yuan(line['amount_fen'], symbol=True)}")
        for line in data["expense"]:
            print(f"  支出 {line['category']} {yuan(line['amount_fen'], symbol=True)}")
    return print_result(args, data, text)


def _register_baseline(rsub, parent) -> None:
    bsub = redwhite_group(rsub, parent, "baseline", "改革前平均数（计算节约桌数和金额用）")
    add_command(bsub, parent, "show", cmd_baseline_show, "显示改革前平均数", json=True)
    p = add_command(bsub, parent, "set", cmd_baseline_set, "设置某类事项的改革前平均数")
    p.add_argument("--kind", required=True)
    p.add_argument("--tables", help="平均桌数")
    p.add_argument("--cost-per-table", help="每桌平均花费（元）")
    p.add_argument("--bride-price", help="平均彩礼（元）")


def cmd_baseline_show(args) -> int:
    from desktop.core.redwhite import stats
    from desktop.core.money import yuan
    with store_for(args) as store:
        data = stats.baseline(store)
        example = stats.baseline_is_example(store)

    def text() -> None:
        print_table([{"kind": k, "tables": v["tables"], "cost": yuan(v["cost_per_table_fen"], symbol=True),
                      "bride": yuan(v["bride_price_fen"], symbol=True)} for k, v in data.items()],
                    [("kind", "类别"), ("tables", "平均桌数"), ("cost", "每桌花费"), ("bride", "彩礼")])
        if example:
            print("（示例数字，请按本村情况修改）")
    return print_result(args, {"is_example": example, "baseline": data}, text)


def cmd_baseline_set(args) -> int:
    from desktop.core.redwhite import stats
    from desktop.core.redwhite.codes import parse_figure
    typed = (("tables", args.tables, "平均桌数", False),
             ("cost_per_table_fen", args.cost_per_table, "每桌平均花费", True),
             ("bride_price_fen", args.bride_price, "平均彩礼", True))
    values = {key: parse_figure(raw, field=key, label=label, money=money)
              for key, raw, label, money in typed if raw is not None}
    if not values:
        raise ValidationError("没有要修改的项目（如 --tables 35）。")
    with store_for(args) as store:
        stats.set_baseline(store, args.kind, **values)
    print(f"已保存{args.kind}的改革前平均数。")
    return 0

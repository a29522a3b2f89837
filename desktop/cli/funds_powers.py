"""cunwu funds power list|init|add|edit|show|use|pdf: the village's 小微权力清单 and each use of a power."""
from __future__ import annotations

from desktop.cli.common import add_command, add_group, print_result, print_rows, print_table, store_for, write_output


def register_powers(fsub, parent) -> None:
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
    write_output(args.pdf, data)
    print(f"已生成：{args.pdf}")
    return 0

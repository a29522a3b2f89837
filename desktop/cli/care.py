"""cunwu care place add|list|day | enrol | leave | enrolled | attend | visitors | import-register | report"""
from __future__ import annotations

import sys
from datetime import date

from db.errors import RefusedError, ValidationError
from desktop.cli.care_helpers import register_helpers
from desktop.cli.common import JSON_HELP, add_command, add_group, print_result, print_rows, store_for
from desktop.core.inputs.person import find_person


def register(sub, parent) -> None:
    csub = add_group(sub, parent, "care", "托老托幼：场所、入托、签到、统计")
    psub = add_group(csub, parent, "place", "场所：添加、列出、开放日")
    p = add_command(psub, parent, "add", cmd_place_add, "添加场所（幸福院、日间照料中心、居家养老服务站、托育点、幼儿园、托幼所）", json=True)
    p.add_argument("name", help="场所名称")
    _place_options(p, adding=True)

    p = add_command(psub, parent, "edit", cmd_place_edit, "修改场所（只改给出的项）", json=True)
    p.add_argument("place", help="场所名称或编号")
    p.add_argument("--name", help="新名称")
    _place_options(p, adding=False)

    p.add_argument("--rate-from", help="新补贴标准从哪天起施行（默认本月 1 日；以前各月仍按原标准）")

    p = add_command(psub, parent, "retire", cmd_place_retire, "停用场所（须先为在托人员办理退托）")
    p.add_argument("place", help="场所名称或编号")
    p.add_argument("--date", default=None, help="停用日期（默认今天）")

    p = add_command(psub, parent, "rates", cmd_place_rates,
                    "补贴和自付标准：按生效日期设置（不给项目则列出各期标准）", json=True)
    p.add_argument("place", help="场所名称或编号")
    p.add_argument("--from", dest="effective", help="生效日期（年-月-日）")
    p.add_argument("--meal-subsidy", help="每餐补贴（元）")
    p.add_argument("--person-subsidy", help="每人每月运营补贴（元）")
    p.add_argument("--visitor-meal-subsidy", help="临时来访每餐补贴（元）")
    p.add_argument("--meal-fee", help="每餐个人自付（元）")
    p.add_argument("--service-subsidy", action="append", default=[], metavar="服务=元",
                   help="某项服务每人次补贴，如 助浴=10，可重复")
    p.add_argument("--service-fee", action="append", default=[], metavar="服务=元",
                   help="某项服务每人次个人自付，如 助浴=5，可重复")

    p = add_command(psub, parent, "list", cmd_place_list, "列出场所", json=True)
    p.add_argument("--all", action="store_true", help="包括已停用的场所")

    p = add_command(psub, parent, "day", cmd_place_day, "设置某天临时闭馆或开放（节假日）")
    p.add_argument("place")
    p.add_argument("date")
    state = p.add_mutually_exclusive_group(required=True)
    state.add_argument("--closed", action="store_true", help="这一天闭馆")
    state.add_argument("--open", action="store_true", help="这一天开放")
    state.add_argument("--clear", action="store_true", help="恢复按每周开放日")
    p.add_argument("--note", default="", help="说明，如 国庆节放假")

    p = add_command(csub, parent, "enrol", cmd_enrol, "登记入托（可一次登记多人）", json=True)
    p.add_argument("place", help="场所名称或编号")
    p.add_argument("persons", nargs="+", metavar="PERSON", help="姓名或人员编号")
    p.add_argument("--start", default=None, help="入托日期（默认今天）")
    p.add_argument("--end", default=None, help="结束日期（可不填）")

    p = add_command(csub, parent, "leave", cmd_leave, "办理退托")
    p.add_argument("place")
    p.add_argument("person")
    p.add_argument("--date", default=None, help="退托日期（默认今天）")
    p.add_argument("--reason", default="")

    p = add_command(csub, parent, "enrolled", cmd_enrolled, "列出在托人员", json=True)
    p.add_argument("place")
    p.add_argument("--on", default=None, help="哪一天在托（默认今天）")

    p = add_command(csub, parent, "attend", cmd_attend, "登记某天出勤（同一天不能重复登记）", json=True)
    p.add_argument("place")
    p.add_argument("date")
    p.add_argument("persons", nargs="+", metavar="PERSON")
    p.add_argument("--meals", type=int, default=0, help="每人用餐餐次")
    p.add_argument("--service", action="append", default=[], help="其他服务（助浴、助洁、助医/体检、文娱、保育），可重复")

    p = add_command(csub, parent, "visitors", cmd_visitors, "登记某天非入托的临时来访人次")
    p.add_argument("place")
    p.add_argument("date")
    p.add_argument("count", type=int)
    p.add_argument("--meals", type=int, default=0)

    p.add_argument("--service", action="append", default=[], metavar="服务=人次",
                   help="来访人员接受的服务，如 助医/体检=12、文娱=30，可重复")

    p = add_command(csub, parent, "pay", cmd_pay, "登记补贴拨付（记入资金账本“托老托幼运营补贴”）", json=True)
    p.add_argument("place")
    p.add_argument("--month", required=True, help="补贴所属月份 YYYY-MM")
    p.add_argument("--amount", required=True, help="拨付金额（元，可写 1.2万）")
    p.add_argument("--date", required=True, help="拨付日期")
    p.add_argument("--payer", default="", help="拨付单位（默认 乡镇民政办）")
    p.add_argument("--note", default="")

    register_helpers(csub, parent)

    p = add_command(csub, parent, "import-register", cmd_import,
                    "导入一个月的签到表（姓名竖排、日期横排；.xlsx/.xls/.csv）", json=True)
    p.add_argument("file", metavar="FILE.xlsx")
    p.add_argument("--place", help="场所（默认从表格标题识别）")
    p.add_argument("--month", help="月份 YYYY-MM（默认从表格标题识别；一月一张工作表时读该月的表）")
    p.add_argument("--tick-meals", type=int, default=None, help="每个 √ 计几餐（默认：有助餐服务计 1 餐，否则 0）")
    p.add_argument("--errors", help="错误表保存位置（默认在原文件旁 *_错误.xlsx）")
    p.add_argument("--dry-run", action="store_true", help="只检查，不写入")

    p = add_command(csub, parent, "report", cmd_report, "月报/年报：人数、人次、餐次、服务、重点人群、补贴")
    p.add_argument("place")
    period = p.add_mutually_exclusive_group(required=True)
    period.add_argument("--month", help="YYYY-MM")
    period.add_argument("--year", type=int, help="全年汇总")
    out = p.add_mutually_exclusive_group()
    out.add_argument("--json", action="store_true", help=JSON_HELP)
    out.add_argument("--xlsx", metavar="F", help="导出 Excel")
    out.add_argument("--pdf", metavar="F", help="导出 A4 PDF 月报表（上报乡镇的格式，可打印）")
    out.add_argument("--detail-pdf", metavar="F", help="导出 A4 PDF 出勤明细（逐人出勤、用餐、补贴，可打印）")

    p = add_command(csub, parent, "summary", cmd_summary, "全村各场所某月汇总（供乡镇汇总）", json=True)
    p.add_argument("--month", required=True, help="YYYY-MM")

    p = add_command(csub, parent, "settings", cmd_settings, "托老托幼设置：老人最低年龄", json=True)
    p.add_argument("--elder-min-age", type=int, help="进入养老场所的最低年龄（默认 60）")


def _place_options(p, *, adding: bool) -> None:
    """A place's fields. Adding fills defaults; editing leaves them None, so only what is given changes."""
    def default(value):
        return value if adding else None
    p.add_argument("--kind", required=adding, help="类型：幸福院/日间照料中心/居家养老服务站/托育点/幼儿园/托幼所")
    p.add_argument("--capacity", type=int, default=default(0), help="核定名额（床位）")
    p.add_argument("--open", dest="open_weekdays", default=default("12345"),
                   help="每周开放日，如 12345、一二三四五六、每天")
    p.add_argument("--services", help="提供的服务，用顿号分隔" + ("（默认该类型的全部服务）" if adding else ""))
    p.add_argument("--meal-subsidy", default=default("0"), help="每餐补贴（元）")
    p.add_argument("--person-subsidy", default=default("0"), help="每人每月运营补贴（元）")
    p.add_argument("--min-age", type=int, help="儿童场所最小年龄（周岁）")
    p.add_argument("--max-age", type=int, help="儿童场所最大年龄（周岁）")
    p.add_argument("--address", default=default(""), help="地址")
    p.add_argument("--manager", default=default(""), help="负责人")
    p.add_argument("--phone", default=default(""), help="联系电话")


def _place_values(args) -> dict:
    """The place fields as the core names them; None where the option was not given."""
    return {"name": args.name, "kind": args.kind, "capacity": args.capacity, "open_weekdays": args.open_weekdays,
            "services": args.services, "meal_subsidy_fen": args.meal_subsidy,
            "person_subsidy_fen": args.person_subsidy, "min_age": args.min_age, "max_age": args.max_age,
            "address": args.address, "manager": args.manager, "phone": args.phone}


def _warn(warnings) -> None:
    for w in warnings:
        sys.stderr.write(f"提示：{w}\n")


def _today() -> str:
    return date.today().isoformat()


def cmd_place_add(args) -> int:
    from desktop.core.care import places
    values = _place_values(args)
    if values["services"] is None:      # the core then offers every service of the kind
        del values["services"]
    with store_for(args) as store:
        place_id = places.add_place(store, **values)
        row = places.get_place(store, place_id)
    return print_result(args, row, f"已添加场所：{row['name']}（{row['kind']}），编号 {place_id}")


def cmd_place_edit(args) -> int:
    from desktop.core.care import places
    changes = {k: v for k, v in _place_values(args).items() if v is not None}
    if not changes:
        raise RefusedError("没有给出要修改的项（如 --capacity 40）。")
    with store_for(args) as store:
        place = places.resolve_place(store, args.place)
        changed = places.update_place(store, place["id"], rate_from=args.rate_from, **changes)
        row = places.get_place(store, place["id"])
    labels = places.changed_labels(changed)
    return print_result(args, row, f"已修改{row['name']}：" + ("、".join(labels) if labels else "没有变化"))


def cmd_place_retire(args) -> int:
    from desktop.core.care import places
    with store_for(args) as store:
        place = places.resolve_place(store, args.place)
        places.close_place(store, place["id"], args.date or _today())
    print(f"已停用场所：{place['name']}（以前各月的记录和报表不变）")
    return 0


def _money_pairs(items: list[str], label: str) -> dict:
    from desktop.core.inputs.money import parse_money
    out = {}
    for item in items:
        name, sep, amount = item.partition("=")
        if not sep or not name.strip():
            raise ValidationError(f"{label}应写成 服务=元，如 助浴=10，现在是“{item}”。", field="service")
        out[name.strip()] = parse_money(amount, field="service", label=f"{name.strip()}{label}", allow_zero=True)
    return out


def cmd_place_rates(args) -> int:
    from desktop.core.care import places, rates
    from desktop.core.inputs.money import parse_money
    values = {key: parse_money(raw, field=key, label=rates.MONEY_FIELDS[key], allow_zero=True)
              for key, raw in (("meal_subsidy_fen", args.meal_subsidy), ("person_subsidy_fen", args.person_subsidy),
                               ("visitor_meal_subsidy_fen", args.visitor_meal_subsidy),
                               ("meal_fee_fen", args.meal_fee)) if raw is not None}
    if args.service_subsidy:
        values["service_subsidy"] = _money_pairs(args.service_subsidy, "补贴")
    if args.service_fee:
        values["service_fee"] = _money_pairs(args.service_fee, "自付")
    with store_for(args) as store:
        place = places.resolve_place(store, args.place)
        if values:
            if not args.effective:
                raise ValidationError("请用 --from 给出新标准的生效日期。", field="effective")
            rates.set_rates(store, place["id"], args.effective, **values)
        history = rates.rate_history(store, place["id"])

    def text() -> None:
        for v in history:
            since = "建立时" if v["effective_date"] == rates.BEGINNING else f"{v['effective_date']} 起"
            print(f"{since}：" + "；".join(rates.describe(v)))
    return print_result(args, [{k: v for k, v in h.items() if k != "id"} for h in history], text)


def cmd_summary(args) -> int:
    from desktop.core.care.report import monthly_summary
    from desktop.core.money import yuan
    with store_for(args) as store:
        data = monthly_summary(store, args.month)
    code = print_rows(args, [{**p, "subsidy": yuan(p["subsidy_fen"]), "paid": yuan(p["paid_fen"])}
                             for p in data["places"]],
                      [("name", "场所"), ("kind", "类型"), ("enrolled", "在托人数"), ("served", "服务人数"),
                       ("attendance", "出勤人次"), ("visitors", "临时来访"), ("meals", "用餐餐次"),
                       ("subsidy", "应拨补贴（元）"), ("paid", "已拨补贴（元）")], data=data)
    if not getattr(args, "json", False):
        print(data["definition"])
    return code


def cmd_pay(args) -> int:
    from desktop.core.care import payments, places
    from desktop.core.inputs.money import parse_money
    from desktop.core.money import yuan
    amount = parse_money(args.amount, field="amount", label="拨付金额")
    with store_for(args) as store:
        place = places.resolve_place(store, args.place)
        out = payments.record_payment(store, place["id"], args.month, amount, paid_date=args.date,
                                      payer=args.payer, note=args.note)
    _warn(out.warnings)
    return print_result(args, {"id": out.id, "amount_fen": amount, "warnings": out.warnings},
                        f"已登记 {place['name']} {args.month} 补贴拨付 {yuan(amount, symbol=True)}，已记入资金账本。")


def cmd_place_list(args) -> int:
    from desktop.core.care import places
    from desktop.core.money import yuan
    with store_for(args) as store:
        rows = places.list_places(store, include_inactive=args.all)
    shown = [{**r, "open_label": places.weekdays_label(r["open_weekdays"]), "meal": yuan(r["meal_now_fen"]),
              "age": f"{r['min_age']}–{r['max_age']}岁" if r["min_age"] is not None else ""} for r in rows]
    return print_rows(args, shown, [("name", "名称"), ("kind", "类型"), ("capacity", "名额"), ("enrolled", "在托"),
                                    ("open_label", "开放日"), ("services", "服务"), ("meal", "每餐补贴"),
                                    ("age", "年龄"), ("id", "编号")], data=rows)


def cmd_place_day(args) -> int:
    from desktop.core.care import places
    with store_for(args) as store:
        place = places.resolve_place(store, args.place)
        state = None if args.clear else bool(args.open)
        places.set_day(store, place["id"], args.date, state, args.note)
    print(f"{place['name']} {args.date}：" + ("恢复按每周开放日" if state is None else ("开放" if state else "闭馆")))
    return 0


def cmd_enrol(args) -> int:
    from desktop.core.care import enrolment, places
    start = args.start or _today()
    with store_for(args) as store:
        place = places.resolve_place(store, args.place)
        people = [find_person(store, p) for p in args.persons]
        outcomes = list(zip(people, enrolment.enrol_many(store, place["id"], [p["id"] for p in people], start,
                                                         end_date=args.end)))
    for _, out in outcomes:
        _warn(out.warnings)
    return print_result(args, [{"person_id": p["id"], "name": p["name"], "enrolment_id": o.id,
                                "warnings": o.warnings} for p, o in outcomes],
                        f"已在{place['name']}登记入托 {len(outcomes)} 人（{start} 起）："
                        + "、".join(p["name"] for p, _ in outcomes))


def cmd_leave(args) -> int:
    from desktop.core.care import enrolment, places
    day = args.date or _today()
    with store_for(args) as store:
        place = places.resolve_place(store, args.place)
        person = find_person(store, args.person)
        row = enrolment.enrolment_on(store, place["id"], person["id"], day)
        if row is None:
            raise RefusedError(f"{person['name']} 在 {day} 没有在{place['name']}入托。")
        enrolment.end_enrolment(store, row["id"], day, args.reason)
    print(f"{person['name']} 已于 {day} 从{place['name']}退托。")
    return 0


def cmd_enrolled(args) -> int:
    from desktop.core.care import enrolment, places
    from desktop.core.roster.idcard import mask
    day = args.on or _today()
    with store_for(args) as store:
        place = places.resolve_place(store, args.place)
        rows = enrolment.enrolments(store, place["id"], on=day)
    out = [{"enrolment_id": r["id"], "person_id": r["person_id"], "name": r["name"], "gender": r["gender"],
            "birth_date": r["birth_date"], "id_masked": mask(r["id_number"]), "start_date": r["start_date"],
            "end_date": r["end_date"]} for r in rows]
    return print_rows(args, out, [("name", "姓名"), ("gender", "性别"), ("birth_date", "出生日期"),
                                  ("id_masked", "身份证号"), ("start_date", "入托日期"), ("end_date", "结束日期"),
                                  ("person_id", "人员编号")])


def cmd_attend(args) -> int:
    from desktop.core.care import places, register
    with store_for(args) as store:
        place = places.resolve_place(store, args.place)
        people = [find_person(store, p) for p in args.persons]
        out = register.record_attendance(store, place["id"], args.date, [p["id"] for p in people],
                                         meals=args.meals, services=tuple(args.service))
    _warn(out.warnings)
    return print_result(args, {"place": place["name"], "date": args.date, "people": [p["name"] for p in people],
                               "meals_each": args.meals, "warnings": out.warnings},
                        f"{place['name']} {args.date} 已登记出勤 {out.count} 人"
                        + (f"，每人 {args.meals} 餐" if args.meals else "") + "：" + "、".join(p["name"] for p in people))


def cmd_visitors(args) -> int:
    from desktop.core.care import places, register
    with store_for(args) as store:
        place = places.resolve_place(store, args.place)
        services = None
        if args.service:
            from desktop.core.inputs.text import parse_count
            services = {}
            for item in args.service:
                name, sep, n = item.partition("=")
                if not sep:
                    raise ValidationError(f"来访服务应写成 服务=人次，如 文娱=30，现在是“{item}”。", field="service")
                services[name.strip()] = parse_count(n, field="service", label=f"{name.strip()}人次")
        out = register.set_visitors(store, place["id"], args.date, args.count, args.meals, services=services)
    _warn(out.warnings)
    extra = "".join(f"，{k} {v} 人次" for k, v in (services or {}).items())
    print(f"{place['name']} {args.date} 临时来访 {args.count} 人次，用餐 {args.meals} 餐次{extra}。")
    return 0


def cmd_import(args) -> int:
    from desktop.core.care.importer import import_register
    with store_for(args) as store:
        result = import_register(store, args.file, place=args.place, month=args.month, tick_meals=args.tick_meals,
                                 error_path=args.errors, dry_run=args.dry_run)
    return print_result(args, result.as_dict(), lambda: _print_import(result))


def _print_import(result) -> None:
    verb = "检查通过可导入" if result.dry_run else "已导入"
    print(f"{result.place['name']} {result.month}：{verb} {result.cells} 人次（{result.people} 人），"
          f"用餐 {result.meals} 餐次（每个 √ 按 {result.tick_meals} 餐计），临时来访 {result.visitor_days} 天。")
    _warn(result.warnings)
    if result.errors:
        sys.stderr.write(f"有 {len(result.errors)} 处未导入：\n")
        for e in result.errors:
            sys.stderr.write(f"  {e.message()}\n")
        sys.stderr.write(f"未导入的格子已写入 {result.error_file}，改正后可再导入该文件。\n")


def cmd_report(args) -> int:
    from desktop.core.care import places, report
    with store_for(args) as store:
        place = places.resolve_place(store, args.place)
        if args.year:
            data = report.yearly_report(store, place["id"], args.year)
        else:
            data = report.monthly_report(store, place["id"], args.month)
        if args.pdf or args.detail_pdf:
            if args.year:
                raise RefusedError("PDF 月报请用 --month 指定月份；全年汇总请导出 Excel（--xlsx）。")
            from desktop.core.care import report_pdf
            if args.pdf:
                path = report_pdf.write_monthly_pdf(store, place["id"], args.month, args.pdf)
            else:
                path = report_pdf.write_detail_pdf(store, place["id"], args.month, args.detail_pdf)
            print(f"已生成 PDF：{path}")
            return 0
    if args.xlsx:       # --json, --xlsx and the PDFs exclude one another
        from desktop.core.care import export_xlsx
        path = (export_xlsx.export_yearly if args.year else export_xlsx.export_monthly)(data, args.xlsx)
        print(f"已导出 Excel：{path}")
        return 0
    return print_result(args, data, lambda: _print_report(data))


def _print_report(r: dict) -> None:
    from desktop.core.money import yuan
    period = f"{r['year']}年" if "year" in r else r["month"]
    print(f"{r['place']['name']}（{r['place']['kind']}） {period}")
    print(f"  开放天数 {r['open_days']}；在托 {r['enrolled']} 人；服务 {r['served']} 人")
    print(f"  出勤 {r['attendance']} 人次，临时来访 {r['visitors']} 人次；用餐 {r['meals']} 餐次（来访 {r['visitor_meals']}）")
    print("  服务：" + "，".join(f"{k} {v}" for k, v in r["services"].items()))
    print("  重点人群：" + "，".join(f"{k} {v['count']} 人（{v['percent']}%）" for k, v in r["shares"].items()))
    sub = r["subsidy"]
    print(f"  应拨补贴 {yuan(sub['total_fen'])} 元，已拨 {yuan(sub['paid_fen'])} 元，未拨 {yuan(sub['unpaid_fen'])} 元；"
          f"个人自付 {yuan(r['fees']['total_fen'])} 元")
    for flag in r.get("flags", []):
        print(f"  ！{flag}")


def cmd_settings(args) -> int:
    from desktop.core.care import enrolment
    with store_for(args) as store:
        if args.elder_min_age is not None:
            enrolment.set_elder_min_age(store, args.elder_min_age)
        age = enrolment.elder_min_age(store)
    return print_result(args, {"elder_min_age": age}, f"养老场所最低年龄：{age} 岁")

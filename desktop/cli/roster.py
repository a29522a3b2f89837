"""cunwu roster search | show | person add/edit | household add/show/head/dissolve |
move-out | death | away | back | move | merge | restore | group add/end/start/undated | reindex.

PERSON anywhere below is found by desktop.core.inputs.person: a record id, a 身份证号 or its
last 4+ characters, a name, or a name with an ID tail or 户号 ("张三 1234"); namesakes are
refused with the candidates listed. HH is a 户号. Dates are 2026-03-05, 2026/3/5 or
2026年3月5日 and default to today. The Excel `import` / `export` subcommands belong to the
roster sheets module (desktop/cli/roster_sheets.py).
"""
from __future__ import annotations

import sys

from desktop.cli.common import add_command, add_group, print_result, print_rows, print_table, store_for
from desktop.core.inputs.person import find_person

STATUS_HELP = "户籍状态：在册/外出务工/迁出/死亡/已合并"


def register(sub, parent) -> None:
    rsub = add_group(sub, parent, "roster", "花名册")

    p = add_command(rsub, parent, "search", cmd_search, "查找人员：姓名、拼音首字母、全拼、身份证后几位、户号", json=True)
    p.add_argument("query", nargs="?", default="")
    p.add_argument("--group", help="村民小组")
    p.add_argument("--status", help=STATUS_HELP)
    p.add_argument("--special", help="特殊群体，如 低保")
    p.add_argument("--limit", type=int, default=50)
    p.add_argument("--offset", type=int, default=0)
    p.add_argument("--count", action="store_true", help="只输出符合条件的人数")

    # --- Excel import/export (excel branch) ---
    p = add_command(rsub, parent, "import", cmd_import, "从 Excel（.xlsx/.xls）或 CSV 导入花名册", json=True)
    p.add_argument("file", metavar="FILE")
    p.add_argument("--sheet", help="工作表名称（默认自动选择有表头的那一张）")
    p.add_argument("--dry-run", action="store_true", help="只检查并报告，不写入")
    p = add_command(rsub, parent, "export", cmd_export, "把花名册（全部或筛选后）导出为 .xlsx", json=True)
    p.add_argument("file", metavar="FILE")
    p.add_argument("--query", "-q", default="", help="与查找相同的关键字")
    p.add_argument("--group", help="村民小组")
    p.add_argument("--status", help="户籍状态")
    p.add_argument("--special", help="特殊群体，如 低保")
    p.add_argument("--encrypt", action="store_true",
                   help="用口令加密导出文件（口令取自环境变量 CUNWU_EXPORT_PASSPHRASE 或提示输入）")
    # --- end Excel import/export ---

    p = add_command(rsub, parent, "show", cmd_show, "显示一个人的全部信息、特殊群体和变动历史", json=True)
    p.add_argument("person", metavar="PERSON")

    # person add / edit
    psub = add_group(rsub, parent, "person", "人员登记与修改")
    p = add_command(psub, parent, "add", cmd_person_add, "登记一个人", json=True)
    _person_fields(p, required_name=True)
    p = _person_command(psub, parent, "edit", cmd_person_edit, "修改一个人的信息（只改给出的字段）", dated=False)
    _person_fields(p, required_name=False)

    # households
    hsub = add_group(rsub, parent, "household", "户")
    p = add_command(hsub, parent, "add", cmd_household_add, "新建一户", json=True)
    p.add_argument("hh_no", metavar="HH", help="户号")
    p.add_argument("--group", help="村民小组名称")
    p.add_argument("--address", default="")
    p.add_argument("--phone", default="")
    p.add_argument("--note", default="")
    p = add_command(hsub, parent, "show", cmd_household_show, "显示一户的成员和历史", json=True)
    p.add_argument("hh_no", metavar="HH")
    p.add_argument("--all", action="store_true", help="也列出已迁出、死亡、合并的成员")
    p = _person_command(hsub, parent, "head", cmd_household_head, "更换户主", first=("hh_no", "HH"),
                        person_help="新户主")
    p.add_argument("--old-relation", dest="old_relation", help="原户主与新户主的关系（原户主仍在户中时必填）")
    _person_command(hsub, parent, "dissolve", cmd_household_dissolve, "解散（销户）一个已无在册成员的户",
                    first=("hh_no", "HH"), person=False, reason_required=True)

    # lifecycle
    new_head_help = "此人是户主时，指定新户主"
    p = _person_command(rsub, parent, "move-out", cmd_move_out, "登记迁出")
    p.add_argument("--to", dest="destination", default="", help="迁往何处")
    p.add_argument("--new-head", dest="new_head", help=new_head_help)
    p = _person_command(rsub, parent, "death", cmd_death, "登记死亡")
    p.add_argument("--new-head", dest="new_head", help=new_head_help)
    p = _person_command(rsub, parent, "away", cmd_away, "登记外出务工")
    p.add_argument("--place", default="", help="务工地点")
    _person_command(rsub, parent, "back", cmd_back, "登记外出务工人员返乡")
    p = _person_command(rsub, parent, "move", cmd_move, "户间迁移：把人迁到另一户")
    p.add_argument("--to", dest="to_hh", required=True, metavar="HH", help="迁入户的户号")
    p.add_argument("--relation", required=True, help="与新户户主的关系")
    p.add_argument("--new-head", dest="new_head", help="此人是原户户主时，指定原户的新户主")
    p = _person_command(rsub, parent, "merge", cmd_merge, "把重复录入的记录合并到保留的记录",
                        first=("duplicate", "DUPLICATE"), person=False, reason_required=True)
    p.add_argument("keep", metavar="KEEP", help="保留的记录")
    _person_command(rsub, parent, "restore", cmd_restore, "更正误登记的状态（死亡、迁出、外出务工、合并）",
                    reason_required=True)

    # special groups
    gsub = add_group(rsub, parent, "group", "特殊群体")
    p = _person_command(gsub, parent, "add", cmd_group_add, "把人加入特殊群体（低保、特困供养、残疾…）",
                        dated=False)
    p.add_argument("kind", metavar="KIND")
    p.add_argument("--detail", default="", help="特困供养：分散供养/集中供养；残疾可写“肢体二级”")
    p.add_argument("--category", help="残疾类别：视力/听力/言语/肢体/智力/精神/多重")
    p.add_argument("--grade", help="残疾等级：1-4")
    p.add_argument("--start", help="开始日期（默认今天）")
    p.add_argument("--note", default="")
    p = _person_command(gsub, parent, "end", cmd_group_end, "结束特殊群体身份")
    p.add_argument("kind", metavar="KIND")
    p = _person_command(gsub, parent, "start", cmd_group_start,
                        "补填或更正特殊群体的开始日期（如花名册导入时表中没有日期，记为“自导入起”的）", dated=False)
    p.add_argument("kind", metavar="KIND")
    p.add_argument("--date", required=True, help="实际开始日期 YYYY-MM-DD")
    p.add_argument("--reason", default="", help="更正原因")
    p = add_command(gsub, parent, "undated", cmd_group_undated,
                    "列出花名册导入时没有开始日期的特殊群体记录（自导入起）；加 --set-start 一并补填", json=True)
    p.add_argument("--kind", help="只列这一类，如 空巢老人")
    p.add_argument("--set-start", dest="set_start", metavar="DATE",
                   help="把列出的记录的开始日期都设为这一天（全部成功或全部不改）")

    add_command(rsub, parent, "reindex", cmd_reindex, "重建检索字段（拼音、首字母、身份证尾号）")


def _person_command(sub, parent, name: str, func, help: str, *, first: tuple[str, str] | None = None,
                    person: bool = True, person_help: str | None = None, dated: bool = True,
                    reason_required: bool = False):
    """A command on a record: its positional(s), --date/--reason when it is an event, --json."""
    p = add_command(sub, parent, name, func, help, json=True)
    if first:
        p.add_argument(first[0], metavar=first[1])
    if person:
        p.add_argument("person", metavar="PERSON", help=person_help)
    if dated:
        _when(p, reason_required=reason_required)
    return p


def _person_fields(p, *, required_name: bool) -> None:
    p.add_argument("--name", required=required_name)
    p.add_argument("--hh", dest="hh_no", metavar="HH", help="户号")
    p.add_argument("--relation", help="与户主关系")
    p.add_argument("--id-number", dest="id_number", help="身份证号")
    p.add_argument("--gender", choices=["男", "女"])
    p.add_argument("--birth", dest="birth_date", help="出生日期 YYYY-MM-DD")
    p.add_argument("--ethnicity", help="民族，如 汉族 或 01")
    p.add_argument("--phone")
    p.add_argument("--note")


def _when(p, *, reason_required: bool = False) -> None:
    p.add_argument("--date", help="日期 YYYY-MM-DD（默认今天）")
    p.add_argument("--reason", required=reason_required, default="", help="原因")


# ------------------------------------------------------------- excel (excel area)
def cmd_import(args) -> int:
    from desktop.cli.roster_sheets import run_import_command
    return run_import_command(args)


def cmd_export(args) -> int:
    from desktop.cli.roster_sheets import run_export_command
    return run_export_command(args)


# ------------------------------------------------------------------ search
def cmd_search(args) -> int:
    from desktop.core.roster import search
    with store_for(args) as store:
        if args.count:
            n = search.count(store, args.query, group=args.group, status=args.status, special=args.special)
            return print_result(args, {"count": n}, str(n))
        rows = search.search(store, args.query, group=args.group, status=args.status,
                             special=args.special, limit=args.limit, offset=args.offset)
    if not rows and search.too_short_for_middle(args.query):
        print("一个字只查姓名开头和名字开头；要查姓名中间的字，请至少输入两个字。", file=sys.stderr)
    return print_rows(args, rows, [("name", "姓名"), ("gender", "性别"), ("id_number", "身份证号"),
                                   ("hh_no", "户号"), ("group_name", "小组"), ("status", "状态")],
                      data=[search.public_row(r) for r in rows])


# -------------------------------------------------------------------- show
def cmd_show(args) -> int:
    from desktop.core.roster import profile
    with store_for(args) as store:
        report = profile.person_profile(store, find_person(store, args.person))
    return print_result(args, report, lambda: _print_person(report))


def _print_person(report: dict) -> None:
    hh = report["household"]
    print(f"{report['name']}  {report['gender'] or ''}  {report['ethnicity_name']}  出生 {report['birth_date'] or '未知'}")
    print(f"身份证号：{report['id_number'] or '无'}   电话：{report['phone'] or '无'}")
    print(f"状态：{report['status']}" + (f"（{report['status_date']} {report['status_reason']}）"
                                       if report["status_date"] else ""))
    if hh:
        print(f"户号：{hh['hh_no']}  {hh['group_name'] or ''}  {hh['address']}  与户主关系：{report['relation']}")
    print("特殊群体：" + ("、".join(f"{g['kind']}{'（' + g['detail'] + '）' if g['detail'] else ''}"
                                  f"{' 至 ' + g['end_date'] if g['end_date'] else ''}" for g in report["groups"])
                        or "无"))
    for e in report["history"]:
        print(f"  {e['date']}  {e['kind']}  {e['reason']}")
    print(f"编号：{report['id']}")


# ------------------------------------------------------------------ person
def _person_values(args) -> dict:
    fields = ("name", "relation", "id_number", "gender", "birth_date", "ethnicity", "phone", "note")
    return {f: getattr(args, f) for f in fields if getattr(args, f) is not None}


def cmd_person_add(args) -> int:
    from desktop.core.roster import people
    with store_for(args) as store:
        values = _person_values(args)
        if args.hh_no:
            values["household_id"] = people.resolve_household(store, args.hh_no)["id"]
        pid = people.add_person(store, **values)
        person = people.get_person(store, pid)
    return print_result(args, {"id": pid, "name": person["name"], "id_number": person["id_number"]},
                        f"已登记：{person['name']}（编号 {pid}）")


def cmd_person_edit(args) -> int:
    from db.errors import ValidationError
    from desktop.core.roster import people
    with store_for(args) as store:
        person = find_person(store, args.person)
        values = _person_values(args)
        if args.hh_no:
            raise ValidationError("换户请用 cunwu roster move（会记录迁移历史）。", field="household_id")
        changed = people.update_person(store, person["id"], **values) if values else {}
    return print_result(args, {"id": person["id"], "changed": sorted(changed)},
                        f"已修改 {person['name']}：{'、'.join(sorted(changed)) or '没有变化'}")


# --------------------------------------------------------------- household
def cmd_household_add(args) -> int:
    from desktop.core import village
    from desktop.core.roster import people
    with store_for(args) as store:
        group_id = village.group_id_by_name(store, args.group) if args.group else None
        hh_id = people.add_household(store, hh_no=args.hh_no, group_id=group_id, address=args.address,
                                     phone=args.phone, note=args.note)
    return print_result(args, {"id": hh_id, "hh_no": args.hh_no.strip()}, f"已新建户：{args.hh_no.strip()}")


def cmd_household_show(args) -> int:
    from desktop.core.roster import people, profile
    with store_for(args) as store:
        report = profile.household_profile(store, people.resolve_household(store, args.hh_no),
                                           include_left=args.all)
    return print_result(args, report, lambda: _print_household(report))


def _print_household(report: dict) -> None:
    state = "" if report["status"] == "active" else f"（已解散 {report['status_date']}：{report['status_reason']}）"
    print(f"户号 {report['hh_no']}  {report['group_name'] or ''}  {report['address']}{state}")
    print_table(report["members"], [("name", "姓名"), ("relation", "与户主关系"), ("gender", "性别"),
                                    ("birth_date", "出生日期"), ("id_number", "身份证号"), ("status", "状态")])
    for e in report["history"]:
        print(f"  {e['date']}  {e['kind']}  {e['person_name'] or ''}  {e['reason']}")


def cmd_household_head(args) -> int:
    from desktop.core.roster import lifecycle, people
    with store_for(args) as store:
        hh = people.resolve_household(store, args.hh_no)
        person = find_person(store, args.person)
        ev = lifecycle.change_head(store, hh["id"], person["id"], on=args.date, reason=args.reason,
                                   old_head_relation=args.old_relation)
    return print_result(args, {"event_id": ev, "household_id": hh["id"], "person_id": person["id"]},
                        f"户 {hh['hh_no']} 的户主已改为 {person['name']}")


def cmd_household_dissolve(args) -> int:
    from desktop.core.roster import lifecycle, people
    with store_for(args) as store:
        hh = people.resolve_household(store, args.hh_no)
        ev = lifecycle.dissolve_household(store, hh["id"], on=args.date, reason=args.reason)
    return print_result(args, {"event_id": ev, "household_id": hh["id"]}, f"户 {hh['hh_no']} 已解散")


# --------------------------------------------------------------- lifecycle
def _lifecycle(args, action, message: str, **kw) -> int:
    from desktop.core.roster import people
    with store_for(args) as store:
        person = find_person(store, args.person)
        if getattr(args, "new_head", None):
            kw["new_head_id"] = find_person(store, args.new_head)["id"]
        ev = action(store, person["id"], on=args.date, reason=args.reason, **kw)
        status = people.get_person(store, person["id"])["status"]
    return print_result(args, {"event_id": ev, "person_id": person["id"], "status": status},
                        message.format(name=person["name"], status=status))


def cmd_move_out(args) -> int:
    from desktop.core.roster import lifecycle
    return _lifecycle(args, lifecycle.move_out, "已登记迁出：{name}", destination=args.destination)


def cmd_death(args) -> int:
    from desktop.core.roster import lifecycle
    return _lifecycle(args, lifecycle.record_death, "已登记死亡：{name}")


def cmd_away(args) -> int:
    from desktop.core.roster import lifecycle
    return _lifecycle(args, lifecycle.start_away, "已登记外出务工：{name}", place=args.place)


def cmd_back(args) -> int:
    from desktop.core.roster import lifecycle
    return _lifecycle(args, lifecycle.end_away, "已登记返乡：{name}")


def cmd_restore(args) -> int:
    from desktop.core.roster import lifecycle
    return _lifecycle(args, lifecycle.restore, "已更正 {name} 的状态，现为“{status}”")


def cmd_move(args) -> int:
    from desktop.core.roster import lifecycle, people
    with store_for(args) as store:
        person = find_person(store, args.person)
        target = people.resolve_household(store, args.to_hh)
        new_head = find_person(store, args.new_head)["id"] if args.new_head else None
        ev = lifecycle.move_household(store, person["id"], target["id"], relation=args.relation, on=args.date,
                                      reason=args.reason, new_head_id=new_head)
    return print_result(args, {"event_id": ev, "person_id": person["id"], "to_household_id": target["id"]},
                        f"{person['name']} 已迁入户 {target['hh_no']}")


def cmd_merge(args) -> int:
    from desktop.core.roster import merging
    with store_for(args) as store:
        dup = find_person(store, args.duplicate)
        keep = find_person(store, args.keep)
        ev = merging.merge(store, dup["id"], keep["id"], on=args.date, reason=args.reason)
    return print_result(args, {"event_id": ev, "person_id": dup["id"], "merged_into": keep["id"]},
                        f"已把重复记录 {dup['name']} 合并到 {keep['name']}")


# ------------------------------------------------------------------ groups
def cmd_group_add(args) -> int:
    from desktop.core.roster import groups
    with store_for(args) as store:
        person = find_person(store, args.person)
        gid = groups.add_membership(store, person["id"], args.kind, detail=args.detail, category=args.category,
                                    grade=args.grade, start=args.start, note=args.note)
        row = store.get("person_group", gid)
    return print_result(args, {"id": gid, "person_id": person["id"], "kind": row["kind"], "detail": row["detail"],
                               "start_date": row["start_date"]},
                        f"{person['name']} 已加入{row['kind']}{'（' + row['detail'] + '）' if row['detail'] else ''}")


def cmd_group_end(args) -> int:
    from db.errors import NotFoundError
    from desktop.core.roster import groups
    with store_for(args) as store:
        person = find_person(store, args.person)
        kind = groups.kind_label(args.kind)
        row = groups.open_membership(store, person["id"], kind)
        if row is None:
            raise NotFoundError(f"{person['name']} 目前不在{kind}中。")
        groups.end_membership(store, row["id"], on=args.date, reason=args.reason)
        end = store.get("person_group", row["id"])["end_date"]
    return print_result(args, {"id": row["id"], "person_id": person["id"], "kind": kind, "end_date": end},
                        f"{person['name']} 的{kind}身份已于 {end} 结束")


def cmd_group_start(args) -> int:
    from desktop.core.roster import groups
    with store_for(args) as store:
        person = find_person(store, args.person)
        kind = groups.kind_label(args.kind)
        row = groups.latest_membership(store, person, kind)
        was = row["start_date"]
        row = groups.set_start_date(store, row["id"], args.date, reason=args.reason)
    return print_result(args, {"id": row["id"], "person_id": person["id"], "kind": kind, "start_date": row["start_date"],
                               "was": was}, f"{person['name']} 的{kind}开始日期已由 {was} 改为 {row['start_date']}")


def cmd_group_undated(args) -> int:
    from desktop.core.roster import groups
    with store_for(args) as store:
        rows = groups.undated_memberships(store, args.kind)
        if args.set_start and rows:
            n = groups.set_start_dates(store, [r["id"] for r in rows], args.set_start)
            day = store.get("person_group", rows[0]["id"])["start_date"]
            return print_result(args, {"updated": n, "start_date": day}, f"已把 {n} 条记录的开始日期设为 {day}")
    if args.set_start:
        return print_result(args, {"updated": 0}, "没有需要补填开始日期的记录。")
    return print_rows(args, rows, [("name", "姓名"), ("hh_no", "户号"), ("kind", "特殊群体"),
                                   ("start_date", "登记的开始日期（导入日）"), ("note", "备注")])


def cmd_reindex(args) -> int:
    from desktop.core.roster import checks
    with store_for(args) as store:
        n = checks.rebuild_search_keys(store)
    print(f"已重建检索字段：{n} 人有更新")
    return 0

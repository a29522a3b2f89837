"""cunwu care helper add|hours|end|list: a place's staff and volunteers and the hours they serve."""
from __future__ import annotations

from datetime import date

from desktop.cli.common import add_command, add_group, print_result, print_rows, store_for


def register_helpers(csub, parent) -> None:
    hsub = add_group(csub, parent, "helper", "工作人员和志愿者：登记、服务时长")
    p = add_command(hsub, parent, "add", cmd_helper_add, "登记工作人员或志愿者", json=True)
    p.add_argument("place")
    p.add_argument("name", help="姓名（花名册中的村民可写姓名或编号）")
    p.add_argument("--role", required=True, choices=["工作人员", "志愿者"])
    p.add_argument("--start", default=None, help="开始服务日期（默认今天）")
    p.add_argument("--phone", default="")
    p.add_argument("--outsider", action="store_true", help="不是本村花名册中的人（只记姓名）")
    p = add_command(hsub, parent, "hours", cmd_helper_hours, "登记某天的服务时长")
    p.add_argument("place")
    p.add_argument("name")
    p.add_argument("date")
    p.add_argument("hours", help="小时数，如 2 或 2.5")
    p = add_command(hsub, parent, "end", cmd_helper_end, "结束某人的服务（或用 --resume 恢复）")
    p.add_argument("place")
    p.add_argument("name")
    p.add_argument("date", nargs="?", default=None, help="结束服务日期（默认今天）")
    p.add_argument("--resume", action="store_true", help="取消结束日期：继续服务")
    p = add_command(hsub, parent, "list", cmd_helper_list, "列出工作人员和志愿者", json=True)
    p.add_argument("place")


def cmd_helper_add(args) -> int:
    from desktop.core.care import helpers, places
    from desktop.core.inputs.person import find_person
    with store_for(args) as store:
        place = places.resolve_place(store, args.place)
        person_id = None if args.outsider else find_person(store, args.name, own_site=True)["id"]
        helper_id = helpers.add_helper(store, place["id"], name=args.name, role=args.role, person_id=person_id,
                                       start_date=args.start or date.today().isoformat(), phone=args.phone)
    return print_result(args, {"id": helper_id}, f"已登记{args.role}：{args.name}（{place['name']}）")


def cmd_helper_hours(args) -> int:
    from desktop.core.care import helpers, places
    with store_for(args) as store:
        place = places.resolve_place(store, args.place)
        helper = helpers.find_helper(store, place["id"], args.name)
        helpers.record_hours(store, helper["id"], args.date, args.hours)
    print(f"已登记 {helper['name']} {args.date} 服务 {args.hours} 小时。")
    return 0


def cmd_helper_end(args) -> int:
    from desktop.core.care import helpers, places
    end = None if args.resume else (args.date or date.today().isoformat())
    with store_for(args) as store:
        place = places.resolve_place(store, args.place)
        helper = helpers.find_helper(store, place["id"], args.name)
        helpers.end_service(store, helper["id"], end)
    print(f"{helper['name']} 继续服务，不再有结束日期。" if end is None else f"{helper['name']} 的服务到 {end} 结束。")
    return 0


def cmd_helper_list(args) -> int:
    from desktop.core.care import helpers, places
    with store_for(args) as store:
        place = places.resolve_place(store, args.place)
        rows = helpers.list_helpers(store, place["id"])
    shown = [{**r, "hours": f"{r['minutes'] / 60:g}"} for r in rows]
    return print_rows(args, shown, [("name", "姓名"), ("role", "身份"), ("start_date", "开始"),
                                    ("end_date", "结束"), ("hours", "累计小时")], data=rows)

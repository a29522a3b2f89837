"""cunwu init | demo | village ..."""
from __future__ import annotations

from db.errors import CunwuError
from desktop.cli.common import add_command, db_path, print_result, store_for
from desktop.core import open_store, village


def register(sub, parent) -> None:
    p = add_command(sub, parent, "init", cmd_init, "初始化本机的村（或乡镇）信息", json=True)
    p.add_argument("--name", required=True, help="村名（乡镇安装时为乡镇名）")
    p.add_argument("--code", required=True, help="12 位统计用区划代码")
    p.add_argument("--township", dest="township_role", action="store_true",
                   help="本机是乡镇（接收、汇总各村的数据包）；不加则为村")
    p.add_argument("--township-name", dest="township_name", default="", help="所属乡镇的名称（村安装时）")
    p.add_argument("--county", default="", help="所属县（区）")
    p.add_argument("--group", action="append", default=[], help="村民小组（可重复）")

    p = add_command(sub, parent, "demo", cmd_demo, "创建示范村数据（合成数据）", json=True)
    p.add_argument("--seed", type=int, default=2026)
    p.add_argument("--households", type=int, default=300)

    add_command(sub, parent, "self-test", cmd_self_test, "自检（不需要图形界面）：临时数据库、示范村、检查、公告 PDF")

    add_command(sub, parent, "village", cmd_village_show, "显示本村信息、村民小组和网格", json=True)

    p = add_command(sub, parent, "group-add", cmd_group_add, "添加村民小组")
    p.add_argument("name")
    p.add_argument("--leader", default="")


def cmd_init(args) -> int:
    path = db_path(args)
    role = "township" if args.township_role else "village"
    from desktop.core.sync import keys
    with open_store(path) as store:
        site_id = village.set_up(store, name=args.name, division_code=args.code, township=args.township_name,
                                 county=args.county, role=role, groups=args.group)
        fingerprint = keys.fingerprint(keys.ensure_keys(store))   # the key pair made for signing bundles
    return print_result(
        args, {"site_id": site_id, "db": str(path), "role": role, "fingerprint": fingerprint},
        f"已初始化{'乡镇' if role == 'township' else ''}：{args.name}（{args.code}），数据文件 {path}\n"
        f"本机密钥指纹：{fingerprint}（首次向{'各村' if role == 'township' else '乡镇'}交接时请当面核对）")


def cmd_demo(args) -> int:
    from desktop.core.demo import create_demo
    if not 1 <= args.households <= 5000:
        raise CunwuError("示范村户数应在 1 到 5000 之间。")
    path = db_path(args)
    if path.exists() and path.stat().st_size > 0:
        with open_store(path) as store:
            if store.initialised:
                raise CunwuError(f"数据文件 {path} 已有数据，示范村只能建在新文件里。")
    with open_store(path) as store:
        summary = create_demo(store, seed=args.seed, households=args.households)
    return print_result(args, {"db": str(path), **summary},
                        "\n".join([f"示范村已创建：{path}", *(f"  {k}: {v}" for k, v in summary.items())]))


def cmd_village_show(args) -> int:
    with store_for(args) as store:
        info = {"site": village.site_info(store), "groups": village.groups(store), "grids": village.grids(store)}
    s = info["site"]
    return print_result(args, info, "\n".join([
        f"{s['name']}（{s['division_code']}） {s['township']} {s['county']}  "
        f"类型：{'乡镇' if s['role'] == 'township' else '村'}",
        "村民小组：" + "、".join(g["name"] for g in info["groups"]),
        "网格：" + "、".join(g["name"] for g in info["grids"])]))


def cmd_group_add(args) -> int:
    with store_for(args) as store:
        village.add_group(store, args.name, leader=args.leader)
    print(f"已添加村民小组：{args.name}")
    return 0


def cmd_self_test(args) -> int:
    from desktop.selftest import run
    if run(gui=False) != 0:
        raise CunwuError("自检失败，详见上面的输出。")
    return 0

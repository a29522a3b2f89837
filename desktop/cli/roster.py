"""cunwu roster import | export | search | ..."""
from __future__ import annotations

from desktop.cli.common import add_command, print_json, print_table, store_for


def register(sub, parent) -> None:
    roster = sub.add_parser("roster", help="花名册", parents=[parent])
    rsub = roster.add_subparsers(dest="roster_command", metavar="ACTION")
    rsub.required = True

    p = add_command(rsub, parent, "search", cmd_search, "查找人员：姓名、拼音首字母、全拼、身份证后几位、户号")
    p.add_argument("query", nargs="?", default="")
    p.add_argument("--group", help="村民小组")
    p.add_argument("--status", help="户籍状态：在册/外出务工/迁出/死亡/已合并")
    p.add_argument("--special", help="特殊群体，如 低保")
    p.add_argument("--limit", type=int, default=50)
    p.add_argument("--json", action="store_true")

    # --- Excel import/export (excel branch) ---
    p = add_command(rsub, parent, "import", cmd_import, "从 Excel（.xlsx/.xls）或 CSV 导入花名册")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--sheet", help="工作表名称（默认自动选择有表头的那一张）")
    p.add_argument("--dry-run", action="store_true", help="只检查并报告，不写入")
    p.add_argument("--json", action="store_true")
    p = add_command(rsub, parent, "export", cmd_export, "把花名册（全部或筛选后）导出为 .xlsx")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--query", "-q", default="", help="与查找相同的关键字")
    p.add_argument("--group", help="村民小组")
    p.add_argument("--status", help="户籍状态")
    p.add_argument("--special", help="特殊群体，如 低保")
    p.add_argument("--json", action="store_true")
    # --- end Excel import/export ---


def cmd_import(args) -> int:
    from desktop.cli.excel import run_import_command
    return run_import_command(args)


def cmd_export(args) -> int:
    from desktop.cli.excel import run_export_command
    return run_export_command(args)


def cmd_search(args) -> int:
    from desktop.core.roster import search
    store = store_for(args)
    try:
        rows = search.search(store, args.query, group=args.group, status=args.status,
                             special=args.special, limit=args.limit)
    finally:
        store.close()
    if args.json:
        print_json([search.public_row(r) for r in rows])
    else:
        print_table(rows, [("name", "姓名"), ("gender", "性别"), ("id_number", "身份证号"),
                           ("hh_no", "户号"), ("group_name", "小组"), ("status", "状态")])
    return 0

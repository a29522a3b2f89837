"""`cunwu roster import FILE` and `cunwu roster export FILE` (registered in roster.py)."""
from __future__ import annotations

import sys

from desktop.cli.common import export_passphrase, print_result, store_for

SHOWN_ERRORS = 20


def run_import_command(args) -> int:
    from desktop.core.roster import excel_import as X
    table = X.read_table(args.file, sheet=args.sheet)       # unreadable file: CunwuError, exit 1
    mapping = X.guess_mapping(table)
    with store_for(args) as store:
        X.check_mapping(mapping)
        result = X.run_import(store, table, mapping, _progress() if not args.json else None,
                              dry_run=args.dry_run)
    data = {**result.to_json(), "sheet": table.sheet_name, "header_row": table.row_number(table.header_row),
            "mapping": {X.column_letter(c): k for c, k in sorted(mapping.items())}}
    return print_result(args, data, lambda: _print_import(table, mapping, result))


def _print_import(table, mapping: dict, result) -> None:
    from desktop.core.roster import excel_import as X
    print(f"工作表“{table.sheet_name}”，表头在第 {table.row_number(table.header_row)} 行；"
          "列对应：" + "，".join(f"{X.column_letter(c)}={X.FIELD_LABELS[k]}" for c, k in sorted(mapping.items())))
    print(result.summary())
    for number, reason, _ in result.errors[:SHOWN_ERRORS]:
        print(f"  第 {number} 行：{reason}")
    if len(result.errors) > SHOWN_ERRORS:
        print(f"  ……另有 {len(result.errors) - SHOWN_ERRORS} 行，详见错误行文件。")
    for number, note in result.notes[:SHOWN_ERRORS]:
        print(f"  第 {number} 行（已导入）：{note}")
    for number, reason in result.skipped:
        print(f"  第 {number} 行已跳过：{reason}")


def run_export_command(args) -> int:
    from desktop.core.roster.excel_export import export_path, export_roster
    from desktop.core.security.privacy import sealed_path
    path = export_path(args.file)
    passphrase = export_passphrase() if args.encrypt else None
    with store_for(args) as store:
        n = export_roster(store, path, query=args.query, group=args.group, status=args.status,
                          special=args.special, passphrase=passphrase)
    data = {"file": str(path), "rows": n}
    if args.encrypt:
        data.update(file=str(sealed_path(path)), encrypted=True)
    print_result(args, data, f"已导出 {n} 人到 {data['file']}")
    # The roster carries ID numbers and 低保/残疾 flags: say so every time.
    from desktop.core.security.privacy import SENSITIVE_NOTE
    print(SENSITIVE_NOTE, file=sys.stderr)
    return 0


def _progress():
    if not sys.stderr.isatty():
        return None

    def report(done: int, total: int, message: str) -> None:
        sys.stderr.write(f"\r{message} {done}/{total}   ")
        if done >= total:
            sys.stderr.write("\n")
    return report

"""cunwu backup | check (restore and users come with the reliability work)."""
from __future__ import annotations

from pathlib import Path

from db.backup import backup_connection
from desktop.cli.common import add_command, print_json, store_for


def register(sub, parent) -> None:
    p = add_command(sub, parent, "backup", cmd_backup, "备份数据文件到 DEST（文件夹或 .sqlite 文件）")
    p.add_argument("dest")
    p = add_command(sub, parent, "check", cmd_check, "检查数据文件是否完好、账目是否一致")
    p.add_argument("--json", action="store_true")


def cmd_backup(args) -> int:
    store = store_for(args)
    try:
        out = backup_connection(store.conn, Path(args.dest), stem=Path(store.path).stem, reason="manual")
    finally:
        store.close()
    print(f"已备份并校验：{out}")
    return 0


def run_checks(store) -> list[dict]:
    """Each check: name, ok, detail. Areas add theirs to CHECKS."""
    results = []
    ok, detail = store.integrity_ok()
    results.append({"name": "数据库完整性", "ok": ok, "detail": detail})
    fk = store.query("PRAGMA foreign_key_check")
    results.append({"name": "外键一致", "ok": not fk, "detail": f"{len(fk)} 处问题" if fk else "ok"})
    for check in CHECKS:
        results.extend(check(store))
    return results


CHECKS: list = []   # area checks: fn(store) -> list[dict]


def cmd_check(args) -> int:
    from db.errors import CunwuError
    store = store_for(args)
    try:
        results = run_checks(store)
    finally:
        store.close()
    if args.json:
        print_json(results)
    else:
        for r in results:
            print(f"[{'通过' if r['ok'] else '失败'}] {r['name']}：{r['detail']}")
    if not all(r["ok"] for r in results):
        raise CunwuError("检查未通过：" + "；".join(r["name"] for r in results if not r["ok"]))
    return 0

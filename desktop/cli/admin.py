"""cunwu backup | restore | check | user ... | export-person | anonymise | decrypt"""
from __future__ import annotations

import sys
from pathlib import Path

from db.errors import CunwuError
from db.files import write_text
from desktop.cli.common import (add_command, add_group, db_path, export_passphrase, print_result, print_rows,
                                print_table, secret, store_for)


def register(sub, parent) -> None:
    p = add_command(sub, parent, "backup", cmd_backup, "备份数据文件到 DEST（文件夹或 .sqlite 文件），并校验")
    p.add_argument("dest")
    p.add_argument("--quick", action="store_true",
                   help="只做快速校验（quick_check，大文件快约 20 倍；默认做完整的 integrity_check）")
    p = add_command(sub, parent, "restore", cmd_restore, "用备份文件恢复数据文件（当前文件会先另存一份）")
    p.add_argument("backup")
    p.add_argument("--yes", action="store_true", help="不再确认")
    p = add_command(sub, parent, "backups", cmd_backups, "列出备份，或设置备份文件夹（如 U 盘）", json=True)
    p.add_argument("--set-folder", metavar="DIR")
    p.add_argument("--purge-person", metavar="PERSON",
                   help="删除仍含某位已匿名化人员原始信息的备份（匿名化后按提示使用）")
    p.add_argument("--yes", action="store_true", help="不再确认")
    p = add_command(sub, parent, "check", cmd_check, "检查数据文件是否完好、变更记录未被篡改、账目是否一致", json=True)
    p.add_argument("--full", action="store_true",
                   help="完整检查数据库结构（integrity_check，逐一核对索引；百万人的文件需几分钟）；"
                        "默认做快速检查（quick_check）")
    p.add_argument("--against-notice", metavar="CODE",
                   help="同时核对公告上印的账本校验码（如“第 6914 条 3f9a1c2b7d4e”）：公告打印后账目历史是否被改写")

    usub = add_group(sub, parent, "user", "用户与角色")
    p = add_command(usub, parent, "add", cmd_user_add, "添加用户（第一个必须是管理员）；密码取自 CUNWU_NEW_PASSWORD 或提示输入")
    p.add_argument("username")
    p.add_argument("--role", required=True, choices=["admin", "clerk", "supervisor", "township"])
    p.add_argument("--name", default="", help="显示名")
    add_command(usub, parent, "list", cmd_user_list, "列出用户", json=True)
    p = add_command(usub, parent, "passwd", cmd_user_passwd, "修改密码；新密码取自 CUNWU_NEW_PASSWORD 或提示输入")
    p.add_argument("username")
    p = add_command(usub, parent, "disable", cmd_user_disable, "停用用户（历史记录保留）")
    p.add_argument("username")
    p = add_command(usub, parent, "enable", cmd_user_enable, "重新启用用户")
    p.add_argument("username")
    p = add_command(usub, parent, "role", cmd_user_role, "修改角色")
    p.add_argument("username")
    p.add_argument("role", choices=["admin", "clerk", "supervisor", "township"])

    p = add_command(sub, parent, "export-person", cmd_export_person,
                    "导出本机保存的某人的全部信息（个人信息查阅权）")
    p.add_argument("person", help="身份证号、人员编号或姓名")
    p.add_argument("--out", help="写入文件（默认输出到屏幕）")
    p.add_argument("--encrypt", action="store_true", help="用口令加密（口令取自 CUNWU_EXPORT_PASSPHRASE）")
    p = add_command(sub, parent, "anonymise", cmd_anonymise, "匿名化已迁出或已故人员的个人信息", json=True)
    p.add_argument("person")
    p.add_argument("--reason", required=True)
    p = add_command(sub, parent, "decrypt", cmd_decrypt, "解密村务通加密导出的文件（口令取自 CUNWU_EXPORT_PASSPHRASE）")
    p.add_argument("file")
    p.add_argument("--out", required=True)


def cmd_backup(args) -> int:
    from desktop.core.security.backups import manual_backup
    with store_for(args) as store:
        out = manual_backup(store, Path(args.dest), check="quick" if args.quick else "full")
    print(f"已备份并{'快速' if args.quick else ''}校验：{out}")
    return 0


def cmd_restore(args) -> int:
    from desktop.core.security.backups import restore
    path = db_path(args)
    if path.exists():
        from desktop.core.security.visibility import require_whole_file
        with store_for(args) as store:       # log in: only someone allowed in may replace the file
            require_whole_file(store, "恢复备份")
    if not args.yes and sys.stdin and sys.stdin.isatty():
        if input(f"用 {args.backup} 替换 {path}？当前文件会先另存。输入 yes 继续：").strip() != "yes":
            raise CunwuError("已取消。")
    saved = restore(path, Path(args.backup))
    print(f"已恢复：{path}" + (f"（原文件已另存为 {saved}）" if saved else ""))
    return 0


def cmd_backups(args) -> int:
    from desktop.core.security import backups
    with store_for(args) as store:
        if args.purge_person:
            return _purge_person(args, store)
        if args.set_folder:
            backups.set_backup_folder(store, args.set_folder)
        status = backups.backup_status(store)
        data = {"folder": str(status["folder"]), "backups": status["backups"], "stale": status["stale"]}
    return print_result(args, data, lambda: _print_backups(data))


def _print_backups(data: dict) -> None:
    print(f"备份文件夹：{data['folder']}")
    print_table(data["backups"], [("time", "时间"), ("size", "字节"), ("path", "文件")])
    if data["stale"]:
        print("注意：最近 7 天没有备份。")


def cmd_check(args) -> int:
    from desktop.core.checks import run_checks
    said: list[str] = []

    def progress(done: int, total: int, message: str) -> None:
        if not said or said[-1] != message:     # each step once; the GUI's bar shows the steps' own progress
            said.append(message)
            print(message, file=sys.stderr, flush=True)      # a county file takes half a minute

    with store_for(args) as store:
        results = run_checks(store, full=args.full, progress=progress)
        if getattr(args, "against_notice", None):
            from desktop.core.chain_code import verify_notice_code
            ok, detail = verify_notice_code(store, args.against_notice)
            results.append({"name": "公告上的账本校验码", "ok": ok, "detail": detail})
    print_result(args, results, "\n".join(f"[{'通过' if r['ok'] else '失败'}] {r['name']}：{r['detail']}"
                                          + ("（快速检查；完整检查请加 --full）" if r.get("full") is False else "")
                                          for r in results))
    if not all(r["ok"] for r in results):
        raise CunwuError("检查未通过：" + "；".join(r["name"] for r in results if not r["ok"]))
    return 0


def _with_users(args, fn, *, own_password: bool = False):
    """Run fn(store, users) logged in; managing users is for admins (the core checks a
    password change itself: anyone may change their own)."""
    from desktop.core.security import users
    with store_for(args) as store:
        if store.role not in (None, "admin") and not own_password:
            raise CunwuError("只有管理员可以管理用户。")
        return fn(store, users)


def cmd_user_add(args) -> int:
    password = secret("CUNWU_NEW_PASSWORD", f"{args.username} 的新密码")
    _with_users(args, lambda s, u: u.add_user(s, args.username, password, args.role, args.name))
    print(f"已添加用户 {args.username}（{args.role}）")
    return 0


def cmd_user_list(args) -> int:
    rows = _with_users(args, lambda s, u: u.list_users(s))
    return print_rows(args, rows, [("username", "用户名"), ("display_name", "姓名"), ("role", "角色"),
                                   ("active", "启用"), ("last_login", "上次登录")])


def cmd_user_passwd(args) -> int:
    password = secret("CUNWU_NEW_PASSWORD", f"{args.username} 的新密码")
    _with_users(args, lambda s, u: u.set_password(s, args.username, password), own_password=True)
    print(f"已修改 {args.username} 的密码")
    return 0


def cmd_user_disable(args) -> int:
    _with_users(args, lambda s, u: u.set_active(s, args.username, False))
    print(f"已停用 {args.username}")
    return 0


def cmd_user_enable(args) -> int:
    _with_users(args, lambda s, u: u.set_active(s, args.username, True))
    print(f"已启用 {args.username}")
    return 0


def cmd_user_role(args) -> int:
    _with_users(args, lambda s, u: u.set_role(s, args.username, args.role))
    print(f"已把 {args.username} 的角色改为 {args.role}")
    return 0


def cmd_export_person(args) -> int:
    from desktop.core.security import privacy
    if args.encrypt and not args.out:
        raise CunwuError("加密导出需要用 --out 指定文件。")
    passphrase = export_passphrase() if args.encrypt else None     # refused before anything is read
    with store_for(args) as store:
        data = privacy.export_person(store, args.person)
    text = privacy.person_json(data)
    if not args.out:
        sys.stdout.write(text + "\n")
        return 0
    if passphrase is not None:
        out = privacy.write_sealed(Path(args.out), text.encode("utf-8"), passphrase)
    else:
        out = write_text(Path(args.out), text)
    print(f"已导出：{out}")
    print(privacy.SENSITIVE_NOTE, file=sys.stderr)
    return 0


def cmd_anonymise(args) -> int:
    from desktop.core.security import anonymise, privacy
    with store_for(args) as store:
        result = privacy.anonymise(store, args.person, args.reason)
        held = anonymise.backups_holding(store, result["person_id"])
    result["backups_holding"] = [str(p) for p in held]
    print_result(args, result, f"已匿名化（隐去 {result['redacted_log_entries']} 条历史变更内容）")
    if held:
        print(f"注意：以下 {len(held)} 份备份仍含此人的原始信息：", file=sys.stderr)
        for p in held:
            print(f"  {p}", file=sys.stderr)
        print(f"删除这些备份：cunwu backups --purge-person {result['person_id']} --db {db_path(args)}",
              file=sys.stderr)
    return 0


def _purge_person(args, store) -> int:
    """Delete the backups that still hold an anonymised person (admin and clerk only)."""
    from desktop.core.security import anonymise
    from desktop.core.security.visibility import require_whole_file
    require_whole_file(store, "删除备份")
    held = anonymise.backups_holding(store, args.purge_person)
    if held and not args.yes and sys.stdin and sys.stdin.isatty():
        if input(f"删除 {len(held)} 份仍含此人原始信息的备份？输入 yes 继续：").strip() != "yes":
            raise CunwuError("已取消。")
    for p in held:
        p.unlink()
    return print_result(args, {"deleted": [str(p) for p in held]},
                        f"已删除 {len(held)} 份仍含此人原始信息的备份。" if held else "没有备份含此人的原始信息。")


def cmd_decrypt(args) -> int:
    from desktop.core.security import privacy
    out = privacy.decrypt_file(Path(args.file), secret("CUNWU_EXPORT_PASSPHRASE", "加密口令"), Path(args.out))
    print(f"已解密：{out}")
    return 0

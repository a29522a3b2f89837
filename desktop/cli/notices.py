"""cunwu notice list | render KIND [options] --pdf FILE | history"""
from __future__ import annotations

from pathlib import Path

from db.errors import CunwuError, ValidationError, os_reason
from db.files import write_bytes
from desktop.cli.common import add_command, add_group, print_result, print_rows, store_for


def register(sub, parent) -> None:
    from desktop.core.notices import registry
    nsub = add_group(sub, parent, "notice", "公告打印")

    add_command(nsub, parent, "list", cmd_list, "列出所有公告种类及其选项", json=True)

    kinds = add_group(nsub, parent, "render", "生成公告 PDF：cunwu notice render KIND [选项] --pdf FILE",
                      dest="kind", metavar="KIND")
    for kind in registry.KINDS:
        kp = add_command(kinds, parent, kind.key, cmd_render, f"{kind.title}：{kind.description}",
                         aliases=[a for a in (kind.title, *kind.aliases) if a != kind.key])
        for o in kind.options:
            help_text = o.help or o.label
            if o.type == "list":
                kp.add_argument(o.flag, dest=o.name, action="append", metavar=o.label, help=help_text)
            else:
                kp.add_argument(o.flag, dest=o.name, metavar=o.label, help=help_text,
                                required=o.required)
        kp.add_argument("--pdf", required=True, metavar="FILE", help="输出的 PDF 文件")
        kp.add_argument("--date", metavar="YYYY-MM-DD", help="落款日期（默认今天）")
        kp.add_argument("--number", metavar="文号", help="文号，如 〔2026〕3号；不填自动编号，填 none 不印文号")
        kp.add_argument("--bilingual", dest="bilingual", action="store_true", default=None,
                        help="中朝双语（默认按本村设置）")
        kp.add_argument("--chinese-only", dest="bilingual", action="store_false",
                        help="只印中文（不管本村设置）")
        kp.add_argument("--json", action="store_true", help="输出结果摘要（JSON）")
        kp.set_defaults(notice_kind=kind.key)

    p = add_command(nsub, parent, "settings", cmd_settings, "查看或修改本村的公告设置（双语、公示期、文号、补贴标准）", json=True)
    p.add_argument("--bilingual", choices=["on", "off"], help="公告固定文字中朝双语")
    p.add_argument("--disclosure-days", type=int, metavar="天数", help="公示期天数")
    p.add_argument("--contact", metavar="电话", help="监督电话")
    p.add_argument("--number-format", metavar="格式", help="文号格式，如 〔{year}〕{n}号")
    p.add_argument("--dibao", metavar="元", help="低保每人每月金额")
    p.add_argument("--tekun-scattered", metavar="元", help="特困供养（分散供养）每人每月金额")
    p.add_argument("--tekun-central", metavar="元", help="特困供养（集中供养）每人每月金额")
    p.add_argument("--elderly", nargs=3, metavar=("80-89", "90-99", "100+"), help="高龄补贴每人每月金额（三个年龄段）")

    p = add_command(nsub, parent, "history", cmd_history, "已打印或保存的公告记录（含内容哈希）", json=True)
    p.add_argument("--kind", help="只看某种公告")
    p.add_argument("--sha256", help="按 PDF 的 SHA-256 查找")
    p.add_argument("--limit", type=int, default=50)


def cmd_list(args) -> int:
    from desktop.core.notices import registry
    rows = [{"key": k.key, "title": k.title, "area": k.area, "collector": k.collector,
             "available": k.available(), "public": k.public, "description": k.description,
             "options": [{"name": o.name, "flag": o.flag, "label": o.label, "type": o.type,
                          "required": o.required, "choices": list(o.choices)} for o in k.options]}
            for k in registry.KINDS]
    return print_rows(args, [{**r, "available": "可用" if r["available"] else "待相关模块",
                              "options": " ".join(o["flag"] + ("（必填）" if o["required"] else "")
                                                  for o in r["options"])} for r in rows],
                      [("key", "种类"), ("title", "名称"), ("available", "状态"), ("options", "选项")], data=rows)


def cmd_render(args) -> int:
    from datetime import date

    from desktop.core.inputs.dates import parse_day
    from desktop.core.notices import history, registry
    kind = registry.get(args.notice_kind)
    raw = {o.name: getattr(args, o.name, None) for o in kind.options}
    issued_on = date.fromisoformat(parse_day(args.date, label="落款日期")) if args.date else None
    number = None if args.number is None else ("" if args.number.strip().lower() == "none" else args.number.strip())
    out = Path(args.pdf)
    if out.exists() and out.is_dir():
        raise CunwuError(f"{out} 是一个文件夹，请给出 PDF 文件名。")
    with store_for(args) as store:
        try:
            data, pdf = registry.render(store, kind, raw, issued_on=issued_on, number=number,
                                        bilingual=args.bilingual)
        except ValidationError as exc:
            # The core's message is in plain words for the form and the command line alike;
            # here the clerk also needs the option to type.
            flags = {o.name: o.flag for o in kind.options}
            if exc.field in flags:
                raise ValidationError(f"{exc.message}（命令行选项 {flags[exc.field]}）", field=exc.field,
                                      row=exc.row) from None
            raise
        try:
            write_bytes(out, pdf)
        except OSError as exc:
            raise CunwuError(f"无法写入 {out}：{os_reason(exc)}") from None
        params = {k: v for k, v in raw.items() if v not in (None, "", [])}
        history.record(store, kind=kind.key, title=registry.title_of(data), publication=data.publication,
                       pdf=pdf, action="save", target=str(out.resolve()), params=params)
    summary = {"kind": kind.key, "title": registry.title_of(data), "number": data.publication.number,
               "pdf": str(out), "pages": history.page_count(pdf), "bytes": len(pdf), "sha256": history.sha256(pdf)}
    return print_result(args, summary,
                        f"已生成{summary['title']}：{out}（{summary['pages']} 页，SHA-256 {summary['sha256']}）")


def cmd_history(args) -> int:
    from desktop.core.notices import history
    with store_for(args) as store:
        rows = history.find_by_hash(store, args.sha256) if args.sha256 else \
            history.entries(store, limit=args.limit, kind=args.kind)
    keys = ("done_at", "kind", "title", "number", "action", "target", "actor", "sha256", "pages", "size_bytes",
            "params")
    rows = [{k: r.get(k) for k in keys} for r in rows]
    return print_rows(args, [{**r, "action": history.ACTIONS.get(r["action"], r["action"])} for r in rows],
                      [("done_at", "时间"), ("title", "公告"), ("number", "文号"), ("action", "操作"),
                       ("actor", "操作人"), ("sha256", "SHA-256")], data=rows)


def cmd_settings(args) -> int:
    from dataclasses import asdict
    from desktop.core.notices import settings
    from desktop.core.inputs.money import parse_money
    with store_for(args) as store:
        s = settings.load(store)
        changed = False
        if args.bilingual:
            s.bilingual, changed = args.bilingual == "on", True
        for name in ("disclosure_days", "contact", "number_format"):
            if getattr(args, name) is not None:
                setattr(s, name, getattr(args, name))
                changed = True
        if args.dibao is not None:
            s.dibao, changed = parse_money(args.dibao, field="dibao", label="低保金额", allow_zero=True), True
        for flag, kind in (("tekun_scattered", "分散供养"), ("tekun_central", "集中供养")):
            if getattr(args, flag) is not None:
                s.tekun[kind] = parse_money(getattr(args, flag), field=flag, label=f"特困供养（{kind}）金额", allow_zero=True)
                changed = True
        if args.elderly:
            s.elderly = {band: parse_money(v, field="elderly", label="高龄补贴金额", allow_zero=True)
                         for band, v in zip(settings.ELDERLY_BANDS, args.elderly)}
            changed = True
        if changed:
            settings.save(store, s)
        s = settings.load(store)
    return print_result(args, asdict(s), lambda: _print_settings(s))


def _print_settings(s) -> None:
    from desktop.core.notices import settings
    from desktop.core.money import yuan

    def money(v):
        return "未设置" if v is None else f"{yuan(v)} 元"
    print(f"双语公告：{'是' if s.bilingual else '否'}")
    print(f"公示期：{s.disclosure_days} 天")
    print(f"监督电话：{s.contact or '（未设置）'}")
    print(f"文号格式：{s.number_format}")
    print(f"低保：{money(s.dibao)}/人/月")
    for k in settings.TEKUN_KINDS:
        print(f"特困供养 {k}：{money(s.tekun.get(k))}/人/月")
    for band, label in zip(settings.ELDERLY_BANDS, ("80–89 岁", "90–99 岁", "100 岁以上")):
        print(f"高龄补贴 {label}：{money(s.elderly.get(band))}/人/月")

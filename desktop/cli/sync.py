"""cunwu sync export | import | push | pull | peers | ...  and  cunwu serve."""
from __future__ import annotations

from pathlib import Path

from db.errors import CunwuError
from desktop.cli.common import add_command, add_group, db_path, print_result, print_rows, print_table, store_for


def register(sub, parent) -> None:
    ssub = add_group(sub, parent, "sync", "与乡镇（或各村）交换数据包、月报上报")

    p = add_command(ssub, parent, "export", cmd_export, "导出给对方的数据包（对方尚未确认收到的全部变更）", json=True)
    p.add_argument("--to", required=True, dest="peer", help="对方：名称、区划代码或指纹；all 为每个登记的对象各导出一个")
    p.add_argument("file", help="数据包文件，或要放数据包的文件夹（如U盘；--to all 时必须是文件夹）")
    p.add_argument("--incremental", action="store_true", help="只导出上次导出之后的变更（对方须按顺序导入）")
    p.add_argument("--full", action="store_true", help="从头导出全部变更（对方数据恢复过时用）")

    p = add_command(ssub, parent, "import", cmd_import, "导入数据包（先核对签名和校验值，全部成功或全部不写）；"
                    "可给多个文件或一个文件夹（如各村的U盘），逐个导入并报告", json=True)
    p.add_argument("file", nargs="+", help="数据包文件，或放数据包的文件夹")
    p.add_argument("--dry-run", action="store_true", help="只显示将会新增、修改、忽略和覆盖什么，不写入")

    p = add_command(ssub, parent, "push", cmd_push, "通过网络把数据包发给乡镇（cunwu serve）", json=True)
    p.add_argument("url")
    p.add_argument("--cafile", metavar="FILE", help="乡镇用自己的证书开启 HTTPS 时：该证书文件（PEM）")

    p = add_command(ssub, parent, "pull", cmd_pull, "通过网络从乡镇取回数据包并导入", json=True)
    p.add_argument("url")
    p.add_argument("--dry-run", action="store_true", help="只显示将会导入什么：不写入，也不告诉乡镇已收到")
    p.add_argument("--cafile", metavar="FILE", help="乡镇用自己的证书开启 HTTPS 时：该证书文件（PEM）")

    p = add_command(ssub, parent, "id", cmd_id, "显示本机的密钥指纹（首次交接时给对方核对）", json=True)
    p.add_argument("--card", metavar="FILE", help="同时把密钥卡写到文件（交给对方登记）")

    p = add_command(ssub, parent, "peer-add", cmd_peer_add, "登记同步对象（乡镇登记各村；村登记乡镇）", json=True)
    p.add_argument("--card", metavar="FILE", help="对方的密钥卡文件")
    p.add_argument("--name")
    p.add_argument("--code", default="", help="12 位区划代码")
    p.add_argument("--key", help="对方公钥（64 位十六进制）")
    p.add_argument("--role", choices=["village", "township"])
    p.add_argument("--fingerprint", help="对方打印的指纹；不一致就拒绝登记")
    p.add_argument("--replace", action="store_true",
                   help="对方已登记但换了密钥（重装）：核对新指纹后用新密钥替换旧的（记入变更记录）")

    add_command(ssub, parent, "peers", cmd_peers, "列出同步对象、最近交换和待发送的变更数", json=True)

    p = add_command(ssub, parent, "report", cmd_report, "月报上报：prepare 生成草稿，submit 上报，list 查看；"
                    "乡镇用 accept / return 审核", json=True)
    p.add_argument("action", choices=["prepare", "submit", "list", "accept", "return"])
    p.add_argument("month", nargs="?", help="月份 YYYY-MM")
    p.add_argument("--village", help="（乡镇审核时）村名或区划代码")
    p.add_argument("--comment", default="", help="退回原因或备注")

    p = add_command(ssub, parent, "township", cmd_township, "乡镇汇总：各村人口、特殊群体、月报合计、迟报情况", json=True)
    p.add_argument("--month", required=True, help="月份 YYYY-MM")
    p.add_argument("--xlsx", metavar="FILE", help="导出为 Excel 文件")

    p = add_command(ssub, parent, "reference", cmd_reference, "（乡镇）把数据表或某条记录标为下发给各村的参考数据", json=True)
    p.add_argument("table", nargs="?")
    p.add_argument("record", nargs="?")

    add_command(ssub, parent, "conflicts", cmd_conflicts, "列出两边同时修改同一内容时的处理记录", json=True)
    p = add_command(ssub, parent, "accept-history", cmd_accept_history,
                    "（核实对方确实从旧备份恢复后）接受对方新的变更记录，此前收到的校验码留档不再比对", json=True)
    p.add_argument("peer", help="对方：名称、区划代码或指纹")
    add_command(ssub, parent, "refusals", cmd_refusals, "列出被拒绝的数据包（签名无误但内容越权等）及原因", json=True)

    p = add_command(sub, parent, "serve", cmd_serve, "（乡镇）开启网络同步服务，各村可用 cunwu sync push/pull")
    p.add_argument("--host", default="127.0.0.1", help="监听地址（局域网内使用时设为本机局域网地址或 0.0.0.0）")
    p.add_argument("--port", type=int, default=8765)
    p.add_argument("--cert", metavar="FILE", help="HTTPS：证书文件（PEM）；不给则用 HTTP（数据包本身已签名并加密）")
    p.add_argument("--key", metavar="FILE", help="HTTPS：证书的私钥文件（PEM），与证书在同一文件时可省略")


def cmd_export(args) -> int:
    from desktop.core.sync import exchange
    if args.incremental and args.full:
        raise CunwuError("--incremental 和 --full 不能同时使用。")
    if args.peer.lower() == "all":
        return _export_all(args)
    with store_for(args) as store:
        result = exchange.export_bundle(store, args.peer, args.file, incremental=args.incremental, full=args.full)
    return print_result(args, result, _exported_line(result))


def _exported_line(result: dict) -> str:
    return (f"已导出第 {result['bundle_no']} 号数据包给“{result['receiver']}”："
            f"{result['change_count']} 条变更，{result['bytes']} 字节 → {result['path']}")


def _export_all(args) -> int:
    from desktop.core.sync import exchange
    folder = Path(args.file)
    if folder.exists() and not folder.is_dir():
        raise CunwuError(f"--to all 要给一个文件夹（每个对象一个数据包），{folder} 是一个文件。")
    with store_for(args) as store:
        results = exchange.export_all(store, folder, incremental=args.incremental, full=args.full)
    if not results:
        raise CunwuError("还没有登记任何同步对象，没有导出。")
    return print_result(args, results, "\n".join(_exported_line(r) for r in results))


def _print_import(summary: dict) -> None:
    print(summary["text"])
    if summary.get("note"):
        print(summary["note"])
    for c in summary["conflicts"]:
        side = "采用对方" if c["incoming_won"] else "保留本机"
        print(f"  冲突：{c['table_name']} {c['record_id']} 字段 {c['column_name']}：{side} {c['kept_value']}，"
              f"被覆盖的值 {c['lost_value']}")


def cmd_import(args) -> int:
    from desktop.core.sync import importing, many_bundles
    if len(args.file) == 1 and not Path(args.file[0]).is_dir():
        with store_for(args) as store:
            summary = importing.import_bundle(store, args.file[0], dry_run=args.dry_run, backup=True)
        return print_result(args, summary, lambda: _print_import(summary))
    with store_for(args) as store:
        results = many_bundles.import_many(store, args.file, dry_run=args.dry_run, backup=True)
    if not results:
        raise CunwuError(f"{'、'.join(args.file)} 里没有数据包（*.cwbundle）。")
    print_result(args, results, lambda: _print_many(results))
    refused = [Path(r["file"]).name for r in results if not r["ok"]]
    if refused:
        raise CunwuError(f"{len(results)} 个数据包中有 {len(refused)} 个没有导入（{'、'.join(refused)}），"
                         "原因见上；其余已逐个导入。")
    return 0


def _print_many(results: list[dict]) -> None:
    backup = next((r["summary"]["backup"] for r in results if r.get("summary", {}).get("backup")), None)
    if backup:
        print(f"导入前已备份数据文件：{backup}")
    for r in results:
        name = Path(r["file"]).name
        if r["ok"]:
            print(f"【{name}】{r['text']}")
            for c in r.get("summary", {}).get("conflicts", []):
                print(f"  冲突：{c['table_name']} {c['record_id']} 字段 {c['column_name']}")
        else:
            print(f"【{name}】没有导入：{r['error']}")


def cmd_push(args) -> int:
    from desktop.core.sync import network
    with store_for(args) as store:
        result = network.push(store, args.url, cafile=args.cafile)
    return print_result(args, result, f"已发送第 {result['bundle_no']} 号数据包给“{result['peer']}”"
                                      f"（{result['change_count']} 条变更）。\n对方：{result['server'].get('text', '')}")


def cmd_pull(args) -> int:
    from desktop.core.sync import network
    with store_for(args) as store:
        summary = network.pull(store, args.url, dry_run=args.dry_run, cafile=args.cafile)
    return print_result(args, summary, lambda: _print_import(summary))


def cmd_id(args) -> int:
    from desktop.core.sync import peers
    with store_for(args) as store:
        card = peers.identity(store)
        if args.card:
            peers.write_card(store, args.card)
    lines = [f"{card['name']}（{card['division_code']}） 类型：{'乡镇' if card['role'] == 'township' else '村'}",
             f"密钥指纹：{card['fingerprint']}", f"公钥：{card['public_key']}"]
    if args.card:
        lines.append(f"密钥卡已写入：{args.card}")
    return print_result(args, card, "\n".join(lines))


def cmd_peer_add(args) -> int:
    from desktop.core.sync import peers
    with store_for(args) as store:
        if args.card:
            peer_id = peers.add_peer_from_card(store, args.card, expected_fingerprint=args.fingerprint,
                                                   replace=args.replace)
        else:
            if not (args.name and args.key and args.role):
                raise CunwuError("请给出对方的密钥卡（--card），或同时给出 --name、--key 和 --role。")
            peer_id = peers.add_peer(store, name=args.name, public_key=args.key, role=args.role,
                                     division_code=args.code, expected_fingerprint=args.fingerprint,
                                     replace=args.replace)
        peer = next(p for p in peers.peers(store) if p["id"] == peer_id)
    return print_result(args, peer, f"已登记：{peer['name']}（{peer['division_code']}），指纹 {peer['fingerprint']}。"
                                    "请与对方核对指纹。")


def cmd_peers(args) -> int:
    from desktop.core.sync import exchange
    with store_for(args) as store:
        rows = exchange.peer_overview(store)
    return print_rows(args, rows, [("name", "名称"), ("division_code", "区划代码"), ("fingerprint", "指纹"),
                                   ("last_out", "最近导出"), ("last_in", "最近导入"), ("pending", "待发送变更")])


def cmd_report(args) -> int:
    from desktop.core.sync import peers, reports
    with store_for(args) as store:
        if args.action == "list":
            rows = reports.reports(store, month=args.month)
            names = peers.site_names(store)
            for r in rows:
                r["village"] = names.get(r["site_id"], r["site_id"])
            result: object = rows
        else:
            if not args.month:
                raise CunwuError("请写明月份，例如 2026-03。")
            if args.action == "prepare":
                result = reports.prepare(store, args.month, args.comment or None)
            elif args.action == "submit":
                result = reports.submit(store, args.month, args.comment or None)
            else:
                if not args.village:
                    raise CunwuError("审核月报时请用 --village 指明是哪个村。")
                peer = peers.find_peer(store, args.village)
                current = reports.report(store, args.month, peer["peer_site_id"] or "")
                if current is None:
                    raise CunwuError(f"还没有收到“{peer['name']}”{args.month} 的月报。")
                decision = "accepted" if args.action == "accept" else "returned"
                result = reports.review(store, current["id"], decision, args.comment)
    if args.action == "list":
        return print_rows(args, result, [("village", "单位"), ("month", "月份"), ("status_label", "状态"),
                                         ("comment", "审核意见")])
    return print_result(args, result, f"{result['month']} 月报：{result['status_label']}"
                                      + (f"（{result['comment']}）" if result["comment"] else ""))


def cmd_township(args) -> int:
    from desktop.core.sync import township
    with store_for(args) as store:
        data = {"population": township.population_by_village(store),
                "month": township.month_summary(store, args.month),
                "late": township.late_villages(store, args.month)}
        if args.xlsx:
            township.export_xlsx(store, args.xlsx, args.month)
    return print_result(args, data, lambda: _print_township(data, args))


def _print_township(data: dict, args) -> None:
    pop = data["population"]
    print("各村人口：")
    print_table(pop["villages"] + [pop["total"]], [("name", "村"), ("households", "户数"), ("persons", "人数"),
                                                   ("away", "外出务工")])
    print(f"\n{args.month} 月报：")
    print_table(data["month"]["villages"], [("name", "村"), ("status_label", "状态"), ("comment", "意见")])
    print("\n迟报：")
    print_table([{**r, "reasons": "；".join(r["reasons"])} for r in data["late"]], [("name", "村"), ("reasons", "情况")])
    if args.xlsx:
        print(f"\n已导出：{args.xlsx}")


def cmd_reference(args) -> int:
    from desktop.core.sync import reference
    with store_for(args) as store:
        if args.table:
            reference.mark(store, args.table, args.record)
        rows = reference.marks(store)
    return print_rows(args, rows, [("table_name", "数据表"), ("record_id", "记录（空＝整表）")])


def cmd_conflicts(args) -> int:
    from desktop.core.sync import exchange
    with store_for(args) as store:
        rows = exchange.conflicts(store)
    return print_rows(args, rows, [("created_at", "时间"), ("table_name", "数据表"), ("record_id", "记录"),
                                   ("column_name", "字段"), ("kept_value", "保留的值"), ("lost_value", "被覆盖的值")])


def cmd_accept_history(args) -> int:
    from desktop.core.sync import heads
    with store_for(args) as store:
        result = heads.accept_history(store, args.peer)
    return print_result(args, result, f"已接受“{result['peer']}”新的变更记录（从其第 {result['from_seq']} 条之后重新核对），"
                                      "此操作已记入变更记录。")


def cmd_refusals(args) -> int:
    from desktop.core.sync import refusal_log
    with store_for(args) as store:
        rows = refusal_log.refusals(store)
    return print_rows(args, rows, [("created_at", "时间"), ("peer_name", "发送方"), ("bundle_no", "数据包号"),
                                   ("reason", "拒绝原因")])


def cmd_serve(args) -> int:
    from desktop.core.sync import network
    store_for(args).close()     # the file must exist and the user may log in
    if args.key and not args.cert:
        raise CunwuError("--key 要和 --cert 一起使用。")
    server = network.make_server(db_path(args), host=args.host, port=args.port, cert=args.cert, key=args.key)
    scheme = "https" if args.cert else "http"
    print(f"村务通同步服务已开启：{scheme}://{args.host}:{server.effective_port}/ （按 Ctrl+C 停止）", flush=True)
    try:
        server.run()
    finally:
        server.close()
    return 0

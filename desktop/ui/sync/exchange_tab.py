"""数据交换: peers, last exchange each way, pending changes; export to and import from a folder."""
from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (QCheckBox, QDialog, QFileDialog, QLabel, QMessageBox, QPushButton,
                               QVBoxLayout, QWidget)

from desktop.core.sync import bundle, exchange, importing, keys, many_bundles, peers, registry
from desktop.ui.i18n import core_text
from desktop.ui.ops import run_op
from desktop.ui.core_labels import core_label
from desktop.ui.sync.common import fill_table, make_table, print_html, selected_key, short_time
from desktop.ui.sync.summary_text import describe
from desktop.ui.flow_row import FlowRow
from desktop.ui.screen_fit import fit_window


def _plain(stored_json: str | None) -> str:
    value = json.loads(stored_json) if stored_json else None
    return "" if value is None else str(value)


def export_job(store, progress, peer_id: str, folder: str) -> dict:
    return exchange.export_bundle(store, peer_id, folder, progress=progress)


def export_all_job(store, progress, folder: str) -> list[dict]:
    return exchange.export_all(store, folder, progress=progress)


def import_job(store, progress, path: str, dry_run: bool) -> dict:
    return importing.import_bundle(store, path, dry_run=dry_run, progress=progress, backup=True)


def import_many_job(store, progress, paths: list[str], dry_run: bool) -> list[dict]:
    return many_bundles.import_many(store, paths, dry_run=dry_run, progress=progress, backup=True)


class ExchangeTab(QWidget):
    imported = Signal(dict)      # the import summary, after a real (not dry-run) import
    exported = Signal(dict)

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.job = None
        layout = QVBoxLayout(self)
        self.identity = QLabel()
        self.identity.setObjectName("syncIdentity")
        self.identity.setWordWrap(True)
        layout.addWidget(self.identity)
        row = FlowRow()
        self.print_card_btn = QPushButton(self.tr("打印密钥卡"))
        self.save_card_btn = QPushButton(self.tr("保存密钥卡文件…"))
        self.add_peer_btn = QPushButton(self.tr("登记对方（导入密钥卡）…"))
        self.conflicts_btn = QPushButton(self.tr("同时修改的处理记录"))
        for b in (self.print_card_btn, self.save_card_btn, self.add_peer_btn, self.conflicts_btn):
            row.addWidget(b)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(QLabel(self.tr("同步对象")))
        self.peers_table = make_table([self.tr("名称"), self.tr("区划代码"), self.tr("密钥指纹"),
                                       self.tr("最近导出"), self.tr("最近导入"), self.tr("待发送变更")])
        self.peers_table.setObjectName("syncPeers")
        layout.addWidget(self.peers_table, 2)
        # Key fingerprints are for checking a key card by eye, once: shown on request only.
        self.details = QCheckBox(self.tr("显示详细信息（密钥指纹，核对密钥卡时用）"))
        self.details.setObjectName("syncDetails")
        self.details.toggled.connect(self._show_details)
        layout.addWidget(self.details)
        self.peers_table.setColumnHidden(2, True)
        row = FlowRow()
        self.export_btn = QPushButton(self.tr("导出数据包到U盘或文件夹…"))
        self.export_all_btn = QPushButton(self.tr("给全部对象各导出一个…"))
        self.preview_btn = QPushButton(self.tr("预览导入…"))
        self.import_btn = QPushButton(self.tr("导入数据包…"))
        # A township clerk comes back with a stick holding every village's bundle.
        self.import_folder_btn = QPushButton(self.tr("导入文件夹中的全部数据包…"))
        for b in (self.export_btn, self.export_all_btn, self.preview_btn, self.import_btn,
                  self.import_folder_btn):
            row.addWidget(b)
        row.addStretch(1)
        layout.addLayout(row)
        self.result = QLabel()
        self.result.setObjectName("syncResult")
        self.result.setWordWrap(True)
        layout.addWidget(self.result)
        layout.addWidget(QLabel(self.tr("交换记录")))
        self.log_table = make_table([self.tr("时间"), self.tr("方向"), self.tr("对方"), self.tr("编号"),
                                     self.tr("变更条数")])
        layout.addWidget(self.log_table, 1)
        self.print_card_btn.clicked.connect(self._print_card)
        self.save_card_btn.clicked.connect(self._save_card)
        self.add_peer_btn.clicked.connect(self._add_peer)
        self.conflicts_btn.clicked.connect(lambda: self.conflicts_dialog().exec())
        self.export_btn.clicked.connect(self._choose_export)
        self.export_all_btn.clicked.connect(lambda: self._choose_export(every=True))
        self.preview_btn.clicked.connect(lambda: self._choose_import(True))
        self.import_btn.clicked.connect(lambda: self._choose_import(False))
        self.import_folder_btn.clicked.connect(self._choose_import_folder)
        self.refresh()

    # ------------------------------------------------------------------ view
    def _show_details(self, on: bool) -> None:
        self.peers_table.setColumnHidden(2, not on)
        self.refresh()

    def refresh(self) -> None:
        store = self.ctx.store
        card = peers.identity(store)
        role = self.tr("乡镇") if card["role"] == "township" else self.tr("村")
        text = self.tr("本机：%1（%2，区划代码 %3）").replace("%1", card["name"]).replace("%2", role) \
            .replace("%3", card["division_code"])
        if self.details.isChecked():
            text += self.tr("　密钥指纹：%1").replace("%1", card["fingerprint"])
        self.identity.setText(text)
        rows, ids = [], []
        for p in peers.peers(store):
            last = exchange.last_exchanges(store, p["id"])
            rows.append([p["name"], p["division_code"], p["fingerprint"],
                         short_time(last["out"]["created_at"] if last["out"] else None),
                         short_time(last["in"]["created_at"] if last["in"] else None),
                         exchange.pending_count(store, p)])
            ids.append(p["id"])
        fill_table(self.peers_table, rows, ids)
        if rows and self.peers_table.currentRow() < 0:
            self.peers_table.selectRow(0)
        out_in = {"out": self.tr("导出"), "in": self.tr("导入")}
        fill_table(self.log_table, [[short_time(e["created_at"]), out_in[e["direction"]], e["peer_name"],
                                     e["bundle_no"], e["change_count"]] for e in exchange.exchanges(store)])

    # --------------------------------------------------------------- actions
    def export_to(self, folder: str):
        peer_id = selected_key(self.peers_table)
        if peer_id is None:
            QMessageBox.information(self, self.tr("导出"), self.tr("请先在上面的列表里选中要发给的对象。"))
            return None
        self.job = run_op(self, "sync", export_job, peer_id, folder, progress=self.tr("正在导出数据包"),
                          on_done=self._exported)
        return self.job

    def import_from(self, path: str, dry_run: bool = False):
        title = self.tr("正在核对数据包") if dry_run else self.tr("正在导入数据包")
        self.job = run_op(self, None if dry_run else "sync", import_job, path, dry_run, progress=title,
                          on_done=self._imported)
        self.job.error.connect(lambda msg: self.result.setText(self.tr("没有导入：") + core_text(msg)))
        return self.job

    def import_many_from(self, paths: list[str], dry_run: bool = False):
        """Several bundles (files or folders), each on its own: one refused does not stop the rest."""
        title = self.tr("正在核对数据包") if dry_run else self.tr("正在导入数据包")
        self.job = run_op(self, None if dry_run else "sync", import_many_job, list(paths), dry_run, progress=title,
                          on_done=self._imported_many)
        self.job.error.connect(lambda msg: self.result.setText(self.tr("没有导入：") + core_text(msg)))
        return self.job

    def export_all_to(self, folder: str):
        self.job = run_op(self, "sync", export_all_job, folder, progress=self.tr("正在导出数据包"),
                          on_done=self._exported_all)
        return self.job

    def _exported_all(self, results: list) -> None:
        self.result.setText(self.tr("已导出 %1 个数据包到 %2")
                            .replace("%1", str(len(results)))
                            .replace("%2", str(Path(results[0]["path"]).parent) if results else ""))
        for result in results:
            self.exported.emit(result)

    def _exported(self, result: dict) -> None:
        self.result.setText(self.tr("已导出第 %1 号数据包给“%2”：%3 条变更，保存在 %4")
                            .replace("%1", str(result["bundle_no"])).replace("%2", result["receiver"])
                            .replace("%3", str(result["change_count"])).replace("%4", result["path"]))
        self.exported.emit(result)

    def _imported(self, summary: dict) -> None:
        self.result.setText(describe(summary))
        if not summary["dry_run"]:
            self.imported.emit(summary)

    def _imported_many(self, results: list) -> None:
        if not results:
            self.result.setText(self.tr("所选位置里没有数据包（*%1）。").replace("%1", bundle.SUFFIX))
            return
        lines = []
        for r in results:
            name = Path(r["file"]).name
            if r.get("skipped"):
                lines.append(f"【{name}】{core_text(r['text'])}")
            elif r["ok"]:
                lines.append(f"【{name}】{describe(r['summary'])}")
            else:
                lines.append(f"【{name}】" + self.tr("没有导入：") + core_text(r["error"]))
        refused = sum(1 for r in results if not r["ok"])
        head = self.tr("共 %1 个数据包，%2 个没有导入（原因见下）。").replace("%1", str(len(results))) \
            .replace("%2", str(refused)) if refused else \
            self.tr("共 %1 个数据包，都已处理。").replace("%1", str(len(results)))
        self.result.setText("\n".join([head, *lines]))
        applied = [r["summary"] for r in results if r["ok"] and not r.get("skipped")
                   and not r["summary"].get("dry_run")]
        for summary in applied:
            self.imported.emit(summary)

    def _choose_export(self, every: bool = False) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("选择U盘或文件夹"))
        if folder:
            (self.export_all_to if every else self.export_to)(folder)

    def _choose_import(self, dry_run: bool) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("选择数据包（可多选）"), "",
                                                self.tr("村务通数据包 (*%1)").replace("%1", bundle.SUFFIX))
        if len(paths) == 1:
            self.import_from(paths[0], dry_run)
        elif paths:
            self.import_many_from(paths, dry_run)

    def _choose_import_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("选择放数据包的U盘或文件夹"))
        if folder:
            self.import_many_from([folder])

    def _print_card(self) -> None:
        print_html(self, peers.card_html(self.ctx.store))

    def _save_card(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("保存密钥卡"), "密钥卡.json", "JSON (*.json)")
        if path:
            peers.write_card(self.ctx.store, path)

    def _add_peer(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("选择对方的密钥卡"), "", "JSON (*.json)")
        if not path:
            return
        read = run_op(self, None, peers.read_card, path)      # a bad card: said, never a traceback
        if not read:
            return
        card = read.value
        fingerprint = run_op(self, None, lambda: keys.fingerprint(peers.keys.check_public_key(
            card.get("public_key", ""))))
        if not fingerprint:
            return
        answer = QMessageBox.question(
            self, self.tr("核对指纹"),
            self.tr("密钥卡：%1（%2）\n指纹：%3\n\n请与对方当面或电话逐组核对，与对方打印的指纹一致吗？")
            .replace("%1", str(card.get("name", ""))).replace("%2", str(card.get("division_code", "")))
            .replace("%3", fingerprint.value))
        if answer == QMessageBox.Yes:
            run_op(self, "sync", peers.add_peer_from_card, self.ctx.store, path)

    def conflicts_dialog(self) -> QDialog:
        """Each field both sides changed: which value was kept, which was overridden, from where."""
        names = peers.site_names(self.ctx.store)
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("同时修改的处理记录"))
        fit_window(dialog, "sync_conflicts", 900, 400)
        layout = QVBoxLayout(dialog)
        layout.addWidget(QLabel(self.tr("两边都改过同一内容时，采用修改时间较晚的一方；被覆盖的值记录在这里备查。")))
        table = make_table([self.tr("时间"), self.tr("数据"), self.tr("字段"), self.tr("保留的值"), self.tr("来自"),
                            self.tr("被覆盖的值"), self.tr("来自")])
        fill_table(table, [[short_time(c["created_at"]), core_label(registry.table_label(c["table_name"])), c["column_name"],
                            _plain(c["kept_value"]), names.get(c["kept_origin"], ""), _plain(c["lost_value"]),
                            names.get(c["lost_origin"], "")] for c in exchange.conflicts(self.ctx.store)])
        layout.addWidget(table)
        dialog.table = table
        return dialog

    def add_peer_card(self, path: str | Path, fingerprint: str) -> str:
        """The dialog's work without the dialogs (used by tests and scripts)."""
        peer_id = peers.add_peer_from_card(self.ctx.store, path, expected_fingerprint=fingerprint)
        self.refresh()
        return peer_id

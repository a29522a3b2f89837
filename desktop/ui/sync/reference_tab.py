"""下发参考数据 (township only): what goes down to every village with the next bundle.

Tables registered as reference data always go down; the township official marks further
whole tables or single records here (the same core calls as `cunwu sync reference`).
"""
from __future__ import annotations

from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget)

from desktop.core.sync import reference, registry
from desktop.ui.core_labels import core_label
from desktop.ui.ops import run_op
from desktop.ui.sync.common import fill_table, make_table, selected_key, short_time

# Columns that name a record, tried in this order, so the official recognises it.


def table_text(table: str) -> str:
    label = registry.table_label(table)
    return core_label(label) if label != table else table


class ReferenceTab(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("这里标记的数据表或记录，会在下次给各村导出数据包时一起下发，各村只能查看不能修改。"))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.always = QLabel()
        self.always.setObjectName("referenceAlways")
        self.always.setWordWrap(True)
        layout.addWidget(self.always)
        layout.addWidget(QLabel(self.tr("已标记下发的数据")))
        self.marks_table = make_table([self.tr("数据表"), self.tr("范围"), self.tr("标记时间")])
        self.marks_table.setObjectName("referenceMarks")
        layout.addWidget(self.marks_table, 1)
        row = QHBoxLayout()
        self.unmark_btn = QPushButton(self.tr("取消所选标记"))
        self.unmark_btn.setToolTip(self.tr("以后导出的数据包不再下发它（各村已收到的不会被删除）"))
        row.addWidget(self.unmark_btn)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(QLabel(self.tr("标记新的下发数据")))
        row = QHBoxLayout()
        self.table_box = QComboBox()
        self.table_box.setObjectName("referenceTable")
        self.record_box = QComboBox()
        self.record_box.setObjectName("referenceRecord")
        self.mark_btn = QPushButton(self.tr("标记下发"))
        self.mark_btn.setToolTip(self.tr("选“整张表”时，本乡镇在这张表里的全部记录都会下发"))
        row.addWidget(QLabel(self.tr("数据表")))
        row.addWidget(self.table_box, 1)
        row.addWidget(QLabel(self.tr("范围")))
        row.addWidget(self.record_box, 2)
        row.addWidget(self.mark_btn)
        layout.addLayout(row)
        self.table_box.currentIndexChanged.connect(lambda _i: self._fill_records())
        self.mark_btn.clicked.connect(self.mark_selected)
        self.unmark_btn.clicked.connect(self.unmark_selected)
        self.refresh()

    # ------------------------------------------------------------------ reading
    def _describe(self, table: str, record_id: str | None) -> str:
        if record_id is None:
            return self.tr("整张表（本乡镇的全部记录）")
        name = reference.record_name(self.ctx.store, table, record_id)
        return self.tr("记录：%1").replace("%1", str(name) if name else record_id[:8])

    def refresh(self) -> None:
        always = sorted(table_text(t) for t in registry.REFERENCE_TABLES)
        self.always.setText(self.tr("总是下发：%1").replace("%1", core_label("、").join(always)))
        self._marks = reference.marks(self.ctx.store)
        fill_table(self.marks_table, [[table_text(m["table_name"]), self._describe(m["table_name"], m["record_id"]),
                                       short_time(m["created_at"])] for m in self._marks],
                   [m["id"] for m in self._marks])
        keep = self.table_box.currentData()
        self.table_box.blockSignals(True)
        self.table_box.clear()
        for table in reference.offerable_tables(self.ctx.store):
            self.table_box.addItem(table_text(table), table)
        self.table_box.setCurrentIndex(max(self.table_box.findData(keep), 0))
        self.table_box.blockSignals(False)
        self._fill_records()
        self.mark_btn.setEnabled(self.table_box.count() > 0)

    def _fill_records(self) -> None:
        self.record_box.clear()
        table = self.table_box.currentData()
        if not table:
            return
        self.record_box.addItem(self._describe(table, None), None)
        for record_id in reference.own_records(self.ctx.store, table):
            self.record_box.addItem(self._describe(table, record_id), record_id)

    # ------------------------------------------------------------------ actions
    def mark_selected(self) -> bool:
        table = self.table_box.currentData()
        return bool(table) and self._apply(lambda: reference.mark(self.ctx.store, table, self.record_box.currentData()))

    def unmark_selected(self) -> bool:
        mark_id = selected_key(self.marks_table)
        if mark_id is None:
            QMessageBox.information(self, self.tr("取消标记"), self.tr("请先在上面的列表里选中一条标记。"))
            return False
        return self._apply(lambda: reference.unmark(self.ctx.store, mark_id))

    def _apply(self, change) -> bool:
        """Run one core change (ops.run_op): the page on screen shows it; a refusal changes nothing."""
        return bool(run_op(self, "sync", change))

"""概览: the village at a glance, and how to get around with the keyboard."""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFormLayout, QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from desktop.core import village
from desktop.core.roster.profile import OVERVIEW_GROUPS, village_counts
from desktop.ui.core_labels import core_label


class Page(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        ctx.follow(self)
        layout = QVBoxLayout(self)
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.subtitle = QLabel()
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        grid = QGridLayout()
        grid.setSpacing(12)
        self.labels: dict[str, QLabel] = {}
        cards = [("households", self.tr("户数")), ("people", self.tr("在册人数")), ("away", self.tr("外出务工"))]
        cards += [(f"group:{kind}", core_label(kind)) for kind in OVERVIEW_GROUPS]
        for i, (key, text) in enumerate(cards):
            grid.addWidget(self._card(key, text), i // 5, i % 5)
        layout.addLayout(grid)
        form = QFormLayout()
        for key, text in (("groups", self.tr("村民小组")), ("db", self.tr("数据文件")), ("backup", self.tr("备份"))):
            lab = QLabel()
            lab.setObjectName(f"home_{key}")
            lab.setTextInteractionFlags(Qt.TextSelectableByMouse)
            self.labels[key] = lab
            form.addRow(text + "：", lab)
        layout.addLayout(form)
        keys = QLabel(self.tr("快捷键：Ctrl+F 查找人员　Ctrl+N 新增人员　Ctrl+1 至 Ctrl+8 切换左侧各页"))
        keys.setStyleSheet("color: #555555;")
        layout.addWidget(keys)
        layout.addStretch(1)
        # The main window calls refresh() when the page is shown.

    def _card(self, key: str, text: str) -> QFrame:
        card = QFrame()
        card.setObjectName("card")
        box = QVBoxLayout(card)
        number = QLabel("—")
        number.setObjectName("cardNumber")
        number.setAlignment(Qt.AlignCenter)
        caption = QLabel(text)
        caption.setAlignment(Qt.AlignCenter)
        box.addWidget(number)
        box.addWidget(caption)
        self.labels[key] = number
        if key == "people":
            card.setToolTip(self.tr("户籍状态为“在册”的人数。花名册选“全部状态”时还列出外出务工、迁出、死亡的人，所以那里的“共 N 人”更多。"))
        return card

    def refresh(self) -> None:
        s = self.ctx.store
        info = village.site_info(s)
        self.title.setText(info["name"])
        self.subtitle.setText(f"{info['county']} {info['township']}　"
                              + self.tr("区划代码 %1").replace("%1", info["division_code"]))
        self.labels["groups"].setText("、".join(g["name"] for g in village.groups(s)))
        # The name says which file; where it lies (a long path) is in the tooltip.
        self.labels["db"].setText(self.ctx.db_path.name)
        self.labels["db"].setToolTip(str(self.ctx.db_path))
        self._show_backup()
        # The counts take a moment at a township's 100,000 people: draw the page first.
        QTimer.singleShot(0, self, self._fill_counts)

    def _show_backup(self) -> None:
        """Where the clerk looks every day: an old backup (the USB stick left at home, a full
        disk) is said here in red, not only in the settings."""
        from desktop.core.security import backups
        label = self.labels["backup"]
        status = backups.backup_status(self.ctx.store)
        stale = status["stale"]
        if not status["present"]:           # set to a USB stick that is not plugged in
            text = self.tr("找不到备份文件夹 %1（U盘没有插上？）").replace("%1", str(status["folder"]))
        elif status["last"]:
            text = self.tr("最近一次 %1").replace("%1", status["last"].strftime("%Y-%m-%d %H:%M"))
        else:
            text = self.tr("还没有备份")
        if stale:
            text += self.tr("　已超过 7 天没有备份，请到“本村设置”立即备份（可备份到U盘）。")
        label.setText(text)
        label.setStyleSheet("color: #b00020; font-weight: bold;" if stale else "")

    def _fill_counts(self) -> None:
        for key, n in village_counts(self.ctx.store).items():
            self.labels[key].setText(str(n))

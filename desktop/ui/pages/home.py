"""概览: the village at a glance."""
from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from desktop.core import village


class Page(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        layout.addWidget(self.title)
        self.form = QFormLayout()
        layout.addLayout(self.form)
        layout.addStretch(1)
        self.labels: dict[str, QLabel] = {}
        for key, text in [("households", self.tr("户数")), ("people", self.tr("在册人数")),
                          ("groups", self.tr("村民小组")), ("db", self.tr("数据文件"))]:
            lab = QLabel()
            lab.setObjectName(f"home_{key}")
            self.labels[key] = lab
            self.form.addRow(text + "：", lab)
        # The main window calls refresh() when the page is shown.

    def refresh(self) -> None:
        s = self.ctx.store
        info = village.site_info(s)
        self.title.setText(f"<h2>{info['name']}</h2>{info['county']} {info['township']}　"
                           + self.tr("区划代码 %1").replace("%1", info["division_code"]))
        self.labels["households"].setText(str(s.scalar("SELECT COUNT(*) FROM household WHERE status='active'")))
        self.labels["people"].setText(str(s.scalar("SELECT COUNT(*) FROM person WHERE status IN ('在册','外出务工')")))
        self.labels["groups"].setText("、".join(g["name"] for g in village.groups(s)))
        self.labels["db"].setText(str(self.ctx.db_path))

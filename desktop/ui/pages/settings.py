"""本村设置与关于: village facts, 村民小组 and 网格, where the data lives, version and font licences."""
from __future__ import annotations

import platform

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import qVersion
from PySide6.QtWidgets import (QComboBox, QFormLayout, QGroupBox, QHBoxLayout,
                               QLabel, QLineEdit, QMessageBox, QPlainTextEdit, QPushButton, QSpinBox,
                               QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget)

from desktop import __version__
from desktop.core import village
from desktop.core.roster import groups as special_groups
from desktop.paths import resources_dir
from desktop.ui.fonts import FONT_FILES, register_fonts
from desktop.ui.ops import run_op
from desktop.ui.kit.files import open_folder
from desktop.ui.kit.tables import read_only_table
from desktop.ui.flow_row import FlowRow


class Page(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        ctx.follow(self)
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("本村设置"))
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._village_tab(), self.tr("村庄信息"))
        self.tabs.addTab(self._groups_tab(), self.tr("村民小组与网格"))
        self.tabs.addTab(self._data_tab(), self.tr("数据与备份"))
        self.tabs.addTab(self._display_tab(), self.tr("显示与语言"))
        from desktop.ui.security.users_panel import UsersPanel
        self.users_panel = UsersPanel(ctx)
        self.tabs.addTab(self.users_panel, self.tr("用户与权限"))
        self.tabs.addTab(self._about_tab(), self.tr("关于"))
        layout.addWidget(self.tabs, 1)
        self.refresh()

    # ------------------------------------------------------------ village
    def _village_tab(self) -> QWidget:
        w = QWidget()
        outer = QHBoxLayout(w)
        inner = QWidget()
        inner.setMaximumWidth(640)
        outer.addWidget(inner)
        outer.addStretch(1)
        form = QFormLayout(inner)
        self.v_name, self.v_township, self.v_county = QLineEdit(), QLineEdit(), QLineEdit()
        self.v_code = QLineEdit()
        self.v_code.setReadOnly(True)
        self.v_code.setToolTip(self.tr("区划代码在初始化时确定，用于和乡镇同步，不能修改。"))
        self.high_age = QSpinBox()
        self.high_age.setRange(60, 100)
        self.high_age.setSuffix(self.tr(" 周岁"))
        form.addRow(self.tr("村名："), self.v_name)
        form.addRow(self.tr("所属乡镇："), self.v_township)
        form.addRow(self.tr("所属县（区）："), self.v_county)
        form.addRow(self.tr("统计用区划代码："), self.v_code)
        form.addRow(self.tr("高龄起始年龄："), self.high_age)
        self.btn_save_village = QPushButton(self.tr("保存"))
        self.btn_save_village.clicked.connect(self.save_village)
        buttons = QHBoxLayout()
        buttons.addWidget(self.btn_save_village)
        self.saved_note = QLabel()
        self.saved_note.setStyleSheet("color: #1b7a1b;")
        buttons.addWidget(self.saved_note)
        buttons.addStretch(1)
        form.addRow("", buttons)
        return w

    def save_village(self) -> None:
        if run_op(self, "village", village.save_settings, self.ctx.store, name=self.v_name.text(),
                  township=self.v_township.text(), county=self.v_county.text(), high_age=self.high_age.value()):
            self.saved_note.setText(self.tr("已保存。"))

    # ------------------------------------------------------------ groups and grids
    def _groups_tab(self) -> QWidget:
        w = QWidget()
        row = QHBoxLayout(w)
        gbox = QGroupBox(self.tr("村民小组"))
        gl = QVBoxLayout(gbox)
        self.group_table = read_only_table([self.tr("名称"), self.tr("组长")], stretch_all=True)
        self.group_table.setObjectName("settings_groups")
        gl.addWidget(self.group_table)
        gform = QFormLayout()
        self.g_name, self.g_leader = QLineEdit(), QLineEdit()
        gform.addRow(self.tr("名称："), self.g_name)
        gform.addRow(self.tr("组长："), self.g_leader)
        gl.addLayout(gform)
        gb = FlowRow()
        self.btn_group_add = QPushButton(self.tr("新增小组"))
        self.btn_group_save = QPushButton(self.tr("修改选中的小组"))
        gb.addWidget(self.btn_group_add)
        gb.addWidget(self.btn_group_save)
        gl.addLayout(gb)
        row.addWidget(gbox)

        dbox = QGroupBox(self.tr("网格"))
        dl = QVBoxLayout(dbox)
        self.grid_table = read_only_table([self.tr("名称"), self.tr("所属小组"), self.tr("网格员"), self.tr("电话")],
                                          stretch_all=True)
        self.grid_table.setObjectName("settings_grids")
        dl.addWidget(self.grid_table)
        dform = QFormLayout()
        self.d_name, self.d_keeper, self.d_phone = QLineEdit(), QLineEdit(), QLineEdit()
        self.d_group = QComboBox()
        dform.addRow(self.tr("名称："), self.d_name)
        dform.addRow(self.tr("所属小组："), self.d_group)
        dform.addRow(self.tr("网格员："), self.d_keeper)
        dform.addRow(self.tr("电话："), self.d_phone)
        dl.addLayout(dform)
        db = FlowRow()
        self.btn_grid_add = QPushButton(self.tr("新增网格"))
        self.btn_grid_save = QPushButton(self.tr("修改选中的网格"))
        db.addWidget(self.btn_grid_add)
        db.addWidget(self.btn_grid_save)
        dl.addLayout(db)
        row.addWidget(dbox)

        self.group_table.currentCellChanged.connect(lambda r, *_: self._pick_group(r))
        self.grid_table.currentCellChanged.connect(lambda r, *_: self._pick_grid(r))
        self.btn_group_add.clicked.connect(self.add_group)
        self.btn_group_save.clicked.connect(self.save_group)
        self.btn_grid_add.clicked.connect(self.add_grid)
        self.btn_grid_save.clicked.connect(self.save_grid)
        return w

    def _pick_group(self, row: int) -> None:
        if 0 <= row < len(self._groups):
            self.g_name.setText(self._groups[row]["name"])
            self.g_leader.setText(self._groups[row]["leader"])

    def _pick_grid(self, row: int) -> None:
        if 0 <= row < len(self._grids):
            g = self._grids[row]
            self.d_name.setText(g["name"])
            self.d_keeper.setText(g["keeper"])
            self.d_phone.setText(g["phone"])
            self.d_group.setCurrentIndex(max(self.d_group.findData(g["group_id"]), 0))

    def _write(self, fn, *args, **kw) -> bool:
        return bool(run_op(self, "village", fn, self.ctx.store, *args, **kw))

    def add_group(self) -> None:
        self._write(village.add_group, self.g_name.text(), leader=self.g_leader.text())

    def save_group(self) -> None:
        row = self.group_table.currentRow()
        if not 0 <= row < len(self._groups):
            QMessageBox.information(self, self.tr("请选择"), self.tr("请先在左边列表中选中一个小组。"))
            return
        self._write(village.rename_group, self._groups[row]["id"], self.g_name.text(), leader=self.g_leader.text())

    def add_grid(self) -> None:
        self._write(village.add_grid, self.d_name.text(), group_id=self.d_group.currentData(),
                    keeper=self.d_keeper.text(), phone=self.d_phone.text())

    def save_grid(self) -> None:
        row = self.grid_table.currentRow()
        if not 0 <= row < len(self._grids):
            QMessageBox.information(self, self.tr("请选择"), self.tr("请先在右边列表中选中一个网格。"))
            return
        self._write(village.update_grid, self._grids[row]["id"], name=self.d_name.text(),
                    group_id=self.d_group.currentData(),
                    keeper=self.d_keeper.text().strip(), phone=self.d_phone.text().strip())

    # ------------------------------------------------------------ data and about
    def _data_tab(self) -> QWidget:
        w = QWidget()
        form = QFormLayout(w)
        self.data_file = QLineEdit(str(self.ctx.db_path))
        self.data_file.setReadOnly(True)
        open_data = QPushButton(self.tr("打开所在文件夹"))
        open_data.clicked.connect(lambda: self._open_folder(self.ctx.db_path.parent))
        form.addRow(self.tr("数据文件："), self.data_file)
        form.addRow("", open_data)
        # The backup folder (possibly a USB stick the clerk chose) is shown once, by the panel.
        note = QLabel(self.tr("程序升级后第一次打开数据文件前会自动备份。请定期把数据文件或备份文件夹复制到 U 盘保存。"))
        note.setWordWrap(True)
        form.addRow(note)
        from desktop.ui.security.backup_panel import BackupPanel
        self.backup_panel = BackupPanel(self.ctx)
        form.addRow(self.backup_panel)
        return w

    def _open_folder(self, folder) -> None:
        open_folder(self, folder)

    def _display_tab(self) -> QWidget:
        """Language and font size: per PC; switching rebuilds the window, no restart."""
        from desktop.ui import i18n
        from desktop.ui.core_labels import core_label
        w = QWidget()
        form = QFormLayout(w)
        self.language = QComboBox()
        self.language.setObjectName("settings_language")
        for code, label in i18n.LANGUAGES.items():
            self.language.addItem(label, code)
        self.language.setCurrentIndex(list(i18n.LANGUAGES).index(i18n.current_language()))
        self.language.setToolTip(self.tr("延边等朝鲜族聚居村可选朝鲜语界面"))
        self.font_size = QComboBox()
        self.font_size.setObjectName("settings_font_size")
        for label, size in i18n.FONT_SIZES.items():
            self.font_size.addItem(core_label(label), size)
        sizes = list(i18n.FONT_SIZES.values())
        current = i18n.current_font_size()
        self.font_size.setCurrentIndex(sizes.index(current) if current in sizes else 0)
        self.font_size.setToolTip(self.tr("字太小看不清时，选“大”或“特大”"))
        form.addRow(self.tr("界面语言："), self.language)
        form.addRow(self.tr("字体大小："), self.font_size)
        apply = QPushButton(self.tr("应用"))
        apply.setObjectName("settings_apply_display")
        apply.clicked.connect(self.apply_display)
        form.addRow(apply)
        return w

    def apply_display(self) -> None:
        from PySide6.QtWidgets import QApplication
        from desktop.ui import i18n
        from desktop.ui.style import apply_look
        code, size = self.language.currentData(), self.font_size.currentData()
        i18n.save_language(code)
        i18n.save_font_size(size)
        app = QApplication.instance()
        i18n.install_language(app, code)
        apply_look(app, size)
        window = self.window()
        if hasattr(window, "rebuild"):
            window.rebuild("settings")

    def _about_tab(self) -> QWidget:
        w = QWidget()
        box = QVBoxLayout(w)
        about = QLabel(self.tr("<h3>村务通 %1</h3><p>离线使用的村务管理程序：花名册、托老托幼、红白理事会、"
                               "资金与财务公开、公告打印、与乡镇同步。</p>").replace("%1", __version__)
                       + f"<p>Python {platform.python_version()} · Qt {qVersion()} · PySide6 {pyside_version}</p>")
        about.setWordWrap(True)
        box.addWidget(about)
        fonts = QLabel(self.tr("字体：%1（随程序附带，许可证见下）").replace("%1", "、".join(register_fonts())))
        fonts.setWordWrap(True)
        box.addWidget(fonts)
        licences = QPlainTextEdit()
        licences.setObjectName("settings_licences")
        licences.setReadOnly(True)
        texts = []
        for path in sorted((resources_dir() / "fonts").glob("LICENSE-*.txt")):
            texts.append(f"==== {path.name} ====\n{path.read_text(encoding='utf-8', errors='replace')}")
        licences.setPlainText("\n\n".join(texts) or self.tr("（未找到许可证文件：%1）").replace("%1", ", ".join(FONT_FILES)))
        box.addWidget(licences, 1)
        return w

    # ------------------------------------------------------------ refresh
    def refresh(self) -> None:
        store = self.ctx.store
        self.saved_note.clear()
        info = village.site_info(store)
        self.v_name.setText(info["name"])
        self.v_township.setText(info["township"])
        self.v_county.setText(info["county"])
        self.v_code.setText(info["division_code"])
        self.high_age.setValue(special_groups.high_age(store))
        self._groups = village.groups(store)
        self.group_table.setRowCount(len(self._groups))
        for r, g in enumerate(self._groups):
            self.group_table.setItem(r, 0, QTableWidgetItem(g["name"]))
            self.group_table.setItem(r, 1, QTableWidgetItem(g["leader"]))
        names = {g["id"]: g["name"] for g in self._groups}
        self.d_group.clear()
        self.d_group.addItem(self.tr("（不属于某个小组）"), None)
        for g in self._groups:
            self.d_group.addItem(g["name"], g["id"])
        self._grids = village.grids(store)
        self.grid_table.setRowCount(len(self._grids))
        for r, g in enumerate(self._grids):
            for c, value in enumerate((g["name"], names.get(g["group_id"], ""), g["keeper"], g["phone"])):
                self.grid_table.setItem(r, c, QTableWidgetItem(value))

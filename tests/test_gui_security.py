"""Login dialog, user management and backup panel on real widgets."""
from __future__ import annotations

from desktop.core.security import backups, users
from desktop.ui.context import AppContext
from desktop.ui.security.backup_panel import BackupPanel
from desktop.ui.security.login import LoginDialog
from desktop.ui.security.users_panel import UsersPanel


def test_login_dialog_refuses_then_accepts(qtbot, store):
    users.add_user(store, "admin", "admin-pass", "admin")
    d = LoginDialog(store)
    qtbot.addWidget(d)
    d.username.setText("admin")
    d.password.setText("wrong")
    d.try_login()
    assert "密码不对" in d.message.text() and d.user is None
    d.password.setText("admin-pass")
    d.try_login()
    assert d.user["role"] == "admin" and store.role == "admin"


def test_users_panel_lists_users(qtbot, store, db_path):
    users.add_user(store, "admin", "admin-pass", "admin", "王主任")
    users.add_user(store, "clerk", "clerk-pass", "clerk", "李会计")
    panel = UsersPanel(AppContext(store, db_path))
    qtbot.addWidget(panel)
    panel.show()        # on screen: it shows each announced change
    assert panel.table.rowCount() == 2
    texts = {panel.table.item(r, 2).text() for r in range(2)}
    assert texts == {"管理员", "村务员"}


def test_backup_panel_warns_then_backs_up(qtbot, store, db_path, message_boxes):
    shown = message_boxes.said("information")
    panel = BackupPanel(AppContext(store, db_path))
    qtbot.addWidget(panel)
    panel.show()        # on screen: it shows each announced change
    assert "还没有备份" in panel.status.text() and "7 天" in panel.status.text()
    panel.backup_now()                       # on a worker thread, with a progress dialog
    qtbot.waitUntil(lambda: bool(shown), timeout=30000)
    assert backups.last_backup_time(store) is not None
    assert "已备份并校验" in shown[0]
    assert "最近一次备份" in panel.status.text() and "7 天" not in panel.status.text()


def test_backup_panel_restores_and_reopens_with_the_same_rights(qtbot, store, db_path, monkeypatch, message_boxes):
    from PySide6.QtWidgets import QFileDialog
    from desktop.core.roster import people
    users.add_user(store, "admin", "admin-pass", "admin")
    users.login(store, "admin", "admin-pass")
    people.add_household(store, hh_no="KEEP")
    saved = backups.auto_backup(store, "manual")
    people.add_household(store, hh_no="LATER")
    shown = message_boxes.said("information")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(saved), ""))
    ctx = AppContext(store, db_path)
    panel = BackupPanel(ctx)
    qtbot.addWidget(panel)
    panel.show()        # on screen: it shows each announced change
    panel.restore()
    qtbot.waitUntil(lambda: bool(shown), timeout=30000)
    assert "已恢复" in shown[0] and "另存为" in shown[0]
    assert ctx.store is not store and ctx.store.role == "admin"
    assert [r[0] for r in ctx.store.query("SELECT hh_no FROM household")] == ["KEEP"]
    ctx.store.close()


def test_daily_backup_runs_after_the_window_opens(qtbot, demo_store, tmp_path):
    from desktop.ui.app import daily_backup
    from desktop.ui.main_window import MainWindow
    ctx = AppContext(demo_store, demo_store.path)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    job = daily_backup(window, ctx)
    assert job is not None
    with qtbot.waitSignal(job.done, timeout=30000) as made:
        pass
    assert made.args[0].exists() and "-daily-" in made.args[0].name
    assert daily_backup(window, ctx) is None           # once a day


def test_start_upgrades_an_old_file_on_a_worker_after_backing_it_up(qtbot, store, db_path):
    from db.opening import upgrade_pending
    from desktop.ui.app import open_context
    from tests.support.old_files import undo_roster_migration
    undo_roster_migration(store)
    ctx = open_context(db_path)
    try:
        assert not upgrade_pending(db_path)
        assert ctx.store.scalar("SELECT COUNT(*) FROM person") == 0     # the new table is there
        assert ctx.store.site_id and ctx.store.actor == "gui"
        assert list((db_path.parent / "backups").glob("*pre-migration*.sqlite"))
    finally:
        ctx.store.close()


def test_overview_says_when_the_backup_is_old_or_its_stick_is_missing(qtbot, store, db_path, tmp_path):
    from desktop.ui.pages.home import Page
    page = Page(AppContext(store, db_path))
    qtbot.addWidget(page)
    page.refresh()
    label = page.labels["backup"]
    assert label.text().startswith("还没有备份") and "超过 7 天" in label.text()
    assert "b00020" in label.styleSheet()
    backups.auto_backup(store, "daily")
    page.refresh()
    assert label.text().startswith("最近一次 ") and "超过" not in label.text() and label.styleSheet() == ""
    backups.set_backup_folder(store, tmp_path / "stick")        # chosen while the stick was in
    (tmp_path / "stick").rmdir()                                   # ... and now it is not
    page.refresh()
    assert "找不到备份文件夹" in label.text() and "b00020" in label.styleSheet()


def _run_check(qtbot, panel, monkeypatch, full: bool = False):
    """Click 检查数据文件; returns every progress report the bar was given."""
    from desktop.ui import jobs
    steps: list[tuple[int, int, str]] = []

    def run_job(*args, **kw):
        job = jobs.Job(*args, **kw)
        job.worker.progressed.connect(lambda d, t, m: steps.append((d, t, m)))
        return job.start()

    monkeypatch.setattr(jobs, "run_job", run_job)
    panel.full_check.setChecked(full)
    panel.check_file()
    with qtbot.waitSignal(panel.job.done, timeout=120000):
        pass
    qtbot.waitUntil(lambda: getattr(panel, "result_box", None) is not None, timeout=10000)
    return steps


def test_check_runs_on_a_worker_with_a_progress_bar_and_shows_the_result(qtbot, demo_store, monkeypatch):
    panel = BackupPanel(AppContext(demo_store, demo_store.path))
    qtbot.addWidget(panel)
    steps = _run_check(qtbot, panel, monkeypatch)
    # the bar moves forward only, from the first step to the end, through the steps' own progress
    assert steps and [d for d, _, _ in steps] == sorted(d for d, _, _ in steps)
    assert steps[-1][0] == steps[-1][1] > 0 and steps[-1][2] == "检查完成"
    assert any("按变更记录重放核对" in m for _, _, m in steps)
    box = panel.result_box
    assert box.windowTitle() == "检查通过"
    assert "✔ 人员与变更记录" in box.detailedText() and "✘" not in box.detailedText()
    box.close()


def test_check_in_the_gui_names_a_record_edited_behind_the_programs_back(qtbot, demo_store, monkeypatch):
    pid, name = demo_store.one("SELECT id, name FROM person LIMIT 1")
    demo_store.conn.execute("UPDATE person SET gender = CASE gender WHEN '男' THEN '女' ELSE '男' END WHERE id=?", (pid,))
    panel = BackupPanel(AppContext(demo_store, demo_store.path))
    qtbot.addWidget(panel)
    _run_check(qtbot, panel, monkeypatch, full=True)
    box = panel.result_box
    assert box.windowTitle() == "检查未通过" and "人员与变更记录" in box.text()
    assert "✔ 数据库完整性：正常" in box.detailedText() and "✘ 人员与变更记录" in box.detailedText() and f"{pid}（{name}）：字段 gender" in box.detailedText()
    box.close()


def test_open_backup_folder_that_cannot_be_made_is_said_in_the_shared_box(qtbot, store, db_path, tmp_path,
                                                                            message_boxes):
    # A file stands where the folder should be (as a pulled-out stick leaves a path that is no folder).
    blocker = tmp_path / "stick"
    blocker.write_text("not a folder")
    store.set_setting("backup.folder", str(blocker / "备份"))
    warnings = message_boxes.said("warning")
    panel = BackupPanel(AppContext(store, db_path))
    qtbot.addWidget(panel)
    panel.open_folder()
    assert len(warnings) == 1
    assert "无法打开文件夹" in warnings[0] and "备份" in warnings[0] and "Errno" not in warnings[0]

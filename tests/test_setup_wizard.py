"""The first-run wizard: demo, or a village of one's own with a clerk and a password."""
from __future__ import annotations

from desktop.core import open_store, village
from desktop.core.security import users
from desktop.ui.context import AppContext
from desktop.ui.demo_village import demo_path_for
from desktop.ui.setup_wizard import PAGE_DONE, PAGE_PLACE, SetupWizard


def test_wizard_demo_choice_leaves_the_real_file_empty(qtbot, db_path):
    store = open_store(db_path)
    w = SetupWizard(AppContext(store, db_path))
    qtbot.addWidget(w)
    assert w.start.nextId() == PAGE_DONE
    w.create()
    assert w.choice == "demo" and not store.initialised
    # In a folder of its own: its backups never sit with the real village's (issue 16.4).
    demo = demo_path_for(db_path)
    assert demo == db_path.parent / "demo" / "demo.sqlite" and demo.parent.is_dir()
    store.close()


def test_wizard_creates_own_village_with_admin(qtbot, db_path):
    store = open_store(db_path)
    w = SetupWizard(AppContext(store, db_path))
    qtbot.addWidget(w)
    w.start.village.setChecked(True)
    assert w.start.nextId() == PAGE_PLACE
    w.place.name.setText("小河村")
    w.place.code.setText("6108021032")
    assert not w.place.isComplete() and "12 位" in w.place.error.text()
    w.place.code.setText("610802103202")
    w.place.groups.setText("一组、二组，三组")
    assert w.place.isComplete()
    w.clerk.clerk.setText("李会计")
    w.clerk.password.setText("secret1")
    w.clerk.password2.setText("secret2")
    assert not w.clerk.isComplete()
    w.clerk.password2.setText("secret1")
    assert w.clerk.isComplete()
    w.create()
    assert village.site_info(store)["name"] == "小河村"
    assert [g["name"] for g in village.groups(store)] == ["一组", "二组", "三组"]
    assert store.setting("clerk.name") == "李会计"
    assert users.list_users(store)[0]["role"] == "admin" and store.role == "admin"
    store.close()

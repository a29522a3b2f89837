"""ops.run_op: a core operation from the GUI shows a refusal one way and announces one change,
so each page on screen refreshes once."""
from __future__ import annotations

import pytest

from db.errors import CunwuError
from desktop.core.funds import accounts
from desktop.ui.context import AppContext
from desktop.ui.ops import run_op


@pytest.fixture
def window(qtbot, demo_store):
    from desktop.ui.main_window import MainWindow
    w = MainWindow(AppContext(demo_store, demo_store.path))
    qtbot.addWidget(w)
    w.show()
    return w


def _count_refreshes(monkeypatch, view) -> list[int]:
    calls: list[int] = []
    original = view.refresh
    monkeypatch.setattr(view, "refresh", lambda *a: (calls.append(1), original(*a))[1])
    return calls


def test_one_announced_change_refreshes_the_funds_tab_once(window, monkeypatch):
    page = window.show_page("funds")
    calls = _count_refreshes(monkeypatch, page.funds)
    window.ctx.changed("funds")
    assert len(calls) == 1
    window.ctx.changed("roster")        # a change elsewhere: the page on screen still shows it once
    assert len(calls) == 2


def test_pages_off_screen_wait_until_shown(window, monkeypatch):
    funds = window.show_page("funds")
    window.show_page("redwhite")
    calls = _count_refreshes(monkeypatch, funds.funds)
    window.ctx.changed("funds")
    assert calls == []
    window.show_page("funds")
    assert len(calls) == 1


def test_run_op_announces_once_and_returns_the_result(window):
    page = window.show_page("funds")
    announced: list[str] = []
    window.ctx.data_changed.connect(announced.append)
    store = window.ctx.store
    done = run_op(page.funds, "funds", accounts.add_fund, store, "新修水渠资金", source="上级拨款",
                  opening_fen=150_000)
    assert done and announced == ["funds"]
    assert accounts.balance(store, done.value) == 150_000
    assert "新修水渠资金" in {r["name"] for r in page.funds.model.rows}     # the tab on screen shows it


def test_a_refusal_is_shown_once_and_nothing_is_announced(window, message_boxes):
    page = window.show_page("funds")
    announced: list[str] = []
    window.ctx.data_changed.connect(announced.append)
    funds_before = accounts.list_funds(window.ctx.store)
    existing = funds_before[0]["name"]
    done = run_op(page.funds, "funds", accounts.add_fund, window.ctx.store, existing)
    assert not done and done.value is None
    assert announced == []
    assert [kind for kind, _ in message_boxes] == ["warning"] and existing in message_boxes[0][1]
    assert len(accounts.list_funds(window.ctx.store)) == len(funds_before)


def test_a_bug_is_an_internal_error_box_and_a_log_entry_not_a_traceback(window, message_boxes, monkeypatch,
                                                                        tmp_path):
    monkeypatch.setenv("CUNWU_DATA_DIR", str(tmp_path))
    page = window.show_page("funds")
    done = run_op(page.funds, "funds", lambda: 1 / 0)
    assert not done
    assert message_boxes == [("critical", "ZeroDivisionError: division by zero")]
    assert "ZeroDivisionError" in (tmp_path / "cunwu-errors.log").read_text(encoding="utf-8")


def _long_op(store, progress, name):
    progress(0, 1, "")
    if not name:
        raise CunwuError("资金名称不能为空")
    return accounts.add_fund(store, name, opening_fen=0)


def test_a_long_operation_runs_on_a_worker_and_announces_when_done(window, qtbot):
    page = window.show_page("funds")
    announced, results = [], []
    window.ctx.data_changed.connect(announced.append)
    job = run_op(page.funds, "funds", _long_op, "后台建的资金", progress="正在建账", on_done=results.append)
    with qtbot.waitSignal(job.done, timeout=20_000):
        pass
    assert announced == ["funds"] and len(results) == 1
    assert accounts.get_fund(window.ctx.store, results[0])["name"] == "后台建的资金"


def test_a_long_operation_refused_shows_the_same_box(window, qtbot, message_boxes):
    page = window.show_page("funds")
    announced = []
    window.ctx.data_changed.connect(announced.append)
    job = run_op(page.funds, "funds", _long_op, "", progress="正在建账")
    with qtbot.waitSignal(job.error, timeout=20_000):
        pass
    assert announced == []
    assert message_boxes == [("warning", "资金名称不能为空")]

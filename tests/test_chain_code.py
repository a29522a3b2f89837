"""The 账本校验码 on money notices witnesses the books (issue 14 point 4): a code printed on the
财务公开表 is checked later with `cunwu check --against-notice`, and fails once the history before
it was rewritten, even with every hash recomputed."""
from __future__ import annotations

import io
import re

from pypdf import PdfReader

from desktop.core.funds import accounts, ledger, notices


def test_the_code_on_a_disclosure_is_checked_against_the_file(cli, store, db_path):
    from test_sync_trust import rewrite_log_from
    fund = accounts.add_fund(store, "福彩公益金幸福院补助", source="福彩公益金", opening_fen=500_000,
                             opening_date="2025-01-01")
    entry = ledger.add_entry(store, fund, "expense", 120_000, "2025-01-20", "办公费", "购买办公用品", post=True)
    pdf = notices.render_pdf(notices.collect_disclosure(store, period="2025-01"))
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    found = re.search(r"账本校验码：(第 ?\d+ ?条 ?[0-9a-f]{12})", text)
    assert found, text
    top, digest = store.one("SELECT seq, hash FROM change_log ORDER BY seq DESC LIMIT 1")
    code = found.group(1)
    assert re.sub(r"\s", "", code) == f"第{top}条{digest[:12]}"
    ledger.add_entry(store, fund, "income", 10_000, "2025-02-02", "其他收入", "后来的收入", post=True)
    store.close()
    r = cli.process("check", "--against-notice", code, "--db", db_path)
    assert r.returncode == 0 and "与公告一致" in r.stdout, r.stdout + r.stderr
    # An insider doubles the voucher in the log and recomputes every hash from there on.
    from desktop.core import open_store
    s = open_store(db_path)
    seq = s.scalar("SELECT site_seq FROM change_log WHERE record_id=? AND op='insert'", (entry,))
    rewrite_log_from(s, seq)
    s.close()
    r = cli.process("check", "--against-notice", code, "--db", db_path)
    assert r.returncode == 1 and "与公告上印的" in r.stdout and "公告上的账本校验码" in r.stderr, r.stdout + r.stderr
    r = cli.process("check", "--against-notice", "不是校验码", "--db", db_path)
    assert r.returncode == 1 and "格式不对" in r.stderr and "Traceback" not in r.stderr

"""SIGKILL at random points: every committed change survives, nothing partial appears."""
from __future__ import annotations

import sys

import pytest

from tests.support import crashkit

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")


def test_roster_writes_survive_sigkill(tmp_path):
    results = crashkit.run_trials("roster", tmp_path, trials=6, seed=3, min_s=0.0, max_s=0.6)
    assert sum(r["new"] for r in results) > 0, "the child never committed: the trial proves nothing"
    problems = [p for r in results for p in r["problems"]]
    assert problems == []


@pytest.mark.parametrize("workload", ["import", "bundle", "ledger"])
def test_large_writes_survive_sigkill(tmp_path, workload):
    results = crashkit.run_trials(workload, tmp_path, trials=3, seed=5, min_s=0.0, max_s=2.0)
    problems = [p for r in results for p in r["problems"]]
    assert problems == []

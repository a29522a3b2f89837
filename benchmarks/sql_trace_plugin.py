"""pytest plugin: record the distinct SQL statements every sqlite3 connection runs, for
benchmarks/index_audit.py. PYTHONPATH=benchmarks python -m pytest -p sql_trace_plugin tests
(writes $SQL_TRACE_DIR, default /tmp/cunwu-sql-trace, one JSON file per process)."""
import atexit, os, re, sqlite3

_seen = {}
_orig = sqlite3.connect
_NUM = re.compile(r"(?<![\w'])-?\d+(\.\d+)?")
_STR = re.compile(r"'(?:[^']|'')*'")

def _record(sql):
    if sql.startswith("--"):
        return
    shape = _NUM.sub("N", _STR.sub("S", " ".join(sql.split())))
    if shape not in _seen and len(_seen) < 300000:
        _seen[shape] = sql

def connect(*a, **k):
    conn = _orig(*a, **k)
    try:
        conn.set_trace_callback(_record)
    except Exception:
        pass
    return conn

sqlite3.connect = connect

@atexit.register
def _dump():
    import json
    folder = os.environ.get("SQL_TRACE_DIR", "/tmp/cunwu-sql-trace")
    os.makedirs(folder, exist_ok=True)
    with open(f"{folder}/sql.{os.getpid()}.json", "w") as f:
        json.dump(list(_seen.values()), f, ensure_ascii=False)

#!/usr/bin/env python3
"""Qt translations: .ts sources are committed, .qm files are built (never committed).

    python tools/translations.py extract   refresh resources/translations/*.ts from desktop/ui sources
    python tools/translations.py build     compile every .ts to .qm (setup, test and build run this)
    python tools/translations.py status    count finished and unfinished messages per language
    python tools/translations.py apply LANG FILE.json   fill translations from {source: translation}
    python tools/translations.py extract-core   refresh resources/translations/core_*.json from the
                                             core's messages (db/, desktop/core/; see tools/core_messages.py)
    python tools/translations.py core-status    count core templates and terms without a translation

Source strings are Simplified Chinese (the default language), so only other languages
have a .ts file: cunwu_ko.ts (조선어/Korean, for Yanbian villages).
"""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "resources" / "translations"
LANGS = ["ko"]
SOURCES = ["desktop/ui", "desktop/__main__.py"]


def _tool(name: str) -> str:
    exe = Path(sys.executable).parent / (f"pyside6-{name}" + (".exe" if sys.platform == "win32" else ""))
    if exe.exists():
        return str(exe)
    found = shutil.which(f"pyside6-{name}")
    if not found:
        raise SystemExit(f"pyside6-{name} not found (install PySide6)")
    return found


def source_files() -> list[str]:
    files = []
    for s in SOURCES:
        p = ROOT / s
        files += [str(f.relative_to(ROOT)) for f in sorted(p.rglob("*.py"))] if p.is_dir() else [s]
    return files


def extract(ts_path: Path | None = None, lang: str = "ko") -> Path:
    ts_path = ts_path or TS_DIR / f"cunwu_{lang}.ts"
    ts_path.parent.mkdir(parents=True, exist_ok=True)
    before = messages(ts_path) if ts_path.exists() else []
    subprocess.run([_tool("lupdate"), "-silent", "-no-obsolete", "-locations", "none", "-source-language", "zh_CN",
                    "-target-language", lang, *source_files(), "-ts", str(ts_path)], cwd=ROOT, check=True)
    if before:
        carry_moved(ts_path, before)
    return ts_path


def _finished(m: dict) -> bool:
    return bool(m["translation"]) and m["type"] not in ("unfinished", "vanished", "obsolete")


def carry_moved(ts_path: Path, before: list[dict]) -> int:
    """A string whose code moved to another class (a Qt translation context) comes back from
    lupdate untranslated: give it the translation it had in the context it left, or failing that
    the one translation its text has anywhere. Returns how many were carried over."""
    after_keys = {(m["context"], m["source"]) for m in messages(ts_path)}
    left: dict[str, set[str]] = {}
    anywhere: dict[str, set[str]] = {}
    for m in before:
        if _finished(m):
            anywhere.setdefault(m["source"], set()).add(m["translation"])
            if (m["context"], m["source"]) not in after_keys:
                left.setdefault(m["source"], set()).add(m["translation"])
    tree = ET.parse(ts_path)
    n = 0
    for ctx in tree.getroot().iter("context"):
        for m in ctx.iter("message"):
            t = m.find("translation")
            if t is not None and t.text and t.get("type") != "unfinished":
                continue
            src = m.findtext("source")
            choices = left.get(src) or anywhere.get(src) or set()
            if len(choices) != 1:
                continue
            if t is None:
                t = ET.SubElement(m, "translation")
            t.text = next(iter(choices))
            t.attrib.pop("type", None)
            n += 1
    if n:
        tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    return n


def build() -> list[Path]:
    out = []
    for ts in sorted(TS_DIR.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        subprocess.run([_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], cwd=ROOT, check=True)
        out.append(qm)
    return out


def messages(ts_path: Path) -> list[dict]:
    tree = ET.parse(ts_path)
    out = []
    for ctx in tree.getroot().iter("context"):
        cname = ctx.findtext("name")
        for m in ctx.iter("message"):
            t = m.find("translation")
            out.append({"context": cname, "source": m.findtext("source"),
                        "translation": (t.text or "") if t is not None else "",
                        "type": t.get("type", "") if t is not None else "unfinished"})
    return out


def status() -> dict:
    result = {}
    for ts in sorted(TS_DIR.glob("*.ts")):
        ms = messages(ts)
        done = sum(1 for m in ms if m["translation"] and m["type"] not in ("unfinished", "vanished", "obsolete"))
        result[ts.name] = {"messages": len(ms), "finished": done, "unfinished": len(ms) - done}
    return result


def apply(lang: str, mapping_file: Path) -> int:
    """Fill translations by source text; marks them finished. Returns how many were set."""
    ts_path = TS_DIR / f"cunwu_{lang}.ts"
    mapping = json.loads(Path(mapping_file).read_text(encoding="utf-8"))
    tree = ET.parse(ts_path)
    n = 0
    for m in tree.getroot().iter("message"):
        src = m.findtext("source")
        if src in mapping and mapping[src]:
            t = m.find("translation")
            if t is None:
                t = ET.SubElement(m, "translation")
            t.text = mapping[src]
            t.attrib.pop("type", None)
            n += 1
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    return n


def core_catalogue_path(lang: str) -> Path:
    return TS_DIR / f"core_{lang}.json"


def extract_core(lang: str = "ko") -> dict:
    """Add the core's new templates and terms (empty translation) to core_<lang>.json and drop
    the ones the code no longer has; existing translations are kept."""
    sys.path.insert(0, str(ROOT / "tools"))
    import core_messages
    found = core_messages.extract(ROOT)
    path = core_catalogue_path(lang)
    old = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    data = {
        "about": old.get("about", "Core messages (db/, desktop/core/) in this language: "
                                  "Chinese template -> translation with the same {placeholders}. "
                                  "Refresh with tools/translations.py extract-core."),
        "row_prefix": old.get("row_prefix", "{row}: "),
        "messages": {t: old.get("messages", {}).get(t, "") for t in sorted(found.templates)},
        "terms": {t: old.get("terms", {}).get(t, "") for t in sorted(found.terms)},
    }
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return core_status(lang)


def core_status(lang: str = "ko") -> dict:
    data = json.loads(core_catalogue_path(lang).read_text(encoding="utf-8"))
    return {kind: {"total": len(data[kind]), "missing": sum(1 for v in data[kind].values() if not v)}
            for kind in ("messages", "terms")}


def main(argv: list[str]) -> int:
    cmd = argv[0] if argv else "build"
    if cmd == "extract":
        for lang in LANGS:
            print("updated", extract(lang=lang))
    elif cmd == "build":
        for qm in build():
            print("built", qm.relative_to(ROOT))
    elif cmd == "extract-core":
        for lang in LANGS:
            print(core_catalogue_path(lang).name, json.dumps(extract_core(lang)))
    elif cmd == "core-status":
        for lang in LANGS:
            print(core_catalogue_path(lang).name, json.dumps(core_status(lang)))
    elif cmd == "status":
        print(json.dumps(status(), ensure_ascii=False, indent=2))
    elif cmd == "apply":
        print("set", apply(argv[1], Path(argv[2])), "translations")
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

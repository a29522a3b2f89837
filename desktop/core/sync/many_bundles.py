"""Importing a stick's worth of bundles (files and folders), each on its own."""
from __future__ import annotations

import json
from pathlib import Path

from db import Store
from db.errors import CunwuError
from db.progress import Progress
from desktop.core.sync import bundle, keys
from desktop.core.sync.importing import import_bundle


def bundle_files(sources: list[str | Path]) -> list[Path]:
    """The bundle files named: files as given, folders searched (not their sub-folders) for
    *.cwbundle; hidden `.partial` leftovers of an interrupted copy are not bundles."""
    out: list[Path] = []
    for source in sources:
        path = Path(source)
        if path.is_dir():
            out.extend(sorted(p for p in path.iterdir() if p.is_file() and p.suffix == bundle.SUFFIX
                              and not p.name.startswith(".")))
        else:
            out.append(path)
    return out


def import_many(store: Store, sources: list[str | Path], *, dry_run: bool = False, backup: bool = False,
                progress: Progress | None = None) -> list[dict]:
    """Import a stick's worth of bundles (files and folders), each on its own: one refused
    bundle does not stop the others. Each result: file, ok, and summary or error.

    The safety backup is made once for the whole batch, before the first bundle that will
    really be applied. Bundles are taken per sender in number order (incremental bundles need
    it); in a folder, bundles addressed to another office (this office's own outgoing ones,
    say) are listed as skipped.
    """
    progress = progress or (lambda *a: None)
    files = bundle_files(sources)
    my_key = keys.existing_public_key(store)
    entries = []
    for i, path in enumerate(files):
        entry: dict = {"file": str(path), "ok": False}
        try:
            data = bundle.read_file(path)
            manifest = json.loads(bundle.unpack(data).manifest_bytes.decode("utf-8"))
            entry["order"] = (str(manifest["sender"]["site_id"]), int(manifest["bundle_no"]), i)
            del data   # read again when its turn comes: a stick of big bundles is not held in memory
            if manifest["receiver"].get("public_key") != my_key and len(files) > 1:
                entry.update(skipped=True, ok=True,
                             text=f"发给“{manifest['receiver'].get('name', '')}”的数据包，不是发给本机的，跳过。")
        except CunwuError as exc:
            entry.update(order=("", 0, i), error=str(exc))
        except (ValueError, KeyError, TypeError, UnicodeDecodeError):
            entry.update(order=("", 0, i), error="数据包已损坏：清单无法读取，没有导入。")
        entries.append(entry)
    entries.sort(key=lambda e: e["order"])
    backed_up = None
    for n, entry in enumerate(entries):
        entry.pop("order")
        if entry.get("skipped") or "error" in entry:
            continue
        progress(n, len(entries), f"正在导入 {Path(entry['file']).name}（{n + 1}/{len(entries)}）……")
        try:
            summary = import_bundle(store, entry["file"], dry_run=dry_run, file_label=Path(entry["file"]).name,
                                    backup=backup and backed_up is None)
        except CunwuError as exc:
            entry["error"] = str(exc)
            continue
        backed_up = backed_up or summary.get("backup")
        entry.update(ok=True, summary=summary, text=summary["text"])
    progress(len(entries), len(entries), "导入完成")
    return entries

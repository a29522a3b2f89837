"""What a roster import reports: one preview row per data row, and the import's result."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


def column_letter(index: int) -> str:
    """0 -> A, 27 -> AB: how the clerk names a column."""
    from openpyxl.utils import get_column_letter
    return get_column_letter(index + 1)


@dataclass
class PreviewRow:
    row_number: int                 # as Excel shows it
    values: dict[str, str]          # field key -> cleaned value, as it will be stored (display form)
    action: str                     # 'add' | 'update' | 'unchanged' | 'error'
    reason: str = ""                # why it is an error; notes (e.g. 15 位已升级) otherwise
    original: list[Any] = field(default_factory=list)


@dataclass
class ImportResult:
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    households_added: int = 0
    households_updated: int = 0
    groups_added: list[str] = field(default_factory=list)
    errors: list[tuple[int, str, list[Any]]] = field(default_factory=list)
    error_workbook: Path | None = None
    error_workbook_problem: str = ""        # why the error workbook could not be written
    skipped: list[tuple[int, str]] = field(default_factory=list)   # blank-ish rows: footers, repeated headers
    notes: list[tuple[int, str]] = field(default_factory=list)     # imported, with something to check
    total_rows: int = 0
    dry_run: bool = False
    backup: Path | None = None              # the "pre-import" backup taken before writing
    undated_groups: int = 0                 # special groups added without a start date (自导入起)

    @property
    def imported(self) -> int:
        return self.added + self.updated + self.unchanged

    def summary(self) -> str:
        """One paragraph for the clerk."""
        head = "试导入（未写入）：" if self.dry_run else "导入完成："
        parts = [f"新增 {self.added} 人", f"更新 {self.updated} 人", f"未变 {self.unchanged} 人"]
        text = head + "，".join(parts) + "。"
        if self.households_added or self.households_updated:
            text += f"新建 {self.households_added} 户，更新 {self.households_updated} 户。"
        if self.groups_added:
            text += f"新建村民小组：{'、'.join(self.groups_added)}。"
        if self.errors:
            text += f"有 {len(self.errors)} 行有错误，没有导入"
            if self.error_workbook:
                text += f"，已另存到 {self.error_workbook}。"
            elif self.error_workbook_problem:
                text += f"；{self.error_workbook_problem}，请按行号在原表中查找。"
            else:
                text += "。"
        else:
            text += "没有错误行。"
        if self.undated_groups:
            text += (f"有 {self.undated_groups} 条特殊群体表中没有开始日期，暂按导入当天登记（自导入起），"
                     "以前各月的统计不含这些人；知道实际开始日期的，请在花名册页“设定起始日期”补填。")
        if self.backup:
            text += f"导入前的数据已自动备份（{self.backup.name}），如需撤回可从备份恢复。"
        return text

    def to_json(self) -> dict:
        return {
            "added": self.added, "updated": self.updated, "unchanged": self.unchanged,
            "households_added": self.households_added, "households_updated": self.households_updated,
            "groups_added": list(self.groups_added), "error_count": len(self.errors),
            "errors": [{"row": r, "reason": why} for r, why, _ in self.errors],
            "error_workbook": str(self.error_workbook) if self.error_workbook else None,
            "skipped": [{"row": r, "reason": why} for r, why in self.skipped],
            "notes": [{"row": r, "note": n} for r, n in self.notes],
            "total_rows": self.total_rows, "dry_run": self.dry_run,
            "backup": str(self.backup) if self.backup else None, "undated_groups": self.undated_groups,
        }


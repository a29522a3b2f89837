"""Red-white council (红白理事会) records and the village's 村规民约 standards.

Public API (Qt-free):
    members:   add_member, update_member, end_term, list_members, find_member
    standards: adopt_example, adopt_recommended, add_version, set_standard, update_standard, versions,
               recommended_versions, all_versions, public_standards, version_for, Timeline, describe,
               parse_limit (a limit as typed; 无/不限 = none)
    codes:     parse_figure (a figure as typed, read by desktop.core.inputs: yuan -> fen, or a count)
    events:    add_event, update_event, record_actual, decide, sign_pledge, add_visit,
               handle_violation, cancel_event, list_events, get_event
    stats:     year_stats, township_stats, scope (--village/--group of a listing), baseline, set_baseline
    hall:      add_hall_money, hall_summary

Reads take an optional site_id (default: this installation's own records); a township
file holds its villages' records too (see standards.py for whose standards judge what).
"""
from desktop.core.redwhite import members  # noqa: F401,E402  (registers the roster hook)
from desktop.core.redwhite.township import report_part
from desktop.core.sync.registry import register_sync

# The township's standards versions are its recommendations to every village (reference
# data that flows down in bundles); a village's own versions stay its own (standards.py).
REFERENCE_TABLES = {"redwhite_standard_version": "红白事标准版本", "redwhite_standard": "红白事标准"}
TABLE_LABELS = {"redwhite_member": "红白理事会成员", "redwhite_event": "红白事项",
                "redwhite_figures": "红白事申报/实际数字", "redwhite_visit": "红白事现场监督", "redwhite_hall_money": "红白事服务中心收支",
                "redwhite_baseline": "红白事改革前平均数"}


register_sync(labels=TABLE_LABELS, reference=REFERENCE_TABLES, report=("redwhite", "红白理事会", report_part))

"""Red-white council (红白理事会) records and the village's 村规民约 standards.

Public API (Qt-free):
    members:   add_member, update_member, end_term, list_members, find_member
    standards: adopt_example, add_version, set_standard, update_standard, versions, version_for, describe
    events:    add_event, update_event, record_actual, decide, sign_pledge, add_visit,
               handle_violation, cancel_event, list_events, get_event
    stats:     year_stats, baseline, set_baseline
    hall:      add_hall_money, hall_summary
"""

from desktop.core.redwhite import members  # noqa: F401,E402  (registers the roster hook)

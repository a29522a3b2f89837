"""Village roster (花名册): households, people, special groups, history, search, Excel."""
from desktop.core.roster.township import report_part
from desktop.core.sync.registry import register_sync

register_sync(labels={"household": "户", "person": "人员", "person_group": "特殊群体登记", "person_event": "人员变动记录",
                      "household_event": "户变动记录"},
              report=("population", "人口", report_part))

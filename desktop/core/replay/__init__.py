"""The parts of `cunwu check`'s replay of the change log; the check itself, and what it proves,
is desktop/core/replay_check.py.

- records:     one record's logged changes replayed, and judged field by field against its row
- passes:      a table checked in full, or from the checkpoint (only what changed since)
- fingerprint: every row's judged values, hashed in buckets of consecutive rowids by SQL
- checkpoint:  the file beside the anchor that the next check starts from, and its format
- format1:     the previous version's checkpoint, still used once after an update
"""

-- Password hashes used to be logged with each user insert and password change (issue 15).
-- Those old entries are redacted the one way the log allows (as anonymisation does): the
-- entry's data becomes {"_redacted": true}; its data_hash, and so the hash chain, stay as they
-- were, and `cunwu check` counts such entries as redacted. The user table itself is unchanged.
UPDATE change_log SET data = '{"_redacted": true}'
 WHERE table_name = 'security_user' AND data IS NOT NULL AND data != '{"_redacted": true}'
   AND json_valid(data) AND json_extract(data, '$.pw_hash') IS NOT NULL
   AND json_extract(data, '$.pw_hash') != '（已修改，内容不记入变更记录）';

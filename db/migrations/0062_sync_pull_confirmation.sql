-- A bundle pulled over the network and imported, whose "received" confirmation did not reach
-- the server (the connection dropped): the signed manifest to send again, hex; NULL once the
-- server has it. Until then the server does not count the bundle as sent, and the next bundle
-- it makes would not name the point this office kept (a false "history rewritten" alarm).
ALTER TABLE sync_exchange ADD COLUMN confirm_pending TEXT;

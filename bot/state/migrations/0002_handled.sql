-- Version 2: the messages the bot took on, so that a message delivered
-- again (a retried event, a replay after a reconnect, the catch-up after a
-- restart) is answered once, across restarts. claimed_at is the claim's
-- lease: a claim that is old and not delivered belongs to a process that
-- died before posting, and a catch-up may take it over. Rows are pruned
-- after 48 hours, longer than any catch-up window.

CREATE TABLE handled_messages (
    message_key  TEXT PRIMARY KEY,
    claimed_at   TEXT NOT NULL,
    delivered_at TEXT
);

CREATE INDEX handled_messages_claimed_at ON handled_messages (claimed_at);

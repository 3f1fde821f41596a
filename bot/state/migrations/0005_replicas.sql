-- Version 5: several replicas on one database. A claim names the store
-- handle that made it (owner), so that on PostgreSQL a claim whose owner
-- is gone (its session lock is free) can be taken over at once; and each
-- thread's conversation (the fiche, document and field it is about) is
-- kept here, as JSON, so that a follow-up answered by another replica, or
-- after a restart, keeps its context. Threads unused for 30 days are
-- pruned on write.

ALTER TABLE handled_messages ADD COLUMN owner INTEGER;

CREATE TABLE conversations (
    thread_key TEXT PRIMARY KEY,
    body       TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE INDEX conversations_updated_at ON conversations (updated_at);

-- Version 1 of the state store. Plain SQL that SQLite and PostgreSQL both
-- accept: TEXT, INTEGER and BOOLEAN columns, times as RFC 3339 text (UTC for
-- key columns), and each row's whole value as JSON in body, the source of
-- truth the Go code reads back.

CREATE TABLE marks (
    milestone_key TEXT PRIMARY KEY,
    done          BOOLEAN NOT NULL,
    changed_by    TEXT NOT NULL,
    changed_at    TEXT NOT NULL,
    body          TEXT NOT NULL
);

CREATE TABLE digests (
    channel   TEXT NOT NULL,
    scheduled TEXT NOT NULL,
    id        TEXT NOT NULL,
    status    TEXT NOT NULL,
    body      TEXT NOT NULL,
    PRIMARY KEY (channel, scheduled)
);

CREATE TABLE feedback (
    feedback_key TEXT PRIMARY KEY,
    reply_id     TEXT NOT NULL,
    platform     TEXT NOT NULL,
    user_id      TEXT NOT NULL,
    useful       BOOLEAN NOT NULL,
    given_at     TEXT NOT NULL,
    body         TEXT NOT NULL
);

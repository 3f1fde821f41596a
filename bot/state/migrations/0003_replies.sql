-- Version 3: the link from each answer the bot posted to its question, so
-- that a 👍/👎 given after a restart is still saved with the question and
-- answer it is about. Keyed by the reply id the feedback buttons carry;
-- citations are JSON. Rows are pruned on write after 90 days: later
-- feedback is still saved, without its question.

CREATE TABLE replies (
    reply_id  TEXT PRIMARY KEY,
    platform  TEXT NOT NULL,
    question  TEXT NOT NULL,
    answer    TEXT NOT NULL,
    lang      TEXT NOT NULL,
    citations TEXT NOT NULL,
    saved_at  TEXT NOT NULL
);

CREATE INDEX replies_saved_at ON replies (saved_at);

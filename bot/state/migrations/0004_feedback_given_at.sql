-- Version 4: an index on the time feedback was given, for the retention
-- purge (SCHEMABOT_FEEDBACK_RETENTION, `schemabot feedback purge`), which
-- deletes the oldest rows once a day.

CREATE INDEX feedback_given_at ON feedback (given_at);

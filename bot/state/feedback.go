package state

import (
	"context"
	"encoding/json"
	"fmt"
	"sort"
	"time"

	"schemabot/bot"
)

// Store keeps the core's feedback.
var _ bot.FeedbackStore = (*Store)(nil)

// feedbackKey gives one vote per user and answer: a user who clicks 👍 then
// 👎 on the same answer leaves one 👎. The separator is a control character
// PostgreSQL also accepts in text (it refuses NUL).
func feedbackKey(f bot.Feedback) string {
	if f.ReplyID == "" {
		return f.At.UTC().Format(time.RFC3339Nano) + "\x1f" + f.Platform + "\x1f" + f.User
	}
	return f.ReplyID + "\x1f" + f.Platform + "\x1f" + f.User
}

// SaveFeedback records a 👍 or 👎; it implements bot.FeedbackStore.
func (s *Store) SaveFeedback(ctx context.Context, f bot.Feedback) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if _, err := putFeedback(ctx, s.db, f, true); err != nil {
		return fmt.Errorf("save feedback: %w", err)
	}
	return nil
}

// putFeedback writes f and reports whether a row was written; with replace
// false an existing vote is kept.
func putFeedback(ctx context.Context, ex execer, f bot.Feedback, replace bool) (bool, error) {
	body, err := json.Marshal(f)
	if err != nil {
		return false, fmt.Errorf("encode feedback: %w", err)
	}
	q := `INSERT INTO feedback (feedback_key, reply_id, platform, user_id, useful, given_at, body) VALUES ($1, $2, $3, $4, $5, $6, $7)
ON CONFLICT (feedback_key) DO NOTHING`
	if replace {
		q = `INSERT INTO feedback (feedback_key, reply_id, platform, user_id, useful, given_at, body) VALUES ($1, $2, $3, $4, $5, $6, $7)
ON CONFLICT (feedback_key) DO UPDATE SET useful = excluded.useful, given_at = excluded.given_at, body = excluded.body`
	}
	res, err := ex.ExecContext(ctx, q, feedbackKey(f), f.ReplyID, f.Platform, f.User, f.Useful, timeText(f.At), string(body))
	if err != nil {
		return false, err
	}
	n, err := res.RowsAffected()
	return n > 0, err
}

// ListFeedback returns the recorded feedback, oldest first.
func (s *Store) ListFeedback(ctx context.Context) ([]bot.Feedback, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	var out []bot.Feedback
	err := eachJSON(ctx, s.db, `SELECT body FROM feedback ORDER BY given_at`, func(body []byte) error {
		var f bot.Feedback
		if err := json.Unmarshal(body, &f); err != nil {
			return fmt.Errorf("decode feedback: %w", err)
		}
		out = append(out, f)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("list feedback: %w", err)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].At.Before(out[j].At) })
	return out, nil
}

// PurgeFeedback deletes the feedback given before cutoff and returns how
// many rows went: feedback holds users' ids and questions, which are
// personal data and must not be kept forever.
//
// given_at is RFC 3339 text whose fraction of a second has a varying
// length, so it does not sort as text within one second ("…05.3Z" <
// "…05Z"). The cutoff is therefore compared as its whole second without a
// zone: every row of an earlier second sorts below it, every row of that
// second or later above. A row is at worst kept one second too long, never
// deleted early, and the index on given_at still serves the query.
func (s *Store) PurgeFeedback(ctx context.Context, cutoff time.Time) (int64, error) {
	if err := ctx.Err(); err != nil {
		return 0, err
	}
	res, err := s.db.ExecContext(ctx, `DELETE FROM feedback WHERE given_at < $1`, cutoff.UTC().Format("2006-01-02T15:04:05"))
	if err != nil {
		return 0, fmt.Errorf("purge feedback: %w", err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return 0, fmt.Errorf("purge feedback: %w", err)
	}
	return n, nil
}

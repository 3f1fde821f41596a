package state

import (
	"context"
	"fmt"
	"sort"
	"time"

	"go.etcd.io/bbolt"

	"schemabot/bot"
)

// Store keeps the core's feedback.
var _ bot.FeedbackStore = (*Store)(nil)

// feedbackKey gives one vote per user and answer: a user who clicks 👍 then
// 👎 on the same answer leaves one 👎.
func feedbackKey(f bot.Feedback) []byte {
	if f.ReplyID == "" {
		return []byte(f.At.UTC().Format(time.RFC3339Nano) + "\x00" + f.Platform + "\x00" + f.User)
	}
	return []byte(f.ReplyID + "\x00" + f.Platform + "\x00" + f.User)
}

// SaveFeedback records a 👍 or 👎; it implements bot.FeedbackStore.
func (s *Store) SaveFeedback(ctx context.Context, f bot.Feedback) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	err := s.db.Update(func(tx *bbolt.Tx) error {
		return put(tx, bucketFeedback, feedbackKey(f), f)
	})
	if err != nil {
		return fmt.Errorf("save feedback: %w", err)
	}
	return nil
}

// ListFeedback returns the recorded feedback, oldest first.
func (s *Store) ListFeedback(ctx context.Context) ([]bot.Feedback, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	var out []bot.Feedback
	err := s.db.View(func(tx *bbolt.Tx) error {
		return each(tx, bucketFeedback, func(k, v []byte) error {
			var f bot.Feedback
			if err := decode(bucketFeedback, k, v, &f); err != nil {
				return err
			}
			out = append(out, f)
			return nil
		})
	})
	if err != nil {
		return nil, fmt.Errorf("list feedback: %w", err)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].At.Before(out[j].At) })
	return out, nil
}

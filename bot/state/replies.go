package state

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"schemabot/bot"
	"schemabot/bot/chat"
)

// ReplyRetention is how long the store keeps the link from an answer to its
// question: feedback is given within days of an answer, and three months
// bound the table to what a busy bot posts in a season.
const ReplyRetention = 90 * 24 * time.Hour

// SaveReply records r, replacing a reply with the same id; it implements
// bot.ReplyStore. Replies saved more than ReplyRetention before r.At are
// pruned on the way.
func (s *Store) SaveReply(ctx context.Context, r bot.SavedReply) error {
	if r.ID == "" {
		return fmt.Errorf("save reply: empty id")
	}
	cites := r.Citations
	if cites == nil {
		cites = []chat.Citation{} // "[]" rather than "null", for readers of the column
	}
	body, err := json.Marshal(cites)
	if err != nil {
		return fmt.Errorf("save reply %s: encode citations: %w", r.ID, err)
	}
	if _, err := s.db.ExecContext(ctx, `INSERT INTO replies (reply_id, platform, question, answer, lang, citations, saved_at)
VALUES ($1, $2, $3, $4, $5, $6, $7)
ON CONFLICT (reply_id) DO UPDATE SET platform = excluded.platform, question = excluded.question,
answer = excluded.answer, lang = excluded.lang, citations = excluded.citations, saved_at = excluded.saved_at`,
		r.ID, r.Platform, r.Question, r.Answer, r.Lang, string(body), claimText(r.At)); err != nil {
		return fmt.Errorf("save reply %s: %w", r.ID, err)
	}
	// Pruning is cheap (saved_at is indexed); a failure only delays it.
	_, _ = s.db.ExecContext(ctx, `DELETE FROM replies WHERE saved_at < $1`, claimText(r.At.Add(-ReplyRetention)))
	return nil
}

// LoadReply returns the reply saved under id, and false when there is none
// (never saved, or pruned); it implements bot.ReplyStore.
func (s *Store) LoadReply(ctx context.Context, id string) (bot.SavedReply, bool, error) {
	r := bot.SavedReply{ID: id}
	var cites, at string
	err := s.db.QueryRowContext(ctx, `SELECT platform, question, answer, lang, citations, saved_at FROM replies WHERE reply_id = $1`, id).
		Scan(&r.Platform, &r.Question, &r.Answer, &r.Lang, &cites, &at)
	if errors.Is(err, sql.ErrNoRows) {
		return bot.SavedReply{}, false, nil
	}
	if err != nil {
		return bot.SavedReply{}, false, fmt.Errorf("load reply %s: %w", id, err)
	}
	if err := json.Unmarshal([]byte(cites), &r.Citations); err != nil {
		return bot.SavedReply{}, false, fmt.Errorf("load reply %s: decode citations: %w", id, err)
	}
	if r.At, err = time.Parse(time.RFC3339Nano, at); err != nil {
		return bot.SavedReply{}, false, fmt.Errorf("load reply %s: saved_at %q: %w", id, at, err)
	}
	return r, true, nil
}

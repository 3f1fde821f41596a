package state

import (
	"context"
	"fmt"
	"time"
)

// HandledRetention is how long the store remembers a handled message:
// longer than any catch-up window (a day), so that a redelivered message
// is always found.
const HandledRetention = 48 * time.Hour

// ClaimMessage records that the bot takes on the message key at at, and
// reports whether the claim is new (the caller must answer it). One INSERT
// … ON CONFLICT decides, so two processes (two replicas on one PostgreSQL
// database) never both win. The claim names this handle as its owner.
//
// On PostgreSQL, a message seen again (Slack retries an event on another
// replica's connection, a replayed or caught-up post) whose claim was
// never delivered and whose owner is dead is claimed anew: the replica
// that took it on died before posting, and nobody else would answer it.
//
// It implements bot.HandledStore; claims older than HandledRetention are
// pruned on the way.
func (s *Store) ClaimMessage(ctx context.Context, key string, at time.Time) (bool, error) {
	if key == "" {
		return false, fmt.Errorf("claim message: empty key")
	}
	res, err := s.db.ExecContext(ctx, `INSERT INTO handled_messages (message_key, claimed_at, owner) VALUES ($1, $2, $3)
ON CONFLICT (message_key) DO UPDATE SET claimed_at = excluded.claimed_at, owner = excluded.owner
WHERE handled_messages.delivered_at IS NULL AND handled_messages.owner <> excluded.owner AND `+s.dialect.claimerGone(),
		key, claimText(at), s.owner)
	if err != nil {
		return false, fmt.Errorf("claim message %s: %w", key, err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return false, fmt.Errorf("claim message %s: %w", key, err)
	}
	// Pruning is cheap (the column is indexed) and keeps the table to two
	// days of messages; a failure only delays it.
	_, _ = s.db.ExecContext(ctx, `DELETE FROM handled_messages WHERE claimed_at < $1`, claimText(at.Add(-HandledRetention)))
	return n > 0, nil
}

// ReleaseMessage forgets the claim on key, when no answer could be posted,
// so that a later catch-up answers the message.
func (s *Store) ReleaseMessage(ctx context.Context, key string) error {
	if _, err := s.db.ExecContext(ctx, `DELETE FROM handled_messages WHERE message_key = $1`, key); err != nil {
		return fmt.Errorf("release message %s: %w", key, err)
	}
	return nil
}

// MarkDelivered records that the answer to key was posted at at: the claim
// can no longer be taken over.
func (s *Store) MarkDelivered(ctx context.Context, key string, at time.Time) error {
	if _, err := s.db.ExecContext(ctx, `UPDATE handled_messages SET delivered_at = $2 WHERE message_key = $1`,
		key, claimText(at)); err != nil {
		return fmt.Errorf("mark message %s delivered: %w", key, err)
	}
	return nil
}

// TakeOverMessage claims key again, at at, when its claim has no delivered
// mark and the process that claimed it died before posting: the claim is
// older than lease or, on PostgreSQL, its owner no longer holds the session
// lock every live replica holds (so a replica restarted at once takes over
// what it claimed before a crash without waiting for the lease). It
// reports whether the caller now holds the claim. The caller must first
// have checked on the platform that no answer was posted. One conditional
// UPDATE decides, so two processes never both take it over.
func (s *Store) TakeOverMessage(ctx context.Context, key string, at time.Time, lease time.Duration) (bool, error) {
	res, err := s.db.ExecContext(ctx, `UPDATE handled_messages SET claimed_at = $2, owner = $4
WHERE message_key = $1 AND delivered_at IS NULL
AND (claimed_at < $3 OR (handled_messages.owner <> $4 AND `+s.dialect.claimerGone()+`))`,
		key, claimText(at), claimText(at.Add(-lease)), s.owner)
	if err != nil {
		return false, fmt.Errorf("take over message %s: %w", key, err)
	}
	n, err := res.RowsAffected()
	if err != nil {
		return false, fmt.Errorf("take over message %s: %w", key, err)
	}
	return n > 0, nil
}

// claimText is how claim times are kept: UTC with a fixed number of
// digits, so that text order is time order even within one second
// (RFC 3339 with trimmed fractions does not sort: "…:05.5Z" < "…:05Z").
func claimText(t time.Time) string { return t.UTC().Format("2006-01-02T15:04:05.000000000Z") }

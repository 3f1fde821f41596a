package state

import (
	"context"
	"encoding/json"
	"fmt"
	"sort"
	"time"
)

// DigestStatus is where a reminder digest stands in the send protocol (see
// package reminder).
type DigestStatus string

// Digest statuses.
const (
	// DigestSending is the intent recorded before posting: the digest may or
	// may not have reached the channel.
	DigestSending DigestStatus = "sending"
	// DigestSent means the digest was posted (or the platform confirmed it
	// had been).
	DigestSent DigestStatus = "sent"
	// DigestUnknown means an intent was found unfinished and nobody could
	// tell whether it had been posted; it is not sent again.
	DigestUnknown DigestStatus = "unknown"
)

// Digest is the log entry of one reminder digest, identified by its channel
// and scheduled time.
type Digest struct {
	ID        string       `json:"id"`
	Channel   string       `json:"channel"`
	Scheduled time.Time    `json:"scheduled"`
	Status    DigestStatus `json:"status"`
	Started   time.Time    `json:"started"`            // when the intent was recorded
	Finished  time.Time    `json:"finished,omitzero"`  // when it became sent or unknown
	Attempts  int          `json:"attempts,omitempty"` // failed attempts to post or to check
	Note      string       `json:"note,omitempty"`     // why it ended as it did, or the last error
}

// scheduledKey is the key column of a digest's scheduled time: UTC to the
// second, so that the same instant in two zones is one digest.
func scheduledKey(scheduled time.Time) string { return scheduled.UTC().Format(time.RFC3339) }

// Digest returns the log entry of the digest for (channel, scheduled), and
// whether there is one.
func (s *Store) Digest(ctx context.Context, channel string, scheduled time.Time) (Digest, bool, error) {
	if err := ctx.Err(); err != nil {
		return Digest{}, false, err
	}
	var d Digest
	ok, err := getJSON(ctx, s.db, `SELECT body FROM digests WHERE channel = $1 AND scheduled = $2`, &d, channel, scheduledKey(scheduled))
	if err != nil {
		return Digest{}, false, fmt.Errorf("read digest log: %w", err)
	}
	return d, ok, nil
}

// BeginDigest records d (normally with status DigestSending) unless the log
// already has an entry for its channel and scheduled time. It returns the
// entry now in the log and whether it is d. Checking and writing happen in
// one transaction.
func (s *Store) BeginDigest(ctx context.Context, d Digest) (Digest, bool, error) {
	if err := ctx.Err(); err != nil {
		return Digest{}, false, err
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return Digest{}, false, fmt.Errorf("record digest intent: %w", err)
	}
	defer func() { _ = tx.Rollback() }()
	created, err := putDigest(ctx, tx, d, false)
	if err != nil {
		return Digest{}, false, fmt.Errorf("record digest intent: %w", err)
	}
	cur := d
	if !created {
		if _, err := getJSON(ctx, tx, `SELECT body FROM digests WHERE channel = $1 AND scheduled = $2`, &cur, d.Channel, scheduledKey(d.Scheduled)); err != nil {
			return Digest{}, false, fmt.Errorf("record digest intent: %w", err)
		}
	}
	if err := tx.Commit(); err != nil {
		return Digest{}, false, fmt.Errorf("record digest intent: %w", err)
	}
	return cur, created, nil
}

// SaveDigest writes d over the entry for its channel and scheduled time.
func (s *Store) SaveDigest(ctx context.Context, d Digest) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if _, err := putDigest(ctx, s.db, d, true); err != nil {
		return fmt.Errorf("record digest: %w", err)
	}
	return nil
}

// putDigest writes d and reports whether a row was written; with replace
// false an existing entry is kept.
func putDigest(ctx context.Context, ex execer, d Digest, replace bool) (bool, error) {
	body, err := json.Marshal(d)
	if err != nil {
		return false, fmt.Errorf("encode digest %s: %w", d.ID, err)
	}
	q := `INSERT INTO digests (channel, scheduled, id, status, body) VALUES ($1, $2, $3, $4, $5)
ON CONFLICT (channel, scheduled) DO NOTHING`
	if replace {
		q = `INSERT INTO digests (channel, scheduled, id, status, body) VALUES ($1, $2, $3, $4, $5)
ON CONFLICT (channel, scheduled) DO UPDATE SET id = excluded.id, status = excluded.status, body = excluded.body`
	}
	res, err := ex.ExecContext(ctx, q, d.Channel, scheduledKey(d.Scheduled), d.ID, string(d.Status), string(body))
	if err != nil {
		return false, err
	}
	n, err := res.RowsAffected()
	return n > 0, err
}

// Digests returns the digest log, oldest scheduled time first.
func (s *Store) Digests(ctx context.Context) ([]Digest, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	var out []Digest
	err := eachJSON(ctx, s.db, `SELECT body FROM digests ORDER BY scheduled, channel`, func(body []byte) error {
		var d Digest
		if err := json.Unmarshal(body, &d); err != nil {
			return fmt.Errorf("decode digest: %w", err)
		}
		out = append(out, d)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("read digest log: %w", err)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Scheduled.Before(out[j].Scheduled) })
	return out, nil
}

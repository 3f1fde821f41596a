package state

import (
	"context"
	"fmt"
	"sort"
	"time"

	"go.etcd.io/bbolt"
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

func digestKey(channel string, scheduled time.Time) []byte {
	return []byte(channel + "\x00" + scheduled.UTC().Format(time.RFC3339))
}

// Digest returns the log entry of the digest for (channel, scheduled), and
// whether there is one.
func (s *Store) Digest(ctx context.Context, channel string, scheduled time.Time) (Digest, bool, error) {
	if err := ctx.Err(); err != nil {
		return Digest{}, false, err
	}
	var d Digest
	var ok bool
	err := s.db.View(func(tx *bbolt.Tx) error {
		var err error
		ok, err = get(tx, bucketDigests, digestKey(channel, scheduled), &d)
		return err
	})
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
	var cur Digest
	created := false
	err := s.db.Update(func(tx *bbolt.Tx) error {
		key := digestKey(d.Channel, d.Scheduled)
		ok, err := get(tx, bucketDigests, key, &cur)
		if err != nil || ok {
			return err
		}
		cur, created = d, true
		return put(tx, bucketDigests, key, d)
	})
	if err != nil {
		return Digest{}, false, fmt.Errorf("record digest intent: %w", err)
	}
	return cur, created, nil
}

// SaveDigest writes d over the entry for its channel and scheduled time.
func (s *Store) SaveDigest(ctx context.Context, d Digest) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	err := s.db.Update(func(tx *bbolt.Tx) error {
		return put(tx, bucketDigests, digestKey(d.Channel, d.Scheduled), d)
	})
	if err != nil {
		return fmt.Errorf("record digest: %w", err)
	}
	return nil
}

// Digests returns the digest log, oldest scheduled time first.
func (s *Store) Digests(ctx context.Context) ([]Digest, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	var out []Digest
	err := s.db.View(func(tx *bbolt.Tx) error {
		return each(tx, bucketDigests, func(k, v []byte) error {
			var d Digest
			if err := decode(bucketDigests, k, v, &d); err != nil {
				return err
			}
			out = append(out, d)
			return nil
		})
	})
	if err != nil {
		return nil, fmt.Errorf("read digest log: %w", err)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Scheduled.Before(out[j].Scheduled) })
	return out, nil
}

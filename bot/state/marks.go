package state

import (
	"context"
	"fmt"
	"log/slog"
	"sort"
	"time"

	"go.etcd.io/bbolt"
)

// maxHistory bounds the events a mark keeps.
const maxHistory = 50

// Mark is what the store knows of one milestone (by its calendar key): whether
// it is done, who last changed that and when, and the earlier changes.
type Mark struct {
	Key     string      `json:"key"`
	Done    bool        `json:"done"`
	By      string      `json:"by"`
	At      time.Time   `json:"at"`
	History []MarkEvent `json:"history,omitempty"`
}

// MarkEvent is one "done" or "reopened" change.
type MarkEvent struct {
	Done bool      `json:"done"`
	By   string    `json:"by"`
	At   time.Time `json:"at"`
}

// MarkDone records that the milestone key is done, by who, at the given
// time. Marking a milestone that is already done changes nothing: the first
// mark is kept.
func (s *Store) MarkDone(ctx context.Context, key, who string, at time.Time) error {
	return s.setDone(ctx, key, who, at, true)
}

// Reopen records that the milestone key is not done any more. Reopening a
// milestone that is not done changes nothing.
func (s *Store) Reopen(ctx context.Context, key, who string, at time.Time) error {
	return s.setDone(ctx, key, who, at, false)
}

func (s *Store) setDone(ctx context.Context, key, who string, at time.Time, done bool) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	if key == "" {
		return fmt.Errorf("empty milestone key")
	}
	return s.db.Update(func(tx *bbolt.Tx) error {
		var m Mark
		if _, err := get(tx, bucketMarks, []byte(key), &m); err != nil {
			return err
		}
		if m.Done == done {
			return nil // also covers reopening a milestone never marked
		}
		m.Key, m.Done, m.By, m.At = key, done, who, at
		m.History = append(m.History, MarkEvent{Done: done, By: who, At: at})
		if len(m.History) > maxHistory {
			m.History = m.History[len(m.History)-maxHistory:]
		}
		return put(tx, bucketMarks, []byte(key), m)
	})
}

// Mark returns what the store knows of key (done or reopened), and whether it
// knows anything.
func (s *Store) Mark(ctx context.Context, key string) (Mark, bool, error) {
	if err := ctx.Err(); err != nil {
		return Mark{}, false, err
	}
	var m Mark
	var ok bool
	err := s.db.View(func(tx *bbolt.Tx) error {
		var err error
		ok, err = get(tx, bucketMarks, []byte(key), &m)
		return err
	})
	if err != nil {
		return Mark{}, false, fmt.Errorf("read mark: %w", err)
	}
	return m, ok, nil
}

// Done returns the mark of a milestone that is currently done, and true; it
// returns false for a milestone never marked, or reopened. A read error is
// logged and reads as "not done", so that a reminder errs on reminding.
func (s *Store) Done(key string) (Mark, bool) {
	m, ok, err := s.Mark(context.Background(), key)
	if err != nil {
		slog.Error("read milestone mark", "key", key, "err", err)
		return Mark{}, false
	}
	if !ok || !m.Done {
		return Mark{}, false
	}
	return m, true
}

// IsDone reports whether the milestone key is currently done; it fits
// calendar.Entries' done argument.
func (s *Store) IsDone(key string) bool {
	_, ok := s.Done(key)
	return ok
}

// DoneKeys returns the keys of the milestones currently done, sorted. One
// read transaction: the set is a consistent snapshot.
func (s *Store) DoneKeys() ([]string, error) {
	var keys []string
	err := s.db.View(func(tx *bbolt.Tx) error {
		return each(tx, bucketMarks, func(k, v []byte) error {
			var m Mark
			if err := decode(bucketMarks, k, v, &m); err != nil {
				return err
			}
			if m.Done {
				keys = append(keys, string(k))
			}
			return nil
		})
	})
	if err != nil {
		return nil, fmt.Errorf("list done milestones: %w", err)
	}
	sort.Strings(keys)
	return keys, nil
}

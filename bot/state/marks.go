package state

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"sort"
	"time"
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
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("record mark: %w", err)
	}
	defer func() { _ = tx.Rollback() }()
	// Two replicas marking one milestone at once: the second waits and
	// reads the first's mark, so that the first mark is the one kept.
	if err := s.dialect.lockKey(ctx, tx, "mark:"+key); err != nil {
		return fmt.Errorf("record mark: %w", err)
	}
	var m Mark
	if _, err := getJSON(ctx, tx, `SELECT body FROM marks WHERE milestone_key = $1`, &m, key); err != nil {
		return fmt.Errorf("record mark: %w", err)
	}
	if m.Done == done {
		return nil // also covers reopening a milestone never marked
	}
	m.Key, m.Done, m.By, m.At = key, done, who, at
	m.History = append(m.History, MarkEvent{Done: done, By: who, At: at})
	if len(m.History) > maxHistory {
		m.History = m.History[len(m.History)-maxHistory:]
	}
	if err := putMark(ctx, tx, m, true); err != nil {
		return err
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("record mark: %w", err)
	}
	return nil
}

// putMark writes m; with replace false an existing mark is kept.
func putMark(ctx context.Context, ex execer, m Mark, replace bool) error {
	body, err := json.Marshal(m)
	if err != nil {
		return fmt.Errorf("encode mark %q: %w", m.Key, err)
	}
	q := `INSERT INTO marks (milestone_key, done, changed_by, changed_at, body) VALUES ($1, $2, $3, $4, $5)
ON CONFLICT (milestone_key) DO NOTHING`
	if replace {
		q = `INSERT INTO marks (milestone_key, done, changed_by, changed_at, body) VALUES ($1, $2, $3, $4, $5)
ON CONFLICT (milestone_key) DO UPDATE SET done = excluded.done, changed_by = excluded.changed_by,
changed_at = excluded.changed_at, body = excluded.body`
	}
	if _, err := ex.ExecContext(ctx, q, m.Key, m.Done, m.By, timeText(m.At), string(body)); err != nil {
		return fmt.Errorf("write mark %q: %w", m.Key, err)
	}
	return nil
}

// Mark returns what the store knows of key (done or reopened), and whether it
// knows anything.
func (s *Store) Mark(ctx context.Context, key string) (Mark, bool, error) {
	if err := ctx.Err(); err != nil {
		return Mark{}, false, err
	}
	var m Mark
	ok, err := getJSON(ctx, s.db, `SELECT body FROM marks WHERE milestone_key = $1`, &m, key)
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
	rows, err := s.db.Query(`SELECT milestone_key FROM marks WHERE done ORDER BY milestone_key`)
	if err != nil {
		return nil, fmt.Errorf("list done milestones: %w", err)
	}
	defer rows.Close()
	var keys []string
	for rows.Next() {
		var k string
		if err := rows.Scan(&k); err != nil {
			return nil, fmt.Errorf("list done milestones: %w", err)
		}
		keys = append(keys, k)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("list done milestones: %w", err)
	}
	sort.Strings(keys)
	return keys, nil
}

// marks returns every mark, by key.
func (s *Store) marks(ctx context.Context) ([]Mark, error) {
	var out []Mark
	err := eachJSON(ctx, s.db, `SELECT body FROM marks ORDER BY milestone_key`, func(body []byte) error {
		var m Mark
		if err := json.Unmarshal(body, &m); err != nil {
			return fmt.Errorf("decode mark: %w", err)
		}
		out = append(out, m)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("read marks: %w", err)
	}
	return out, nil
}

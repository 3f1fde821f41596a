package state

import (
	"context"
	"fmt"

	"schemabot/bot"
)

// Dump is the whole content of a store, in the JSON form `schemabot state
// export` writes and `schemabot state import` reads.
type Dump struct {
	Schema   int            `json:"schema"`
	Marks    []Mark         `json:"marks"`
	Digests  []Digest       `json:"digests"`
	Feedback []bot.Feedback `json:"feedback"`
}

// Counts says how many entries of each kind an operation handled.
type Counts struct {
	Marks    int `json:"marks"`
	Digests  int `json:"digests"`
	Feedback int `json:"feedback"`
}

func (c Counts) String() string {
	return fmt.Sprintf("%d marks, %d digests, %d feedback", c.Marks, c.Digests, c.Feedback)
}

// Export returns everything the store holds.
func (s *Store) Export(ctx context.Context) (Dump, error) {
	d := Dump{Schema: latestVersion()}
	var err error
	if d.Marks, err = s.marks(ctx); err != nil {
		return Dump{}, err
	}
	if d.Digests, err = s.Digests(ctx); err != nil {
		return Dump{}, err
	}
	if d.Feedback, err = s.ListFeedback(ctx); err != nil {
		return Dump{}, err
	}
	return d, nil
}

// Import adds the entries of d the store does not have, in one
// transaction: an entry already in the store is kept as it is. It returns
// how many were added.
func (s *Store) Import(ctx context.Context, d Dump) (Counts, error) {
	var n Counts
	if s.readOnly {
		return n, fmt.Errorf("import into %s: the store is open read-only", s.path)
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return n, fmt.Errorf("import into %s: %w", s.path, err)
	}
	defer func() { _ = tx.Rollback() }()
	for _, m := range d.Marks {
		if m.Key == "" {
			continue
		}
		var old Mark
		ok, err := getJSON(ctx, tx, `SELECT body FROM marks WHERE milestone_key = $1`, &old, m.Key)
		if err != nil {
			return Counts{}, fmt.Errorf("import mark %q: %w", m.Key, err)
		}
		if ok {
			continue
		}
		if err := putMark(ctx, tx, m, false); err != nil {
			return Counts{}, err
		}
		n.Marks++
	}
	for _, dg := range d.Digests {
		added, err := putDigest(ctx, tx, dg, false)
		if err != nil {
			return Counts{}, fmt.Errorf("import digest %s: %w", dg.ID, err)
		}
		if added {
			n.Digests++
		}
	}
	for _, f := range d.Feedback {
		added, err := putFeedback(ctx, tx, f, false)
		if err != nil {
			return Counts{}, fmt.Errorf("import feedback: %w", err)
		}
		if added {
			n.Feedback++
		}
	}
	if err := tx.Commit(); err != nil {
		return Counts{}, fmt.Errorf("import into %s: %w", s.path, err)
	}
	return n, nil
}

package state

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"time"

	"go.etcd.io/bbolt"

	"schemabot/bot"
)

// The buckets of the bbolt store of earlier versions.
var (
	legacyMarks    = []byte("marks/v1")
	legacyDigests  = []byte("digests/v1")
	legacyFeedback = []byte("feedback/v1")
)

// readBolt reads a bbolt store of an earlier schemabot. bbolt panics on
// some damaged files: the panic becomes an error. Values that do not decode
// are skipped and counted.
func readBolt(path string) (d Dump, skipped int, err error) {
	defer func() {
		if r := recover(); r != nil {
			d, skipped, err = Dump{}, 0, fmt.Errorf("bbolt: %v", r)
		}
	}()
	db, err := bbolt.Open(path, 0o600, &bbolt.Options{ReadOnly: true, Timeout: time.Second})
	if err != nil {
		return Dump{}, 0, err
	}
	defer db.Close()
	err = db.View(func(tx *bbolt.Tx) error {
		each := func(name []byte, fn func(v []byte) error) error {
			b := tx.Bucket(name)
			if b == nil {
				return nil
			}
			return b.ForEach(func(_, v []byte) error {
				if fn(v) != nil {
					skipped++
				}
				return nil
			})
		}
		if err := each(legacyMarks, func(v []byte) error {
			var m Mark
			err := json.Unmarshal(v, &m)
			if err == nil {
				d.Marks = append(d.Marks, m)
			}
			return err
		}); err != nil {
			return err
		}
		if err := each(legacyDigests, func(v []byte) error {
			var g Digest
			err := json.Unmarshal(v, &g)
			if err == nil {
				d.Digests = append(d.Digests, g)
			}
			return err
		}); err != nil {
			return err
		}
		return each(legacyFeedback, func(v []byte) error {
			var f bot.Feedback
			err := json.Unmarshal(v, &f)
			if err == nil {
				d.Feedback = append(d.Feedback, f)
			}
			return err
		})
	})
	if err != nil {
		return Dump{}, 0, err
	}
	d.Schema = latestVersion()
	return d, skipped, nil
}

// convertLegacy replaces the bbolt store at path by an SQLite store holding
// the same data, keeping the old file as path.bbolt. A bbolt file that
// cannot be read is reported damaged, with the way to salvage it.
func convertLegacy(path string, o options) error {
	d, skipped, err := readBolt(path)
	if err != nil {
		return damaged(path, "an old bbolt store that cannot be read: "+err.Error(), err)
	}
	var n Counts
	name, cleanup, err := buildBeside(path, o, func(st *Store) error {
		var err error
		n, err = st.Import(context.Background(), d)
		return err
	})
	if err != nil {
		return fmt.Errorf("convert state store %s: %w", path, err)
	}
	defer cleanup()
	// Another process may have converted it meanwhile.
	if k, err := sniff(path); err != nil || k != kindBolt {
		return nil
	}
	old := path + ".bbolt"
	if _, err := os.Stat(old); err == nil {
		old = fmt.Sprintf("%s.bbolt-%s", path, time.Now().UTC().Format("20060102T150405"))
	}
	if err := os.Rename(path, old); err != nil {
		return fmt.Errorf("convert state store %s: keep the old file: %w", path, err)
	}
	if err := os.Rename(name, path); err != nil {
		return fmt.Errorf("convert state store %s: %w (the old store is %s)", path, err, old)
	}
	o.log.Info("converted the state store to SQLite", "file", path, "old_file", old,
		"marks", n.Marks, "digests", n.Digests, "feedback", n.Feedback, "unreadable_entries", skipped)
	return nil
}

// openLegacyInMemory serves a bbolt store read-only from an in-memory copy,
// so that `schemabot feedback` reads an old store without converting it.
func openLegacyInMemory(path string) (*Store, error) {
	d, _, err := readBolt(path)
	if err != nil {
		return nil, damaged(path, "an old bbolt store that cannot be read: "+err.Error(), err)
	}
	db, err := sql.Open("sqlite", ":memory:")
	if err != nil {
		return nil, fmt.Errorf("open state store %s: %w", path, err)
	}
	db.SetMaxOpenConns(1) // every connection to :memory: is another database
	db.SetConnMaxLifetime(0)
	db.SetConnMaxIdleTime(0)
	s := &Store{db: db, path: path, dialect: sqliteDialect{}, owner: newOwner()}
	ctx := context.Background()
	if err := s.migrate(ctx); err == nil {
		_, err = s.Import(ctx, d)
		if err == nil {
			_, err = db.ExecContext(ctx, "PRAGMA query_only = 1")
		}
		if err != nil {
			_ = db.Close()
			return nil, fmt.Errorf("open state store %s: %w", path, err)
		}
	} else {
		_ = db.Close()
		return nil, err
	}
	s.readOnly = true
	return s, nil
}

// errNotStore is returned by Salvage for a file that holds nothing it can
// read.
var errNotStore = errors.New("nothing recoverable found")

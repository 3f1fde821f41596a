package retrieval

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/philippgille/chromem-go"
)

// The stored index is two files under <dir>/index: vectors.gob.gz, then
// meta.json, which says what the vectors were made from. Writers hold an
// exclusive lock on index/.lock and readers a shared one, so that a reader
// never sees the files of two builds; each file is written under a unique
// temporary name, synced and renamed into place.

const (
	lockName    = ".lock"
	metaName    = "meta.json"
	vectorsName = "vectors.gob.gz"
	tmpSuffix   = ".tmp"
)

// lockPoll is how often a process waiting for the index lock tries again.
const lockPoll = 20 * time.Millisecond

func indexDir(dir string) string { return filepath.Join(dir, "index") }

// lockIndex takes the index lock of dir, exclusive to build, shared to
// load, waiting for it until ctx ends. It creates the directory.
func lockIndex(ctx context.Context, dir string, exclusive bool) (func(), error) {
	d := indexDir(dir)
	if err := os.MkdirAll(d, 0o755); err != nil {
		return nil, fmt.Errorf("create index directory: %w", err)
	}
	f, err := os.OpenFile(filepath.Join(d, lockName), os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, fmt.Errorf("open index lock: %w", err)
	}
	for {
		ok, err := tryLock(f, exclusive)
		if err != nil {
			_ = f.Close()
			return nil, fmt.Errorf("lock index: %w", err)
		}
		if ok {
			return func() {
				_ = unlockFile(f)
				_ = f.Close()
			}, nil
		}
		select {
		case <-ctx.Done():
			_ = f.Close()
			return nil, fmt.Errorf("wait for the index lock: %w", ctx.Err())
		case <-time.After(lockPoll):
		}
	}
}

// loadShared loads the stored index under the shared lock. When the lock
// cannot be had (a read-only data directory), it loads without it: nobody
// can be writing there.
func loadShared(ctx context.Context, dir string, want meta, emb Embedder) (*vectors, error) {
	if _, err := os.Stat(filepath.Join(indexDir(dir), metaName)); err != nil {
		return nil, err
	}
	unlock, err := lockIndex(ctx, dir, false)
	if err == nil {
		defer unlock()
	} else if ctx.Err() != nil {
		return nil, ctx.Err()
	}
	return load(dir, want, emb)
}

// load reads the stored index; the caller holds a lock when it can.
func load(dir string, want meta, emb Embedder) (*vectors, error) {
	raw, err := os.ReadFile(filepath.Join(indexDir(dir), metaName))
	if err != nil {
		return nil, err
	}
	var got meta
	if err := json.Unmarshal(raw, &got); err != nil {
		return nil, fmt.Errorf("index metadata is corrupt: %w", err)
	}
	switch {
	case got.Version != want.Version:
		return nil, fmt.Errorf("index format %s, want %s", got.Version, want.Version)
	case got.Embedder != want.Embedder:
		return nil, fmt.Errorf("index built with embedder %q, now %q", got.Embedder, want.Embedder)
	case got.ContentHash != want.ContentHash:
		return nil, errors.New("the documents changed")
	case got.Partitions != want.Partitions:
		return nil, fmt.Errorf("index has %d partitions, want %d", got.Partitions, want.Partitions)
	}
	db := chromem.NewDB()
	if err := db.ImportFromFile(filepath.Join(indexDir(dir), vectorsName), ""); err != nil {
		return nil, fmt.Errorf("read stored vectors: %w", err)
	}
	vec, err := loadVectors(db, emb, got.Partitions > 0)
	if err != nil || vec.count() != want.Chunks {
		return nil, errors.New("stored vectors are incomplete")
	}
	return vec, nil
}

// store writes the index; the caller holds the exclusive lock. The
// metadata goes last and is removed first, so that a crash leaves either
// the old index or none (rebuilt next time), never a mix.
func store(dir string, db *chromem.DB, m meta) error {
	d := indexDir(dir)
	if err := os.MkdirAll(d, 0o755); err != nil {
		return fmt.Errorf("create index directory: %w", err)
	}
	removeStaleTemps(d)
	if err := os.Remove(filepath.Join(d, metaName)); err != nil && !errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("remove old index metadata: %w", err)
	}
	if err := writeAtomic(d, vectorsName, func(w io.Writer) error { return db.ExportToWriter(w, true, "") }); err != nil {
		return fmt.Errorf("store vectors: %w", err)
	}
	raw, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return fmt.Errorf("encode index metadata: %w", err)
	}
	if err := writeAtomic(d, metaName, func(w io.Writer) error { _, err := w.Write(raw); return err }); err != nil {
		return fmt.Errorf("store index metadata: %w", err)
	}
	return nil
}

// writeAtomic writes name in dir through a temporary file of its own,
// synced before it is renamed into place; on failure nothing is left.
func writeAtomic(dir, name string, write func(io.Writer) error) (err error) {
	f, err := os.CreateTemp(dir, name+".*"+tmpSuffix)
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			_ = f.Close()
			_ = os.Remove(f.Name())
		}
	}()
	if err := write(f); err != nil {
		return err
	}
	if err := f.Sync(); err != nil {
		return err
	}
	if err := f.Chmod(0o644); err != nil {
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	if err := os.Rename(f.Name(), filepath.Join(dir, name)); err != nil {
		return err
	}
	syncDir(dir)
	return nil
}

// removeStaleTemps removes the temporary files a killed build left; the
// caller holds the exclusive lock, so none is being written.
func removeStaleTemps(dir string) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), tmpSuffix) {
			_ = os.Remove(filepath.Join(dir, e.Name()))
		}
	}
}

// syncDir makes a rename durable; errors are ignored (some systems cannot
// sync a directory).
func syncDir(dir string) {
	if d, err := os.Open(dir); err == nil {
		_ = d.Sync()
		_ = d.Close()
	}
}

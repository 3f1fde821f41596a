// Package state is the bot's durable memory: which milestones were marked
// done, which reminder digests were sent, and the feedback users gave on
// answers. It is one bbolt file under the data directory; every write is one
// transaction, values are JSON, and bucket names carry a schema version so
// that a later format can live next to this one.
//
// bbolt locks the file: only one process can hold the store. A second one
// (for example `schemabot feedback` while the bot runs) gets ErrLocked after
// the open timeout instead of hanging.
package state

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"time"

	"go.etcd.io/bbolt"
	berrors "go.etcd.io/bbolt/errors"
)

// FileName is the store's file name under the data directory.
const FileName = "state.db"

// schemaVersion is the version of the bucket layout this code writes.
const schemaVersion = 1

// Buckets. A new incompatible layout gets new names ("marks/v2") and a
// migration in Open; the old buckets stay readable until it runs.
var (
	bucketMeta     = []byte("meta")
	bucketMarks    = []byte("marks/v1")
	bucketDigests  = []byte("digests/v1")
	bucketFeedback = []byte("feedback/v1")
	keySchema      = []byte("schema")
)

// ErrLocked is returned by Open when another process (or another handle in
// this one) holds the store.
var ErrLocked = errors.New("state store is locked by another process")

// DefaultTimeout is how long Open waits for the file lock.
const DefaultTimeout = 2 * time.Second

// Store is the bot's durable state. It is safe for concurrent use.
type Store struct {
	db   *bbolt.DB
	path string
}

// Option configures Open.
type Option func(*options)

type options struct {
	timeout  time.Duration
	readOnly bool
}

// WithTimeout sets how long Open waits for another holder to release the
// file (DefaultTimeout otherwise). It must be positive: bbolt would wait
// forever on zero.
func WithTimeout(d time.Duration) Option {
	return func(o *options) {
		if d > 0 {
			o.timeout = d
		}
	}
}

// ReadOnly opens the store for reading only; the file must exist. Writes
// then fail. It still cannot open a store a running bot holds: bbolt's
// writer lock is exclusive.
func ReadOnly() Option { return func(o *options) { o.readOnly = true } }

// Path returns the store's path under a data directory.
func Path(dataDir string) string { return filepath.Join(dataDir, FileName) }

// OpenDir opens (creating it and the directory when needed) the store of a
// data directory.
func OpenDir(dataDir string, opts ...Option) (*Store, error) {
	if err := os.MkdirAll(dataDir, 0o700); err != nil {
		return nil, fmt.Errorf("create data directory: %w", err)
	}
	return Open(Path(dataDir), opts...)
}

// Open opens the store at path, creating it when needed (unless ReadOnly).
func Open(path string, opts ...Option) (*Store, error) {
	o := options{timeout: DefaultTimeout}
	for _, opt := range opts {
		opt(&o)
	}
	if o.readOnly {
		if _, err := os.Stat(path); err != nil {
			return nil, fmt.Errorf("open state store: %w", err)
		}
	}
	db, err := bbolt.Open(path, 0o600, &bbolt.Options{Timeout: o.timeout, ReadOnly: o.readOnly})
	if errors.Is(err, berrors.ErrTimeout) {
		return nil, fmt.Errorf("open %s: %w (waited %s; is the bot running?)", path, ErrLocked, o.timeout)
	}
	if err != nil {
		return nil, fmt.Errorf("open state store %s: %w", path, err)
	}
	s := &Store{db: db, path: path}
	if err := s.init(o.readOnly); err != nil {
		_ = db.Close()
		return nil, err
	}
	return s, nil
}

// init creates the buckets and checks the schema version.
func (s *Store) init(readOnly bool) error {
	check := func(tx *bbolt.Tx) error {
		meta := tx.Bucket(bucketMeta)
		if meta == nil {
			return nil
		}
		v, err := strconv.Atoi(string(meta.Get(keySchema)))
		if err != nil {
			return fmt.Errorf("state store %s: unreadable schema version %q", s.path, meta.Get(keySchema))
		}
		if v > schemaVersion {
			return fmt.Errorf("state store %s has schema %d, newer than this schemabot (%d)", s.path, v, schemaVersion)
		}
		return nil
	}
	if readOnly {
		return s.db.View(check)
	}
	return s.db.Update(func(tx *bbolt.Tx) error {
		meta, err := tx.CreateBucketIfNotExists(bucketMeta)
		if err != nil {
			return fmt.Errorf("create meta bucket: %w", err)
		}
		if meta.Get(keySchema) == nil {
			if err := meta.Put(keySchema, []byte(strconv.Itoa(schemaVersion))); err != nil {
				return fmt.Errorf("write schema version: %w", err)
			}
		}
		if err := check(tx); err != nil {
			return err
		}
		for _, b := range [][]byte{bucketMarks, bucketDigests, bucketFeedback} {
			if _, err := tx.CreateBucketIfNotExists(b); err != nil {
				return fmt.Errorf("create bucket %s: %w", b, err)
			}
		}
		return nil
	})
}

// Path returns the file the store lives in.
func (s *Store) Path() string { return s.path }

// Close releases the file.
func (s *Store) Close() error {
	if err := s.db.Close(); err != nil {
		return fmt.Errorf("close state store: %w", err)
	}
	return nil
}

// get decodes the JSON value of key in bucket into v; it reports false when
// the bucket or the key is missing.
func get(tx *bbolt.Tx, bucket, key []byte, v any) (bool, error) {
	b := tx.Bucket(bucket)
	if b == nil {
		return false, nil
	}
	data := b.Get(key)
	if data == nil {
		return false, nil
	}
	return true, decode(bucket, key, data, v)
}

// decode reads the JSON value data of key in bucket into v.
func decode(bucket, key, data []byte, v any) error {
	if err := json.Unmarshal(data, v); err != nil {
		return fmt.Errorf("decode %s/%q: %w", bucket, key, err)
	}
	return nil
}

// put stores v as JSON under key in bucket.
func put(tx *bbolt.Tx, bucket, key []byte, v any) error {
	data, err := json.Marshal(v)
	if err != nil {
		return fmt.Errorf("encode %s/%s: %w", bucket, key, err)
	}
	b := tx.Bucket(bucket)
	if b == nil {
		return fmt.Errorf("bucket %s missing (store opened read-only?)", bucket)
	}
	if err := b.Put(key, data); err != nil {
		return fmt.Errorf("write %s/%s: %w", bucket, key, err)
	}
	return nil
}

// each calls fn with every value of bucket, in key order.
func each(tx *bbolt.Tx, bucket []byte, fn func(k, v []byte) error) error {
	b := tx.Bucket(bucket)
	if b == nil {
		return nil
	}
	return b.ForEach(fn)
}

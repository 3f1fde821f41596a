// Package state is the bot's durable memory: which milestones were marked
// done, which reminder digests were sent, the feedback users gave on
// answers, the messages already answered and each thread's context. By
// default it is one SQLite file under the data directory, reached through
// database/sql (the pure-Go driver modernc.org/sqlite): a damaged file gives
// an error, never a panic. Several replicas of the bot share one PostgreSQL
// database instead (OpenPostgres, through pgx): the tables and their SQL
// are the same, and what differs between the engines is in dialect.go.
//
// The schema is versioned: the files of migrations/ are applied in order at
// open and recorded in the schema_version table. Rows keep their whole value
// as JSON next to the columns used as keys.
//
// Several processes can hold the store at once (the bot and `schemabot
// feedback`): the file is in WAL mode, writers wait for each other up to the
// busy timeout and readers never wait.
//
// A store written by an older schemabot (a bbolt file) is converted once, at
// the first writable open: its data moves into a new SQLite file and the old
// file is kept next to it as state.db.bbolt.
package state

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"

	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"
)

// FileName is the store's file name under the data directory.
const FileName = "state.db"

//go:embed migrations/*.sql
var migrationFiles embed.FS

// ErrLocked is returned when another process kept the store busy for longer
// than the timeout.
var ErrLocked = errors.New("state store is locked by another process")

// ErrDamaged is returned (wrapped in a *DamagedError) when the store's file
// cannot be read as a store.
var ErrDamaged = errors.New("state store is damaged")

// DamagedError says which file is damaged, why, and what to do.
type DamagedError struct {
	Path   string
	Reason string
	Err    error // the underlying error, if any
}

func (e *DamagedError) Error() string {
	return fmt.Sprintf("state store %s is damaged (%s): stop schemabot, move it aside (mv %s %s.damaged) "+
		"and run 'schemabot state recover %s.damaged' to save its done marks, digest log and feedback into a new store",
		e.Path, e.Reason, e.Path, e.Path, e.Path)
}

func (e *DamagedError) Unwrap() []error { return []error{ErrDamaged, e.Err} }

func damaged(path, reason string, err error) error {
	return &DamagedError{Path: path, Reason: reason, Err: err}
}

// DefaultTimeout is how long a write waits for another writer.
const DefaultTimeout = 5 * time.Second

// Store is the bot's durable state. It is safe for concurrent use, by
// several goroutines and several processes.
type Store struct {
	db       *sql.DB
	path     string // the file, or the PostgreSQL URL without its password
	readOnly bool
	dialect  dialect
	// owner identifies this handle in the claims it makes; on PostgreSQL a
	// session lock held by keeper says that it is alive.
	owner  int32
	keeper *keeper
}

// Option configures Open.
type Option func(*options)

type options struct {
	timeout  time.Duration
	readOnly bool
	log      *slog.Logger
}

// WithTimeout sets how long a write waits for another process's write
// (DefaultTimeout otherwise). It must be positive.
func WithTimeout(d time.Duration) Option {
	return func(o *options) {
		if d > 0 {
			o.timeout = d
		}
	}
}

// ReadOnly opens the store for reading only; the file must exist. Writes
// then fail. It can be opened while a bot holds the store.
func ReadOnly() Option { return func(o *options) { o.readOnly = true } }

// WithLogger sets where Open reports a conversion of an old store.
func WithLogger(l *slog.Logger) Option { return func(o *options) { o.log = l } }

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
// A file that is not a store gives a *DamagedError naming it and saying
// what to do.
func Open(path string, opts ...Option) (*Store, error) {
	o := options{timeout: DefaultTimeout, log: slog.Default()}
	for _, opt := range opts {
		opt(&o)
	}
	info, err := os.Stat(path)
	switch {
	case errors.Is(err, os.ErrNotExist) && o.readOnly:
		return nil, fmt.Errorf("open state store: %w", err)
	case errors.Is(err, os.ErrNotExist):
		if err := create(path, o); err != nil {
			return nil, err
		}
	case err != nil:
		return nil, fmt.Errorf("open state store %s: %w", path, err)
	case !info.Mode().IsRegular():
		return nil, damaged(path, "not a regular file", nil)
	case info.Size() == 0:
		return nil, damaged(path, "the file is empty, as a full disk leaves it", nil)
	}
	switch k, err := sniff(path); {
	case err != nil:
		return nil, fmt.Errorf("open state store %s: %w", path, err)
	case k == kindBolt && o.readOnly:
		return openLegacyInMemory(path)
	case k == kindBolt:
		if err := convertLegacy(path, o); err != nil {
			return nil, err
		}
	case k == kindUnknown:
		return nil, damaged(path, "not an SQLite database", nil)
	}
	return openSQLite(path, o)
}

// openSQLite opens an existing SQLite store, checks it and brings its
// schema up to date.
func openSQLite(path string, o options) (*Store, error) {
	db, err := sql.Open("sqlite", dsn(path, o))
	if err != nil {
		return nil, fmt.Errorf("open state store %s: %w", path, err)
	}
	s := &Store{db: db, path: path, readOnly: o.readOnly, dialect: sqliteDialect{}, owner: newOwner()}
	if err := s.check(); err != nil {
		_ = db.Close()
		return nil, err
	}
	if err := s.migrate(context.Background()); err != nil {
		_ = db.Close()
		return nil, err
	}
	return s, nil
}

// dsn is the driver's name for the file at path: WAL so that readers and a
// writer share it, a busy timeout so that writers queue, and BEGIN
// IMMEDIATE so that a read-then-write transaction cannot deadlock.
func dsn(path string, o options) string {
	q := url.Values{}
	q.Add("_pragma", fmt.Sprintf("busy_timeout(%d)", o.timeout.Milliseconds()))
	if o.readOnly {
		q.Add("_pragma", "query_only(1)")
	} else {
		q.Add("_pragma", "journal_mode(WAL)")
		q.Set("_txlock", "immediate")
	}
	q.Add("_pragma", "synchronous(FULL)")
	r := strings.NewReplacer("%", "%25", "?", "%3f", "#", "%23")
	return "file:" + r.Replace(path) + "?" + q.Encode()
}

// check reads the whole file once, so that damage is found at open rather
// than by the first reminder.
func (s *Store) check() error {
	rows, err := s.db.Query("PRAGMA quick_check")
	if err != nil {
		return s.classify(err)
	}
	defer rows.Close()
	var problems []string
	for rows.Next() {
		var line string
		if err := rows.Scan(&line); err != nil {
			return s.classify(err)
		}
		if line != "ok" {
			problems = append(problems, line)
		}
	}
	if err := rows.Err(); err != nil {
		return s.classify(err)
	}
	if len(problems) > 0 {
		reason := problems[0]
		if len(problems) > 1 {
			reason += fmt.Sprintf(" and %d more problems", len(problems)-1)
		}
		return damaged(s.path, reason, nil)
	}
	return nil
}

// classify turns a driver error into ErrLocked, a *DamagedError, or an
// error naming the store.
func (s *Store) classify(err error) error { return s.dialect.classify(s, err) }

// classifySQLite is classify for an SQLite file.
func classifySQLite(s *Store, err error) error {
	var se *sqlite.Error
	if errors.As(err, &se) {
		switch se.Code() & 0xff {
		case sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED:
			return fmt.Errorf("open %s: %w (is another schemabot writing?): %w", s.path, ErrLocked, err)
		case sqlite3.SQLITE_NOTADB, sqlite3.SQLITE_CORRUPT:
			return damaged(s.path, strings.TrimSpace(sqliteMessage(err)), err)
		}
	}
	return fmt.Errorf("open state store %s: %w", s.path, err)
}

// sqliteMessage drops the driver's code suffix from an error message.
func sqliteMessage(err error) string {
	msg := err.Error()
	if i := strings.Index(msg, " ("); i > 0 {
		return msg[:i]
	}
	return msg
}

// migration is one file of migrations/: NNNN_name.sql.
type migration struct {
	version int
	name    string
	sql     string
}

// latestVersion is the schema version this code writes.
func latestVersion() int {
	ms, err := migrations()
	if err != nil || len(ms) == 0 {
		return 0
	}
	return ms[len(ms)-1].version
}

func migrations() ([]migration, error) {
	entries, err := fs.ReadDir(migrationFiles, "migrations")
	if err != nil {
		return nil, fmt.Errorf("read migrations: %w", err)
	}
	var out []migration
	for _, e := range entries {
		num, _, ok := strings.Cut(e.Name(), "_")
		v, err := strconv.Atoi(num)
		if !ok || err != nil || v <= 0 {
			return nil, fmt.Errorf("migration %s: name must start with its version, e.g. 0002_", e.Name())
		}
		data, err := migrationFiles.ReadFile("migrations/" + e.Name())
		if err != nil {
			return nil, fmt.Errorf("read migration %s: %w", e.Name(), err)
		}
		out = append(out, migration{version: v, name: e.Name(), sql: string(data)})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].version < out[j].version })
	for i := range out {
		if out[i].version != i+1 {
			return nil, fmt.Errorf("migration %s: versions must follow each other from 1", out[i].name)
		}
	}
	return out, nil
}

const createVersionTable = `CREATE TABLE IF NOT EXISTS schema_version (
    version    INTEGER PRIMARY KEY,
    applied_at TEXT NOT NULL
)`

// migrate applies the migrations the store lacks, each in a transaction
// with its schema_version row, under the engine's migration lock so that
// two processes starting together apply each once. A read-only store is
// only checked.
func (s *Store) migrate(ctx context.Context) error {
	ms, err := migrations()
	if err != nil {
		return err
	}
	latest := ms[len(ms)-1].version
	if s.readOnly {
		v, err := s.version(ctx)
		if err != nil {
			return err
		}
		if v > latest {
			return fmt.Errorf("state store %s has schema %d, newer than this schemabot (%d)", s.path, v, latest)
		}
		if v < latest {
			return fmt.Errorf("state store %s has schema %d, older than this schemabot (%d): open it once with 'schemabot serve' to update it", s.path, v, latest)
		}
		return nil
	}
	conn, err := s.db.Conn(ctx)
	if err != nil {
		return s.classify(err)
	}
	defer conn.Close()
	unlock, err := s.dialect.lockMigrations(ctx, conn)
	if err != nil {
		return s.classify(err)
	}
	defer unlock()
	if _, err := conn.ExecContext(ctx, createVersionTable); err != nil {
		return s.classify(err)
	}
	for _, m := range ms {
		if err := s.apply(ctx, conn, m, latest); err != nil {
			return err
		}
	}
	return nil
}

func (s *Store) apply(ctx context.Context, conn *sql.Conn, m migration, latest int) error {
	tx, err := conn.BeginTx(ctx, nil)
	if err != nil {
		return s.classify(err)
	}
	defer func() { _ = tx.Rollback() }()
	var v int
	if err := tx.QueryRowContext(ctx, `SELECT COALESCE(MAX(version), 0) FROM schema_version`).Scan(&v); err != nil {
		return s.classify(err)
	}
	if v > latest {
		return fmt.Errorf("state store %s has schema %d, newer than this schemabot (%d)", s.path, v, latest)
	}
	if v >= m.version {
		return nil // applied, maybe by another process meanwhile
	}
	if _, err := tx.ExecContext(ctx, m.sql); err != nil {
		return fmt.Errorf("state store %s: migration %s: %w", s.path, m.name, err)
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO schema_version (version, applied_at) VALUES ($1, $2)`,
		m.version, time.Now().UTC().Format(time.RFC3339)); err != nil {
		return fmt.Errorf("state store %s: record migration %s: %w", s.path, m.name, err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("state store %s: migration %s: %w", s.path, m.name, err)
	}
	return nil
}

// version returns the schema version of the store, 0 for none.
func (s *Store) version(ctx context.Context) (int, error) {
	exists, err := s.dialect.tableExists(ctx, s.db, "schema_version")
	if err != nil {
		return 0, s.classify(err)
	}
	if !exists {
		return 0, nil
	}
	var v int
	if err := s.db.QueryRowContext(ctx, `SELECT COALESCE(MAX(version), 0) FROM schema_version`).Scan(&v); err != nil {
		return 0, s.classify(err)
	}
	return v, nil
}

// create makes a new store at path: built under a temporary name and
// linked into place, so that two processes starting together never see a
// half-made file (and the loser simply opens the winner's).
func create(path string, o options) error {
	name, cleanup, err := buildBeside(path, o, func(*Store) error { return nil })
	if err != nil {
		return fmt.Errorf("create state store %s: %w", path, err)
	}
	defer cleanup()
	if err := os.Link(name, path); err != nil && !errors.Is(err, os.ErrExist) {
		// A file system without hard links: rename, unless another
		// process made the store meanwhile.
		if _, serr := os.Stat(path); errors.Is(serr, os.ErrNotExist) {
			if err := os.Rename(name, path); err != nil {
				return fmt.Errorf("create state store %s: %w", path, err)
			}
		}
	}
	return nil
}

// buildBeside builds a store under a temporary name next to path and fills
// it; the caller links or renames it into place, then calls cleanup, which
// removes whatever is left under the temporary name.
func buildBeside(path string, o options, fill func(*Store) error) (name string, cleanup func(), err error) {
	tmp, err := os.CreateTemp(filepath.Dir(path), filepath.Base(path)+".new-*")
	if err != nil {
		return "", nil, err
	}
	name = tmp.Name()
	_ = tmp.Close()
	cleanup = func() {
		for _, suffix := range []string{"", "-wal", "-shm", "-journal"} {
			_ = os.Remove(name + suffix)
		}
	}
	st, err := openSQLite(name, o)
	if err != nil {
		cleanup()
		return "", nil, err
	}
	err = fill(st)
	if cerr := st.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		cleanup()
		return "", nil, err
	}
	return name, cleanup, nil
}

// Path returns the file the store lives in, or for PostgreSQL its URL
// without the password.
func (s *Store) Path() string { return s.path }

// Close releases the file or the database connections.
func (s *Store) Close() error {
	if s.keeper != nil {
		s.keeper.close()
	}
	if err := s.db.Close(); err != nil {
		return fmt.Errorf("close state store: %w", err)
	}
	return nil
}

// fileKind is what the first bytes of a file say it is.
type fileKind int

const (
	kindUnknown fileKind = iota
	kindSQLite
	kindBolt
)

// sniff tells an SQLite file from a bbolt one (its magic number at offset
// 16) and from anything else.
func sniff(path string) (fileKind, error) {
	f, err := os.Open(path)
	if err != nil {
		return kindUnknown, err
	}
	defer f.Close()
	head := make([]byte, 32)
	n, err := io.ReadFull(f, head)
	if err != nil && !errors.Is(err, io.ErrUnexpectedEOF) && !errors.Is(err, io.EOF) {
		return kindUnknown, err
	}
	head = head[:n]
	switch {
	case strings.HasPrefix(string(head), "SQLite format 3\x00"):
		return kindSQLite, nil
	case len(head) >= 20 && string(head[16:20]) == "\xed\xda\x0c\xed":
		return kindBolt, nil
	}
	return kindUnknown, nil
}

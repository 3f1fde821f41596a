package state

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"fmt"
	"hash/fnv"
	"math/rand/v2"
	"sync"
	"time"
)

// dialect is everything that differs between the two engines of the store.
// The tables, their keys and the statements that read and write them
// (placeholders $n, INSERT … ON CONFLICT, RFC 3339 times as text, JSON
// bodies as text) are the same for SQLite and PostgreSQL; what is left is
// how to tell that a table exists, how to serialise writers and who is
// alive.
type dialect interface {
	// classify turns a driver error into an error naming the store.
	classify(s *Store, err error) error
	// tableExists reports whether the named table exists.
	tableExists(ctx context.Context, q querier, name string) (bool, error)
	// lockMigrations holds, on conn, the lock under which the schema is
	// brought up to date, until unlock.
	lockMigrations(ctx context.Context, conn *sql.Conn) (unlock func(), err error)
	// lockKey makes tx wait for any other transaction that locked key,
	// until it ends: a read-then-write of one row is then serialised.
	lockKey(ctx context.Context, tx *sql.Tx, key string) error
	// tryLock takes the lock named key for as long as this process lives
	// or until release, and reports false when another holds it.
	tryLock(ctx context.Context, s *Store, key string) (release func(), ok bool, err error)
	// claimerGone is an SQL condition on a handled_messages row that holds
	// when the process that claimed it is known to be dead.
	claimerGone() string
}

// sqliteDialect is the embedded engine, for one process. Writers are
// serialised by the file (BEGIN IMMEDIATE), and a claim is known to be
// abandoned only by its lease.
type sqliteDialect struct{}

func (sqliteDialect) classify(s *Store, err error) error { return classifySQLite(s, err) }

func (sqliteDialect) tableExists(ctx context.Context, q querier, name string) (bool, error) {
	var n int
	err := q.QueryRowContext(ctx, `SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = $1`, name).Scan(&n)
	return n > 0, err
}

func (sqliteDialect) lockMigrations(context.Context, *sql.Conn) (func(), error) {
	return func() {}, nil // each migration's BEGIN IMMEDIATE is the lock
}

func (sqliteDialect) lockKey(context.Context, *sql.Tx, string) error { return nil }

// localLocks are the named locks of SQLite stores, held in this process
// (one process uses an SQLite store), by file and name.
var localLocks sync.Map // string -> *sync.Mutex

func (sqliteDialect) tryLock(_ context.Context, s *Store, key string) (func(), bool, error) {
	v, _ := localLocks.LoadOrStore(s.path+"\x00"+key, &sync.Mutex{})
	mu := v.(*sync.Mutex)
	if !mu.TryLock() {
		return nil, false, nil
	}
	return mu.Unlock, true, nil
}

func (sqliteDialect) claimerGone() string { return "0 = 1" }

// Lock spaces: the first key of PostgreSQL's two-key advisory locks, so
// that schemabot's locks never meet another application's.
const (
	lockSpaceMigrations int32 = 0x53420001 // the schema, while migrations run
	lockSpaceOwner      int32 = 0x53420002 // a live store handle, by owner
	lockSpaceNamed      int32 = 0x53420003 // TryLock, by hashed name
	lockSpaceKey        int32 = 0x53420004 // lockKey, within a transaction
)

// postgresDialect is the shared engine, for several replicas: advisory
// locks serialise migrations and read-then-write transactions, and a
// claim whose owner no longer holds its session lock belongs to a dead
// replica.
type postgresDialect struct{}

func (postgresDialect) classify(s *Store, err error) error {
	return fmt.Errorf("state store %s: %w", s.path, err)
}

func (postgresDialect) tableExists(ctx context.Context, q querier, name string) (bool, error) {
	var n int
	err := q.QueryRowContext(ctx, `SELECT COUNT(*) FROM information_schema.tables
WHERE table_schema = current_schema() AND table_name = $1`, name).Scan(&n)
	return n > 0, err
}

func (postgresDialect) lockMigrations(ctx context.Context, conn *sql.Conn) (func(), error) {
	if _, err := conn.ExecContext(ctx, `SELECT pg_advisory_lock($1, 0)`, lockSpaceMigrations); err != nil {
		return nil, fmt.Errorf("wait for the migration lock: %w", err)
	}
	return func() {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		if _, err := conn.ExecContext(ctx, `SELECT pg_advisory_unlock($1, 0)`, lockSpaceMigrations); err != nil {
			discard(conn)
		}
	}, nil
}

func (postgresDialect) lockKey(ctx context.Context, tx *sql.Tx, key string) error {
	_, err := tx.ExecContext(ctx, `SELECT pg_advisory_xact_lock($1, $2)`, lockSpaceKey, hash32(key))
	return err
}

func (postgresDialect) tryLock(ctx context.Context, s *Store, key string) (func(), bool, error) {
	// A session lock lives on one connection: keep it out of the pool
	// until released, and PostgreSQL frees it if this process dies.
	conn, err := s.db.Conn(ctx)
	if err != nil {
		return nil, false, err
	}
	var ok bool
	if err := conn.QueryRowContext(ctx, `SELECT pg_try_advisory_lock($1, $2)`, lockSpaceNamed, hash32(key)).Scan(&ok); err != nil {
		discard(conn)
		_ = conn.Close()
		return nil, false, err
	}
	if !ok {
		_ = conn.Close()
		return nil, false, nil
	}
	return func() {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		var unlocked bool
		err := conn.QueryRowContext(ctx, `SELECT pg_advisory_unlock($1, $2)`, lockSpaceNamed, hash32(key)).Scan(&unlocked)
		if err != nil || !unlocked {
			discard(conn) // never hand a connection that may hold the lock back to the pool
		}
		_ = conn.Close()
	}, true, nil
}

// claimerGone holds when the row's owner is another handle whose session
// lock (see keeper) is free: the replica that claimed the message is dead.
func (postgresDialect) claimerGone() string {
	return fmt.Sprintf(`(handled_messages.owner IS NOT NULL AND NOT EXISTS (SELECT 1 FROM pg_locks l
WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 2
AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
AND l.classid = %d::oid AND l.objid = handled_messages.owner::oid))`, lockSpaceOwner)
}

// discard makes database/sql close conn instead of reusing it.
func discard(conn *sql.Conn) {
	_ = conn.Raw(func(any) error { return driver.ErrBadConn })
}

// hash32 is the advisory lock key of a name.
func hash32(name string) int32 {
	h := fnv.New32a()
	_, _ = h.Write([]byte(name))
	return int32(h.Sum32())
}

// newOwner picks the id a store handle writes in its claims: positive, so
// that it reads the same as an int4 and as an oid.
func newOwner() int32 { return rand.Int32N(1<<31-1) + 1 }

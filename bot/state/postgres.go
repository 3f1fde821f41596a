package state

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"regexp"
	"strings"
	"sync"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/stdlib"
)

// ErrUnreachable is returned (wrapped) by OpenPostgres when nothing answers
// at the database's address: a server still starting, or a wrong host.
var ErrUnreachable = errors.New("cannot reach PostgreSQL")

// OpenPostgres opens the store in the PostgreSQL database at databaseURL
// (postgres://user:password@host:5432/db?sslmode=…, or libpq's key=value
// form), the store several replicas of the bot share. The schema is the
// SQLite store's, brought up to date at open under an advisory lock, so
// that replicas starting together apply each migration once.
//
// The password never appears in an error or a log: the store calls itself
// by the URL without it (Path). The handle holds one connection for as
// long as it is open, whose session lock tells the other replicas that it
// is alive (see Store.TakeOverMessage).
func OpenPostgres(ctx context.Context, databaseURL string, opts ...Option) (*Store, error) {
	o := options{timeout: DefaultTimeout, log: slog.Default()}
	for _, opt := range opts {
		opt(&o)
	}
	name := RedactURL(databaseURL)
	secret := password(databaseURL)
	cfg, err := pgx.ParseConfig(databaseURL)
	if err != nil {
		return nil, fmt.Errorf("DATABASE_URL %s is not a PostgreSQL URL: %w", name, scrub(err, secret))
	}
	if o.readOnly {
		cfg.RuntimeParams["default_transaction_read_only"] = "on"
	}
	db := stdlib.OpenDB(*cfg)
	// A replica answers a few questions at a time; more connections than
	// that only weigh on the server.
	db.SetMaxOpenConns(20)
	db.SetMaxIdleConns(4)
	db.SetConnMaxIdleTime(5 * time.Minute)
	s := &Store{db: db, path: name, readOnly: o.readOnly, dialect: postgresDialect{}}
	fail := func(err error) (*Store, error) {
		if s.keeper != nil {
			s.keeper.close()
		}
		_ = db.Close()
		return nil, scrub(err, secret)
	}
	pctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	if err := db.PingContext(pctx); err != nil {
		// An answer of the server (a wrong password, an unknown database)
		// will not change by waiting; silence or a server still starting
		// may.
		var pgErr *pgconn.PgError
		if errors.As(err, &pgErr) && pgErr.Code != "57P03" { // cannot_connect_now
			return fail(fmt.Errorf("PostgreSQL at %s refused the connection: %w", name, err))
		}
		return fail(fmt.Errorf("%w at %s: %w", ErrUnreachable, name, err))
	}
	if err := s.migrate(ctx); err != nil {
		return fail(err)
	}
	if !o.readOnly {
		if s.keeper, err = startKeeper(ctx, db, o.log.With("store", name)); err != nil {
			return fail(fmt.Errorf("state store %s: %w", name, err))
		}
		s.owner = s.keeper.owner
	}
	return s, nil
}

// RedactURL returns a database URL without its password, for logs and
// errors: postgres://user:xxxxx@host/db. Text that does not parse is
// returned with anything after "password=" hidden.
func RedactURL(databaseURL string) string {
	if u, err := url.Parse(databaseURL); err == nil && u.Scheme != "" {
		if _, ok := u.User.Password(); ok {
			u.User = url.UserPassword(u.User.Username(), "xxxxx")
		}
		if q := u.Query(); q.Has("password") {
			q.Set("password", "xxxxx")
			u.RawQuery = q.Encode()
		}
		return u.String()
	}
	s := userPassword.ReplaceAllString(databaseURL, "${1}xxxxx@")
	return passwordField.ReplaceAllString(s, "${1}xxxxx")
}

// passwordField is a password in libpq's key=value form, userPassword the
// user:password@ of a URL that does not parse.
var (
	passwordField = regexp.MustCompile(`(password\s*=\s*)('(?:[^'\\]|\\.)*'|\S+)`)
	userPassword  = regexp.MustCompile(`(://[^:/@\s]*:)([^@\s]*)@`)
)

// password returns the password a database URL holds, "" for none.
func password(databaseURL string) string {
	if u, err := url.Parse(databaseURL); err == nil && u.Scheme != "" {
		if p, ok := u.User.Password(); ok {
			return p
		}
		return u.Query().Get("password")
	}
	if m := passwordField.FindStringSubmatch(databaseURL); m != nil {
		return strings.Trim(m[2], "'")
	}
	if m := userPassword.FindStringSubmatch(databaseURL); m != nil {
		return m[2]
	}
	return ""
}

// scrub hides secret wherever a driver's error might repeat it.
func scrub(err error, secret string) error {
	if err == nil || secret == "" || !strings.Contains(err.Error(), secret) {
		return err
	}
	return &scrubbed{err: err, secret: secret}
}

type scrubbed struct {
	err    error
	secret string
}

func (e *scrubbed) Error() string { return strings.ReplaceAll(e.err.Error(), e.secret, "xxxxx") }
func (e *scrubbed) Unwrap() error { return e.err }

// TryLock takes the lock named key for this store's process until release
// is called, and reports false when another process holds it. On
// PostgreSQL it is a session advisory lock, which the server frees when
// the process holding it dies; on SQLite (one process) it is a mutex. The
// reminder scheduler holds one while it sends a digest, so that a digest
// is sent by one replica at a time.
func (s *Store) TryLock(ctx context.Context, key string) (release func(), ok bool, err error) {
	release, ok, err = s.dialect.tryLock(ctx, s, key)
	if err != nil {
		return nil, false, fmt.Errorf("lock %q in state store %s: %w", key, s.path, err)
	}
	return release, ok, nil
}

// keeperEvery is how often the keeper checks its connection.
const keeperEvery = 5 * time.Second

// keeper holds, on a connection of its own, the session lock saying that a
// store handle (its owner id) is alive, and takes it again on a new
// connection when that one breaks.
type keeper struct {
	db    *sql.DB
	owner int32
	log   *slog.Logger

	mu       sync.Mutex
	conn     *sql.Conn // nil while the lock is lost
	stop     chan struct{}
	done     chan struct{}
	stopOnce sync.Once
}

// startKeeper picks an owner id no live handle holds and holds it.
func startKeeper(ctx context.Context, db *sql.DB, log *slog.Logger) (*keeper, error) {
	k := &keeper{db: db, log: log, stop: make(chan struct{}), done: make(chan struct{})}
	for range 10 {
		k.owner = newOwner()
		ok, err := k.hold(ctx)
		if err != nil {
			return nil, fmt.Errorf("take the liveness lock: %w", err)
		}
		if ok {
			go k.run()
			return k, nil
		}
	}
	return nil, errors.New("take the liveness lock: every id tried is held")
}

// hold takes the owner's lock on a new connection.
func (k *keeper) hold(ctx context.Context) (bool, error) {
	conn, err := k.db.Conn(ctx)
	if err != nil {
		return false, err
	}
	var ok bool
	if err := conn.QueryRowContext(ctx, `SELECT pg_try_advisory_lock($1, $2)`, lockSpaceOwner, k.owner).Scan(&ok); err != nil {
		discard(conn)
		_ = conn.Close()
		return false, err
	}
	if !ok {
		_ = conn.Close()
		return false, nil
	}
	k.mu.Lock()
	k.conn = conn
	k.mu.Unlock()
	return true, nil
}

func (k *keeper) run() {
	defer close(k.done)
	t := time.NewTicker(keeperEvery)
	defer t.Stop()
	for {
		select {
		case <-k.stop:
			return
		case <-t.C:
		}
		ctx, cancel := context.WithTimeout(context.Background(), keeperEvery)
		k.mu.Lock()
		conn := k.conn
		k.mu.Unlock()
		if conn != nil {
			if err := conn.PingContext(ctx); err == nil {
				cancel()
				continue
			}
			// The server lost the session, and the lock with it: other
			// replicas may take over this handle's claims meanwhile.
			k.log.Warn("state store: the liveness connection broke; taking the lock again")
			discard(conn)
			_ = conn.Close()
			k.mu.Lock()
			k.conn = nil
			k.mu.Unlock()
		}
		if ok, err := k.hold(ctx); err != nil || !ok {
			k.log.Warn("state store: could not take the liveness lock again; retrying", "err", err, "held_elsewhere", err == nil && !ok)
		}
		cancel()
	}
}

// close releases the lock (closing its connection ends the session).
func (k *keeper) close() {
	k.stopOnce.Do(func() { close(k.stop) })
	<-k.done
	k.mu.Lock()
	defer k.mu.Unlock()
	if k.conn != nil {
		discard(k.conn)
		_ = k.conn.Close()
		k.conn = nil
	}
}

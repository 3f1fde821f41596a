// Package statetest gives tests a real PostgreSQL database of their own,
// for the state store's PostgreSQL engine and the replica tests.
//
// The server is named by SCHEMABOT_TEST_DATABASE_URL (.ci/run starts a
// throw-away cluster and sets it). When it is unset, tests that need it are
// skipped, except when CI=1 or SCHEMABOT_REQUIRE_POSTGRES=1 ask for them:
// then they fail.
package statetest

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"fmt"
	"net/url"
	"os"
	"sync"
	"testing"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib" // the "pgx" database/sql driver
)

// EnvURL names the server the tests use.
const EnvURL = "SCHEMABOT_TEST_DATABASE_URL"

// Required reports whether tests must fail, rather than skip, without a
// server.
func Required() bool {
	return os.Getenv("CI") == "1" || os.Getenv("CI") == "true" || os.Getenv("SCHEMABOT_REQUIRE_POSTGRES") == "1"
}

// ServerURL returns the URL of the test server, skipping the test when
// there is none (failing it when Required).
func ServerURL(tb testing.TB) string {
	tb.Helper()
	u := os.Getenv(EnvURL)
	if u == "" {
		if Required() {
			tb.Fatalf("%s is not set: the PostgreSQL tests must run here (CI or SCHEMABOT_REQUIRE_POSTGRES); .ci/run starts a server", EnvURL)
		}
		tb.Skipf("%s is not set: no PostgreSQL to test against (.ci/run starts one)", EnvURL)
	}
	return u
}

// Database creates a fresh, empty database on the test server and returns
// its URL; it is dropped when the test ends. Advisory locks are per
// database, so tests running at once never see each other's.
func Database(tb testing.TB) string {
	tb.Helper()
	server := ServerURL(tb)
	admin, err := open(server)
	if err != nil {
		tb.Fatalf("test PostgreSQL: %v", err)
	}
	defer admin.Close()
	var b [6]byte
	_, _ = rand.Read(b[:])
	name := "schemabot_test_" + hex.EncodeToString(b[:])
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if _, err := admin.ExecContext(ctx, `CREATE DATABASE `+name); err != nil {
		tb.Fatalf("test PostgreSQL: create database: %v", err)
	}
	tb.Cleanup(func() {
		admin, err := open(server)
		if err != nil {
			tb.Errorf("test PostgreSQL: %v", err)
			return
		}
		defer admin.Close()
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		if _, err := admin.ExecContext(ctx, `DROP DATABASE IF EXISTS `+name+` WITH (FORCE)`); err != nil {
			tb.Errorf("test PostgreSQL: drop database %s: %v", name, err)
		}
	})
	u, err := url.Parse(server)
	if err != nil || u.Scheme == "" {
		tb.Fatalf("%s must be a postgres:// URL", EnvURL)
	}
	u.Path = "/" + name
	return u.String()
}

// WithApplication returns databaseURL with the connections named app in
// pg_stat_activity, so that Crash can find one replica's sessions.
func WithApplication(tb testing.TB, databaseURL, app string) string {
	tb.Helper()
	u, err := url.Parse(databaseURL)
	if err != nil {
		tb.Fatal(err)
	}
	q := u.Query()
	q.Set("application_name", app)
	u.RawQuery = q.Encode()
	return u.String()
}

// Crash ends every session of the application app on the database, as the
// server does when the process holding them dies: their locks are freed
// at once. It returns how many sessions it ended.
func Crash(tb testing.TB, databaseURL, app string) int {
	tb.Helper()
	db := admin(tb, databaseURL)
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	var n int
	err := db.QueryRowContext(ctx, `SELECT COUNT(pg_terminate_backend(pid)) FROM pg_stat_activity
WHERE datname = current_database() AND application_name = $1 AND pid <> pg_backend_pid()`, app).Scan(&n)
	if err != nil {
		tb.Fatalf("test PostgreSQL: end the sessions of %s: %v", app, err)
	}
	return n
}

// admins are the connections Crash uses, one per database, kept for the
// test that made them.
var admins sync.Map // database URL -> *sql.DB

// admin returns a connection to databaseURL for the test tb.
func admin(tb testing.TB, databaseURL string) *sql.DB {
	tb.Helper()
	if db, ok := admins.Load(databaseURL); ok {
		return db.(*sql.DB)
	}
	db, err := open(databaseURL)
	if err != nil {
		tb.Fatalf("test PostgreSQL: %v", err)
	}
	if prev, loaded := admins.LoadOrStore(databaseURL, db); loaded {
		_ = db.Close()
		return prev.(*sql.DB)
	}
	tb.Cleanup(func() {
		admins.Delete(databaseURL)
		_ = db.Close()
	})
	return db
}

func open(databaseURL string) (*sql.DB, error) {
	db, err := sql.Open("pgx", databaseURL)
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", EnvURL, err)
	}
	return db, nil
}

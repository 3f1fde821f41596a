package state

import (
	"context"
	"testing"

	"schemabot/bot/state/statetest"
)

// engine is one of the store's two engines, for the tests that run on
// both: the same steps must give the same results on SQLite and on
// PostgreSQL.
type engine struct {
	name string
	// fresh returns where a new, empty store lives: a data directory or
	// a database URL of its own.
	fresh func(t *testing.T) string
	open  func(where string, opts ...Option) (*Store, error)
}

var engines = []engine{
	{name: "sqlite", fresh: func(t *testing.T) string { return t.TempDir() }, open: OpenDir},
	{
		name:  "postgres",
		fresh: func(t *testing.T) string { return statetest.Database(t) },
		open: func(u string, opts ...Option) (*Store, error) {
			return OpenPostgres(context.Background(), u, opts...)
		},
	},
}

// eachEngine runs fn as a subtest per engine. The PostgreSQL one is
// skipped without SCHEMABOT_TEST_DATABASE_URL, and fails without it in CI.
func eachEngine(t *testing.T, fn func(t *testing.T, e engine)) {
	t.Helper()
	for _, e := range engines {
		t.Run(e.name, func(t *testing.T) { fn(t, e) })
	}
}

// must opens the store at where, closed when the test ends.
func (e engine) must(t *testing.T, where string, opts ...Option) *Store {
	t.Helper()
	st, err := e.open(where, opts...)
	if err != nil {
		t.Fatalf("open %s store: %v", e.name, err)
	}
	t.Cleanup(func() { _ = st.Close() })
	return st
}

// restart closes st and opens its store again, as a restart of the bot
// does.
func (e engine) restart(t *testing.T, st *Store, where string) *Store {
	t.Helper()
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}
	return e.must(t, where)
}

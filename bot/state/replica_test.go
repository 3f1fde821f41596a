package state

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	"schemabot/bot/chat"
	"schemabot/bot/state/statetest"
)

// schema lists the tables, columns and indexes of a store, to compare
// before and after migrations.
func schema(t *testing.T, st *Store) []string {
	t.Helper()
	q := `SELECT type || ' ' || name || ' ' || COALESCE(sql, '') FROM sqlite_master ORDER BY 1`
	if _, ok := st.dialect.(postgresDialect); ok {
		q = `SELECT 'column ' || table_name || '.' || column_name || ' ' || data_type FROM information_schema.columns
WHERE table_schema = current_schema()
UNION ALL SELECT 'index ' || indexname || ' ' || indexdef FROM pg_indexes WHERE schemaname = current_schema()
ORDER BY 1`
	}
	rows, err := st.db.Query(q)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			t.Fatal(err)
		}
		out = append(out, s)
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// versions returns the rows of schema_version.
func versions(t *testing.T, st *Store) []int {
	t.Helper()
	rows, err := st.db.Query(`SELECT version FROM schema_version ORDER BY version`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out []int
	for rows.Next() {
		var v int
		if err := rows.Scan(&v); err != nil {
			t.Fatal(err)
		}
		out = append(out, v)
	}
	return out
}

func wantVersions() []int {
	var want []int
	for v := 1; v <= latestVersion(); v++ {
		want = append(want, v)
	}
	return want
}

// Migrations applied twice are a no-op: opening a store again, or running
// the migrations again on an open one, changes neither the schema nor the
// data, and every version is recorded once. Replicas starting together on
// an empty database apply each migration once (the migration lock).
func TestReplicaMigrationsTwiceAreANoOp(t *testing.T) {
	eachEngine(t, func(t *testing.T, e engine) {
		ctx := context.Background()
		where := e.fresh(t)
		st := e.must(t, where)
		before := schema(t, st)
		if len(before) == 0 {
			t.Fatal("no schema after the first open")
		}
		if err := st.MarkDone(ctx, "isere-2020-2024/12/1", "U1", t0); err != nil {
			t.Fatal(err)
		}
		if err := st.migrate(ctx); err != nil {
			t.Fatalf("migrations again on an open store: %v", err)
		}
		st = e.restart(t, st, where)
		if err := st.migrate(ctx); err != nil {
			t.Fatalf("migrations again after a reopen: %v", err)
		}
		if after := schema(t, st); !reflect.DeepEqual(after, before) {
			t.Errorf("schema changed by migrations applied twice:\nbefore %q\nafter  %q", before, after)
		}
		if got := versions(t, st); !reflect.DeepEqual(got, wantVersions()) {
			t.Errorf("schema_version = %v, want %v", got, wantVersions())
		}
		if !st.IsDone("isere-2020-2024/12/1") {
			t.Error("a mark was lost by migrations applied twice")
		}

		// Three replicas start at once on an empty store.
		fresh := e.fresh(t)
		var wg sync.WaitGroup
		stores := make([]*Store, 3)
		errs := make([]error, 3)
		for i := range stores {
			wg.Go(func() { stores[i], errs[i] = e.open(fresh) })
		}
		wg.Wait()
		for i, st := range stores {
			if errs[i] != nil {
				t.Fatalf("replica %d: open at the same time as two others: %v", i, errs[i])
			}
			t.Cleanup(func() { _ = st.Close() })
		}
		if got := versions(t, stores[0]); !reflect.DeepEqual(got, wantVersions()) {
			t.Errorf("after three replicas started together, schema_version = %v, want %v", got, wantVersions())
		}
		if got := schema(t, stores[2]); !reflect.DeepEqual(got, before) {
			t.Errorf("schema of replicas started together differs:\n%q\nwant %q", got, before)
		}
	})
}

// replicaStore opens a handle on the database u as one replica (its
// sessions named app, for statetest.Crash).
func replicaStore(t *testing.T, u, app string) *Store {
	t.Helper()
	st, err := OpenPostgres(context.Background(), statetest.WithApplication(t, u, app))
	if err != nil {
		t.Fatalf("open %s: %v", app, err)
	}
	t.Cleanup(func() { _ = st.Close() })
	return st
}

// crash ends a replica abruptly: the server drops its sessions (and so its
// locks), then the handle is closed so that it cannot take them again.
func crash(t *testing.T, u, app string, st *Store) {
	t.Helper()
	if n := statetest.Crash(t, u, app); n == 0 {
		t.Fatalf("%s had no session to end", app)
	}
	_ = st.Close()
}

// eventually polls cond for up to 10 s: the server frees a dead session's
// locks a moment after the session ends.
func eventually(t *testing.T, what string, cond func() (bool, error)) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		ok, err := cond()
		if err != nil {
			t.Fatalf("%s: %v", what, err)
		}
		if ok {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// A message is claimed once across replicas; a claim is taken over neither
// while its owner lives (whatever the lease) nor once delivered; when its
// owner dies before delivering, the next replica that sees the message
// claims it at once, and a catch-up may take it over without waiting for
// the lease.
func TestReplicaClaims(t *testing.T) {
	ctx := context.Background()
	u := statetest.Database(t)
	a := replicaStore(t, u, "replica-a")
	b := replicaStore(t, u, "replica-b")
	now := time.Now()
	lease := time.Hour
	check := func(what string, got bool, err error, want bool) {
		t.Helper()
		if err != nil {
			t.Fatalf("%s: %v", what, err)
		}
		if got != want {
			t.Errorf("%s: got %v, want %v", what, got, want)
		}
	}
	ok, err := a.ClaimMessage(ctx, "slack/C1:1", now)
	check("a claims", ok, err, true)
	ok, err = b.ClaimMessage(ctx, "slack/C1:1", now)
	check("b claims the same message", ok, err, false)
	ok, err = b.TakeOverMessage(ctx, "slack/C1:1", now, lease)
	check("b takes over a live replica's fresh claim", ok, err, false)
	ok, err = a.ClaimMessage(ctx, "slack/C1:2", now)
	check("a claims another", ok, err, true)
	if err := a.MarkDelivered(ctx, "slack/C1:2", now); err != nil {
		t.Fatal(err)
	}
	ok, err = a.ClaimMessage(ctx, "slack/C1:3", now)
	check("a claims a third", ok, err, true)

	crash(t, u, "replica-a", a)
	eventually(t, "b claims the message a died on", func() (bool, error) {
		return b.ClaimMessage(ctx, "slack/C1:1", now.Add(time.Second))
	})
	ok, err = b.ClaimMessage(ctx, "slack/C1:1", now.Add(2*time.Second))
	check("b claims it a second time", ok, err, false)
	ok, err = b.TakeOverMessage(ctx, "slack/C1:3", now.Add(time.Second), lease)
	check("b's catch-up takes over a dead replica's claim within the lease", ok, err, true)
	ok, err = b.ClaimMessage(ctx, "slack/C1:2", now.Add(time.Second))
	check("b claims a message a delivered before dying", ok, err, false)
	ok, err = b.TakeOverMessage(ctx, "slack/C1:2", now.Add(2*lease), lease)
	check("b takes over a delivered claim", ok, err, false)

	c := replicaStore(t, u, "replica-c")
	ok, err = c.ClaimMessage(ctx, "slack/C1:1", now.Add(3*time.Second))
	check("c claims what live b took over", ok, err, false)
	ok, err = c.TakeOverMessage(ctx, "slack/C1:1", now.Add(3*time.Second), lease)
	check("c takes over what live b took over", ok, err, false)
}

// Thread context saved by one replica is read by another; threads unused
// for the retention are pruned.
func TestReplicaConversations(t *testing.T) {
	eachEngine(t, func(t *testing.T, e engine) {
		ctx := context.Background()
		where := e.fresh(t)
		a, b := e.must(t, where), e.must(t, where)
		conv := chat.Conversation{Doc: "isere-2020-2024", Fiche: "12", Field: "pilots", Lang: chat.French,
			Question: "Qui pilote la fiche 12 en Isère ?", Named: true, List: []string{"isere-2020-2024/12", "isere-2020-2024/32"}}
		if err := a.SaveConversation(ctx, "mattermost/town/q1", conv, t0); err != nil {
			t.Fatal(err)
		}
		got, ok, err := b.LoadConversation(ctx, "mattermost/town/q1")
		if err != nil || !ok || !reflect.DeepEqual(got, conv) {
			t.Fatalf("the other handle loads %+v, %v, %v; want %+v", got, ok, err, conv)
		}
		if _, ok, err := b.LoadConversation(ctx, "mattermost/town/q2"); err != nil || ok {
			t.Fatalf("an unknown thread loads: %v, %v", ok, err)
		}
		next := conv
		next.Field = "partners"
		if err := b.SaveConversation(ctx, "mattermost/town/q1", next, t0.Add(time.Minute)); err != nil {
			t.Fatal(err)
		}
		if got, _, _ := a.LoadConversation(ctx, "mattermost/town/q1"); got.Field != "partners" {
			t.Errorf("after a second save the field is %q, want partners", got.Field)
		}
		if err := a.SaveConversation(ctx, "mattermost/town/q3", chat.Conversation{}, t0.Add(ConversationRetention+2*time.Minute)); err != nil {
			t.Fatal(err)
		}
		if _, ok, _ := a.LoadConversation(ctx, "mattermost/town/q1"); ok {
			t.Error("a thread unused for longer than the retention was kept")
		}
		if err := a.SaveConversation(ctx, "", conv, t0); err == nil {
			t.Error("a conversation without a thread key was saved")
		}
	})
}

// A named lock is held by one replica at a time, and freed when the
// replica holding it dies.
func TestReplicaTryLock(t *testing.T) {
	ctx := context.Background()
	u := statetest.Database(t)
	a := replicaStore(t, u, "replica-a")
	b := replicaStore(t, u, "replica-b")
	release, ok, err := a.TryLock(ctx, "digest:C1@2026-01-05T08:00:00Z")
	if err != nil || !ok {
		t.Fatalf("a: TryLock = %v, %v", ok, err)
	}
	if _, ok, err := b.TryLock(ctx, "digest:C1@2026-01-05T08:00:00Z"); err != nil || ok {
		t.Fatalf("b takes a lock a holds: %v, %v", ok, err)
	}
	relB, ok, err := b.TryLock(ctx, "digest:C2@2026-01-05T08:00:00Z")
	if err != nil || !ok {
		t.Fatalf("b cannot take another lock: %v, %v", ok, err)
	}
	relB()
	release()
	relB, ok, err = b.TryLock(ctx, "digest:C1@2026-01-05T08:00:00Z")
	if err != nil || !ok {
		t.Fatalf("b cannot take a released lock: %v, %v", ok, err)
	}
	relB()

	if _, ok, err := a.TryLock(ctx, "digest:C1@2026-01-12T08:00:00Z"); err != nil || !ok {
		t.Fatalf("a: TryLock = %v, %v", ok, err)
	}
	crash(t, u, "replica-a", a)
	eventually(t, "b takes the lock of dead a", func() (bool, error) {
		rel, ok, err := b.TryLock(ctx, "digest:C1@2026-01-12T08:00:00Z")
		if ok {
			rel()
		}
		return ok, err
	})
}

// Replicas marking one milestone at the same time keep the first mark and
// one event, as one process does.
func TestReplicaMarksAtOnce(t *testing.T) {
	ctx := context.Background()
	u := statetest.Database(t)
	stores := []*Store{replicaStore(t, u, "replica-a"), replicaStore(t, u, "replica-b"), replicaStore(t, u, "replica-c")}
	var wg sync.WaitGroup
	errs := make(chan error, 30)
	for i := range 30 {
		wg.Go(func() {
			errs <- stores[i%3].MarkDone(ctx, "isere-2020-2024/12/1", fmt.Sprintf("U%d", i), t0.Add(time.Duration(i)*time.Second))
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	m, ok, err := stores[1].Mark(ctx, "isere-2020-2024/12/1")
	if err != nil || !ok || !m.Done || len(m.History) != 1 {
		t.Fatalf("after 30 marks at once: %+v, %v, %v; want done once, with one event", m, ok, err)
	}
}

// The password of DATABASE_URL never shows: not in the store's name, not
// in an error.
func TestReplicaURLRedacted(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"postgres://bot:s3cr3t-pw@db.example:5432/schemabot?sslmode=require", "postgres://bot:xxxxx@db.example:5432/schemabot?sslmode=require"},
		{"postgresql://bot@db.example/schemabot", "postgresql://bot@db.example/schemabot"},
		{"postgres://db.example/schemabot?user=bot&password=s3cr3t-pw", "postgres://db.example/schemabot?password=xxxxx&user=bot"},
		{"host=db.example user=bot password=s3cr3t-pw dbname=schemabot", "host=db.example user=bot password=xxxxx dbname=schemabot"},
		{"host=db.example password='s3cr3t pw' dbname=schemabot", "host=db.example password=xxxxx dbname=schemabot"},
	} {
		if got := RedactURL(tt.in); got != tt.want {
			t.Errorf("RedactURL(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	for _, u := range []string{
		"postgres://bot:s3cr3t-pw@127.0.0.1:1/schemabot?connect_timeout=2",
		"host=127.0.0.1 port=1 user=bot password=s3cr3t-pw dbname=schemabot connect_timeout=2",
		"postgres://bot:s3cr3t-pw@[::1/schemabot",
	} {
		_, err := OpenPostgres(ctx, u)
		if err == nil {
			t.Fatalf("OpenPostgres(%s) reached a server on port 1", RedactURL(u))
		}
		if strings.Contains(err.Error(), "s3cr3t") {
			t.Errorf("the password shows in the error: %v", err)
		}
		if errors.Is(err, context.DeadlineExceeded) {
			t.Errorf("OpenPostgres waited for the test's deadline: %v", err)
		}
	}
}

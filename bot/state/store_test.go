package state

import (
	"context"
	"errors"
	"os"
	"reflect"
	"strings"
	"testing"
	"time"

	"schemabot/bot"
	"schemabot/bot/chat"
)

func openTemp(t *testing.T) (*Store, string) {
	t.Helper()
	dir := t.TempDir()
	st, err := OpenDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = st.Close() })
	return st, dir
}

func reopen(t *testing.T, st *Store, dir string) *Store {
	t.Helper()
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}
	st2, err := OpenDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = st2.Close() })
	return st2
}

var t0 = time.Date(2020, 1, 15, 10, 0, 0, 0, time.UTC)

func TestMarkDoneReopenSurviveReopen(t *testing.T) {
	eachEngine(t, func(t *testing.T, e engine) {
		ctx := context.Background()
		where := e.fresh(t)
		st := e.must(t, where)
		key := "isere-2020-2024/32/3"
		if _, ok := st.Done(key); ok {
			t.Fatal("fresh store says done")
		}
		if err := st.MarkDone(ctx, key, "U1", t0); err != nil {
			t.Fatal(err)
		}
		// A second mark by someone else keeps the first one.
		if err := st.MarkDone(ctx, key, "U2", t0.Add(time.Hour)); err != nil {
			t.Fatal(err)
		}
		st = e.restart(t, st, where)
		m, ok := st.Done(key)
		if !ok || m.By != "U1" || !m.At.Equal(t0) {
			t.Fatalf("after reopen: Done = %+v, %v; want done by U1 at %v", m, ok, t0)
		}
		keys, err := st.DoneKeys()
		if err != nil || !reflect.DeepEqual(keys, []string{key}) {
			t.Fatalf("DoneKeys = %v, %v", keys, err)
		}

		if err := st.Reopen(ctx, key, "U3", t0.Add(2*time.Hour)); err != nil {
			t.Fatal(err)
		}
		st = e.restart(t, st, where)
		if _, ok := st.Done(key); ok || st.IsDone(key) {
			t.Fatal("reopened milestone still done")
		}
		keys, _ = st.DoneKeys()
		if len(keys) != 0 {
			t.Fatalf("DoneKeys after reopen = %v", keys)
		}
		m, known, err := st.Mark(ctx, key)
		if err != nil || !known || m.By != "U3" || len(m.History) != 2 {
			t.Fatalf("Mark = %+v, %v, %v; want reopened by U3 with two events", m, known, err)
		}
	})
}

func TestMarkErrors(t *testing.T) {
	eachEngine(t, func(t *testing.T, e engine) {
		st := e.must(t, e.fresh(t))
		if err := st.MarkDone(context.Background(), "", "U1", t0); err == nil {
			t.Error("empty key accepted")
		}
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		if err := st.MarkDone(ctx, "k", "U1", t0); !errors.Is(err, context.Canceled) {
			t.Errorf("cancelled context: err = %v", err)
		}
	})
}

func TestDigestLog(t *testing.T) {
	eachEngine(t, func(t *testing.T, e engine) {
		ctx := context.Background()
		where := e.fresh(t)
		st := e.must(t, where)
		sched := time.Date(2020, 1, 13, 8, 0, 0, 0, time.UTC)
		d := Digest{ID: "dg-1", Channel: "C1", Scheduled: sched, Status: DigestSending, Started: t0}
		got, created, err := st.BeginDigest(ctx, d)
		if err != nil || !created || got.ID != "dg-1" {
			t.Fatalf("BeginDigest = %+v, %v, %v", got, created, err)
		}
		// The same (channel, time) again: the first intent wins.
		got, created, err = st.BeginDigest(ctx, Digest{ID: "dg-2", Channel: "C1", Scheduled: sched.In(time.FixedZone("x", 3600)), Status: DigestSending})
		if err != nil || created || got.ID != "dg-1" {
			t.Fatalf("second BeginDigest = %+v, %v, %v; want the first intent", got, created, err)
		}
		// Another channel is another digest.
		if _, created, _ := st.BeginDigest(ctx, Digest{ID: "dg-3", Channel: "C2", Scheduled: sched}); !created {
			t.Fatal("digest of another channel not created")
		}
		st = e.restart(t, st, where)
		got.Status, got.Finished = DigestSent, t0.Add(time.Minute)
		if err := st.SaveDigest(ctx, got); err != nil {
			t.Fatal(err)
		}
		st = e.restart(t, st, where)
		d2, ok, err := st.Digest(ctx, "C1", sched)
		if err != nil || !ok || d2.Status != DigestSent || d2.ID != "dg-1" {
			t.Fatalf("Digest = %+v, %v, %v", d2, ok, err)
		}
		if _, ok, _ := st.Digest(ctx, "C1", sched.Add(time.Hour)); ok {
			t.Fatal("digest found for another time")
		}
		all, err := st.Digests(ctx)
		if err != nil || len(all) != 2 {
			t.Fatalf("Digests = %v, %v", all, err)
		}
	})
}

func TestFeedbackSavedAndListedAcrossReopen(t *testing.T) {
	eachEngine(t, func(t *testing.T, e engine) {
		ctx := context.Background()
		where := e.fresh(t)
		st := e.must(t, where)
		var fs bot.FeedbackStore = st
		three := "3"
		f1 := bot.Feedback{ReplyID: "r1", Platform: "slack", User: "U1", Useful: true, Question: "Qui pilote la fiche 3 ?",
			Answer: "La DEJS.\nDétails…", Citations: []chat.Citation{{Doc: "isere-2020-2024", Fiche: &three}}, At: t0.Add(time.Minute)}
		f2 := bot.Feedback{ReplyID: "r2", Platform: "slack", User: "U2", Useful: false, Question: "Combien de fiches ?", At: t0}
		for _, f := range []bot.Feedback{f1, f2} {
			if err := fs.SaveFeedback(ctx, f); err != nil {
				t.Fatal(err)
			}
		}
		// U1 changes their mind on r1: one vote remains, the last one.
		f1b := f1
		f1b.Useful, f1b.At = false, t0.Add(2*time.Minute)
		if err := fs.SaveFeedback(ctx, f1b); err != nil {
			t.Fatal(err)
		}
		st = e.restart(t, st, where)
		got, err := st.ListFeedback(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != 2 {
			t.Fatalf("ListFeedback returned %d entries, want 2: %+v", len(got), got)
		}
		if got[0].ReplyID != "r2" || got[1].ReplyID != "r1" || got[1].Useful {
			t.Errorf("ListFeedback = %+v; want r2 then r1 (👎)", got)
		}
		if got[1].Citations[0].Fiche == nil || *got[1].Citations[0].Fiche != "3" || got[1].Question != f1.Question {
			t.Errorf("feedback lost content: %+v", got[1])
		}
	})
}

// TestSecondHandleShares checks that the bot and `schemabot feedback` can
// hold the store at once: bbolt's exclusive lock made the second one fail.
func TestSecondHandleShares(t *testing.T) {
	ctx := context.Background()
	st, dir := openTemp(t)
	if err := st.MarkDone(ctx, "k", "U1", t0); err != nil {
		t.Fatal(err)
	}
	st2, err := OpenDir(dir, WithTimeout(200*time.Millisecond))
	if err != nil {
		t.Fatalf("second open: %v", err)
	}
	defer st2.Close()
	ro, err := Open(Path(dir), ReadOnly())
	if err != nil {
		t.Fatalf("read-only open beside a writer: %v", err)
	}
	defer ro.Close()
	if err := st2.SaveFeedback(ctx, bot.Feedback{ReplyID: "r", User: "U", At: t0}); err != nil {
		t.Fatal(err)
	}
	if !ro.IsDone("k") {
		t.Error("read-only handle does not see the mark")
	}
	if fb, err := st.ListFeedback(ctx); err != nil || len(fb) != 1 {
		t.Errorf("first handle sees feedback %v, %v", fb, err)
	}
}

func TestReadOnly(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	if _, err := Open(Path(dir), ReadOnly()); !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("read-only open of a missing store: err = %v, want not exist", err)
	}
	st, err := OpenDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if err := st.SaveFeedback(ctx, bot.Feedback{ReplyID: "r", User: "U", At: t0}); err != nil {
		t.Fatal(err)
	}
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}
	ro, err := Open(Path(dir), ReadOnly())
	if err != nil {
		t.Fatal(err)
	}
	defer ro.Close()
	if fb, err := ro.ListFeedback(ctx); err != nil || len(fb) != 1 {
		t.Fatalf("read-only ListFeedback = %v, %v", fb, err)
	}
	if err := ro.MarkDone(ctx, "k", "U", t0); err == nil {
		t.Fatal("write to a read-only store succeeded")
	}
}

func TestNewerSchemaRefused(t *testing.T) {
	eachEngine(t, func(t *testing.T, e engine) {
		where := e.fresh(t)
		st := e.must(t, where)
		if _, err := st.db.Exec(`INSERT INTO schema_version (version, applied_at) VALUES (99, 'now')`); err != nil {
			t.Fatal(err)
		}
		_ = st.Close()
		if _, err := e.open(where); err == nil || !strings.Contains(err.Error(), "newer") {
			t.Fatalf("opening a newer store: err = %v", err)
		}
		if _, err := e.open(where, ReadOnly()); err == nil || !strings.Contains(err.Error(), "newer") {
			t.Fatalf("opening a newer store read-only: err = %v", err)
		}
	})
}

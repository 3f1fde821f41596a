package state

import (
	"context"
	"reflect"
	"testing"
	"time"

	"schemabot/bot"
	"schemabot/bot/chat"
)

// The store is the bot's durable ReplyStore: serve picks it up by this
// interface.
var _ bot.ReplyStore = (*Store)(nil)

// Each step runs against the same store, in order: a reply is read back
// whole, even after a reopen (the restart the table exists for), a second
// save replaces it, and replies older than the retention are pruned by a
// later save.
func TestReplies(t *testing.T) {
	eachEngine(t, func(t *testing.T, e engine) {
		ctx := context.Background()
		where := e.fresh(t)
		st := e.must(t, where)
		t0 := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
		fiche, page := "12", 4
		first := bot.SavedReply{ID: "r1", Platform: "mattermost", Question: "Qui pilote la fiche 12 ?",
			Answer: "Le département.", Lang: chat.French, At: t0,
			Citations: []chat.Citation{{Doc: "isere", Fiche: &fiche, Section: "Pilotes", Page: &page, Quote: "le département", Line: 7}}}
		steps := []struct {
			name   string
			before func(t *testing.T, st *Store) *Store // may reopen the store
			id     string
			want   bot.SavedReply
			wantOK bool
		}{
			{name: "round trip", before: save(first), id: "r1", want: first, wantOK: true},
			{name: "unknown id", id: "nope", wantOK: false},
			{name: "empty id", id: "", wantOK: false},
			{name: "kept across a restart", before: func(t *testing.T, st *Store) *Store {
				t.Helper()
				return e.restart(t, st, where)
			}, id: "r1", want: first, wantOK: true},
			{name: "a second save replaces the first", before: save(bot.SavedReply{ID: "r1", Platform: "slack", Question: "q2", Answer: "a2", Lang: chat.English, At: t0.Add(time.Hour)}),
				id: "r1", want: bot.SavedReply{ID: "r1", Platform: "slack", Question: "q2", Answer: "a2", Lang: chat.English, Citations: []chat.Citation{}, At: t0.Add(time.Hour)}, wantOK: true},
			{name: "a reply within the retention is kept", before: save(bot.SavedReply{ID: "r2", Question: "q", At: t0.Add(ReplyRetention)}),
				id: "r1", want: bot.SavedReply{ID: "r1", Platform: "slack", Question: "q2", Answer: "a2", Lang: chat.English, Citations: []chat.Citation{}, At: t0.Add(time.Hour)}, wantOK: true},
			{name: "a reply older than the retention is pruned", before: save(bot.SavedReply{ID: "r3", Question: "q", At: t0.Add(ReplyRetention + 2*time.Hour)}),
				id: "r1", wantOK: false},
			{name: "the pruning keeps recent replies", id: "r2", want: bot.SavedReply{ID: "r2", Question: "q", Citations: []chat.Citation{}, At: t0.Add(ReplyRetention)}, wantOK: true},
		}
		for _, s := range steps {
			if s.before != nil {
				st = s.before(t, st)
			}
			got, ok, err := st.LoadReply(ctx, s.id)
			if err != nil {
				t.Fatalf("%s: LoadReply(%q): %v", s.name, s.id, err)
			}
			if ok != s.wantOK || (ok && !reflect.DeepEqual(got, s.want)) {
				t.Errorf("%s: LoadReply(%q) = %+v, %v; want %+v, %v", s.name, s.id, got, ok, s.want, s.wantOK)
			}
		}
	})
}

// save returns a step that saves r and keeps the store.
func save(r bot.SavedReply) func(t *testing.T, st *Store) *Store {
	return func(t *testing.T, st *Store) *Store {
		t.Helper()
		if err := st.SaveReply(context.Background(), r); err != nil {
			t.Fatalf("SaveReply(%s): %v", r.ID, err)
		}
		return st
	}
}

// A reply without an id could never be found again: it is refused rather
// than stored under "".
func TestSaveReplyRefusesEmptyID(t *testing.T) {
	st, _ := openTemp(t)
	if err := st.SaveReply(context.Background(), bot.SavedReply{Question: "q", At: time.Now()}); err == nil {
		t.Error("SaveReply with an empty id succeeded")
	}
}

package bot_test

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"path/filepath"
	"testing"
	"time"

	"schemabot/bot"
	"schemabot/bot/answer/answertest"
	"schemabot/bot/chat"
	"schemabot/bot/state"
)

// The issue this guards: the link from an answer to its question lived in
// the core's memory, so a 👍/👎 given after a restart was saved without
// its question. Here one Core answers, the process "restarts" (a new Core,
// the store closed and reopened), and the vote on the earlier answer must
// be saved with the question, the answer and its citations.
func TestFeedbackAfterRestart(t *testing.T) {
	ctx := context.Background()
	eng := answertest.Engine(t)
	quiet := slog.New(slog.NewTextHandler(io.Discard, nil))
	path := filepath.Join(t.TempDir(), state.FileName)
	open := func() *state.Store {
		t.Helper()
		st, err := state.Open(path)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { _ = st.Close() })
		return st
	}
	newCore := func(st *state.Store) *bot.Core {
		return bot.NewCore(eng, bot.WithLogger(quiet), bot.WithFeedbackStore(st), bot.WithReplyStore(st))
	}

	st := open()
	questions := []struct {
		name string
		ask  func(c *bot.Core) (chat.Reply, error)
	}{
		{"a question in a thread", func(c *bot.Core) (chat.Reply, error) {
			return c.Handle(ctx, chat.Message{Platform: "mattermost", ID: "p1", Channel: "C1", Thread: "T1", User: "U1", Text: "Qui pilote la fiche 24 en Isère ?"})
		}},
		{"a question as a slash command", func(c *bot.Core) (chat.Reply, error) {
			return c.Command(ctx, chat.Message{Platform: "slack", Channel: "C1", User: "U1"}, []string{"qui", "pilote", "la", "fiche", "20", "en", "Isère", "?"})
		}},
		{"a fiche sub-command", func(c *bot.Core) (chat.Reply, error) {
			return c.Command(ctx, chat.Message{Platform: "slack", Channel: "C1", User: "U1"}, []string{"fiche", "12", "isère"})
		}},
	}
	before := newCore(st)
	var replies []chat.Reply
	for _, q := range questions {
		r, err := q.ask(before)
		if err != nil || r.ID == "" || r.Question == "" {
			t.Fatalf("%s: reply %+v, %v; want an answer with an id", q.name, r, err)
		}
		replies = append(replies, r)
	}
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}

	st = open()
	after := newCore(st)
	for i, q := range questions {
		r := replies[i]
		user := "U" + string(rune('a'+i))
		ack, err := after.Act(ctx, bot.ActionEvent{Platform: "mattermost", Channel: "C1", User: user, ActionID: bot.ActionFeedbackUp, Value: r.ID})
		if err != nil || !ack.Ephemeral {
			t.Fatalf("%s: Act = %+v, %v", q.name, ack, err)
		}
		fb, err := st.ListFeedback(ctx)
		if err != nil {
			t.Fatal(err)
		}
		var got *bot.Feedback
		for j := range fb {
			if fb[j].ReplyID == r.ID && fb[j].User == user {
				got = &fb[j]
			}
		}
		switch {
		case got == nil:
			t.Errorf("%s: no feedback saved for reply %s", q.name, r.ID)
		case !got.Useful || got.Question != r.Question || got.Answer != r.Text || len(got.Citations) != len(r.Citations):
			t.Errorf("%s: feedback after restart = %+v; want 👍 with question %q, answer %q and %d citations",
				q.name, *got, r.Question, r.Text, len(r.Citations))
		}
	}
}

// failingReplies is a ReplyStore that always fails.
type failingReplies struct{}

func (failingReplies) SaveReply(context.Context, bot.SavedReply) error {
	return errors.New("disk full")
}
func (failingReplies) LoadReply(context.Context, string) (bot.SavedReply, bool, error) {
	return bot.SavedReply{}, false, errors.New("disk full")
}

// A failing reply store must cost neither the answer nor the vote: the
// answer is given and, while the core still has it in memory, the vote is
// saved with its question; a vote on an unknown reply is saved without.
func TestFeedbackWithFailingReplyStore(t *testing.T) {
	ctx := context.Background()
	st, err := state.Open(filepath.Join(t.TempDir(), state.FileName))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = st.Close() })
	quiet := slog.New(slog.NewTextHandler(io.Discard, nil))
	c := bot.NewCore(answertest.Engine(t), bot.WithLogger(quiet), bot.WithFeedbackStore(st), bot.WithReplyStore(failingReplies{}),
		bot.WithClock(func() time.Time { return time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC) }))
	r, err := c.Handle(ctx, chat.Message{Platform: "slack", Channel: "C1", Thread: "T", User: "U1", Text: "Qui pilote la fiche 24 en Isère ?"})
	if err != nil || r.ID == "" {
		t.Fatalf("Handle = %+v, %v; want an answer despite the store", r, err)
	}
	cases := []struct {
		name, reply, wantQuestion string
	}{
		{"reply in memory", r.ID, r.Question},
		{"reply unknown", "gone", ""},
	}
	for _, tc := range cases {
		if _, err := c.Act(ctx, bot.ActionEvent{Platform: "slack", User: tc.name, ActionID: bot.ActionFeedbackDown, Value: tc.reply}); err != nil {
			t.Fatalf("%s: Act: %v", tc.name, err)
		}
	}
	fb, err := st.ListFeedback(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(fb) != len(cases) {
		t.Fatalf("saved %d feedbacks, want %d: %+v", len(fb), len(cases), fb)
	}
	for _, tc := range cases {
		found := false
		for _, f := range fb {
			if f.User == tc.name {
				found = true
				if f.Question != tc.wantQuestion || f.Useful {
					t.Errorf("%s: feedback = %+v; want 👎 with question %q", tc.name, f, tc.wantQuestion)
				}
			}
		}
		if !found {
			t.Errorf("%s: vote lost", tc.name)
		}
	}
}

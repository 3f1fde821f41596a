package mattermost

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/mattermost/mattermost/server/public/model"
	"github.com/prometheus/client_golang/prometheus"
	dto "github.com/prometheus/client_model/go"

	"schemabot/bot"
	"schemabot/bot/chat"
	"schemabot/bot/state"
)

// question is a person's post stored on the server only: the bot was not
// listening when it was made.
func (h *harness) question(channel, root, text string) *model.Post {
	h.t.Helper()
	p := &model.Post{Id: model.NewId(), CreateAt: model.GetMillis(), UpdateAt: model.GetMillis(),
		UserId: aliceID, ChannelId: channel, RootId: root, Message: text}
	h.fake.store(p)
	return p
}

// onlyOneAnswer checks that each thread got exactly one post of the bot.
func onlyOneAnswer(t *testing.T, f *fakeServer, roots ...string) {
	t.Helper()
	for _, id := range roots {
		if n := len(f.postsIn(id)); n != 1 {
			t.Errorf("%d answers in thread %s, want exactly 1: %q", n, id, messages(f.postsIn(id)))
		}
	}
}

// Posts made while the WebSocket is down never come as events: the
// catch-up on reconnection must read them, and answer each once even when
// the server also replays some of them.
func TestCatchUpAfterReconnect(t *testing.T) {
	tests := []struct {
		name   string
		resume bool // the server still has the events and replays them
	}{
		{name: "server lost the events (restart of Mattermost)", resume: false},
		{name: "server replays the events too", resume: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dm := model.NewId()
			h := start(t, setup{beforeRun: func(f *fakeServer) {
				f.join(townSq, "O")
				f.join(dm, "D")
			}})
			before := h.ask(h.conn, townSq, "", "@schemabot Qui pilote la fiche 3 ?", "O")
			waitFor(t, "the first answer", func() bool { return len(h.fake.postsIn(before.Id)) == 1 })

			c1 := h.conn
			if !tt.resume {
				// A new session on reconnection: nothing is replayed.
				h.fake.mu.Lock()
				h.fake.sessions = map[string]*fakeSession{}
				h.fake.mu.Unlock()
			}
			h.fake.mu.Lock()
			h.fake.refuseWS = 2 // down for a while
			h.fake.mu.Unlock()
			c1.drop()
			var missed []*model.Post
			for i, text := range []string{
				"@schemabot Quels sont les partenaires de la fiche 3 ?",
				"@schemabot Quels sont les objectifs de la fiche 2 ?",
				"Que veut dire ODPE ?",        // a direct message needs no mention
				"une discussion sans mention", // not for the bot
			} {
				channel := townSq
				if i == 2 {
					channel = dm
				}
				p := h.question(channel, "", text)
				if tt.resume && i < 2 {
					c1.postedMaybeLost(p, "O", "alice", false) // queued, never sent
				}
				missed = append(missed, p)
			}
			// A question in the thread of an answered one.
			inThread := h.question(townSq, before.Id, "@schemabot et le calendrier ?")
			c2 := h.fake.nextConn(t)
			_ = c2

			waitFor(t, "answers to the missed questions", func() bool {
				return len(h.fake.postsIn(missed[0].Id)) > 0 && len(h.fake.postsIn(missed[1].Id)) > 0 &&
					len(h.fake.postsIn(missed[2].Id)) > 0 && len(h.fake.postsIn(before.Id)) >= 2
			})
			settle()
			onlyOneAnswer(t, h.fake, missed[0].Id, missed[1].Id, missed[2].Id)
			if n := len(h.fake.postsIn(missed[3].Id)); n != 0 {
				t.Errorf("a channel post without mention got %d answers", n)
			}
			if n := len(h.fake.postsIn(before.Id)); n != 2 {
				t.Errorf("thread of the first question has %d answers, want 2 (the first one and the follow-up %s)", n, inThread.Id)
			}
			if n := len(h.fake.Posts()); n != 5 {
				t.Errorf("%d posts in all, want 5", n)
			}
		})
	}
}

// A restart of the bot (a new adapter and core, the same handled store)
// answers the questions made while it was down, once, and not those it
// answered before.
func TestRestartAnswersMissedPostsOnce(t *testing.T) {
	handled := bot.NewMemoryHandled()
	fake := newFakeServer(t, testToken)
	fake.join(townSq, "O")
	opts := []bot.CoreOption{bot.WithHandledStore(handled)}

	h1 := start(t, setup{fake: fake, coreOpts: opts})
	answered := h1.ask(h1.conn, townSq, "", "@schemabot Qui pilote la fiche 3 ?", "O")
	waitFor(t, "the answer before the restart", func() bool { return len(fake.postsIn(answered.Id)) == 1 })
	// kill: the first process goes away.
	h1.cancel()
	select {
	case err := <-h1.done:
		h1.done <- err
	case <-time.After(10 * time.Second):
		t.Fatal("the first adapter did not stop")
	}

	var missed []*model.Post
	for i := range 3 {
		missed = append(missed, h1.question(townSq, "", fmt.Sprintf("@schemabot Qui pilote la fiche %d ?", 4+i)))
	}
	// A question the first process claimed but whose answer the server
	// does not show: the store alone says it was handled.
	claimed := h1.question(townSq, "", "@schemabot Qui pilote la fiche 9 ?")
	if ok, _ := handled.ClaimMessage(context.Background(), "mattermost/"+claimed.Id, time.Now()); !ok {
		t.Fatal("claim failed")
	}

	h2 := start(t, setup{fake: fake, coreOpts: opts})
	waitFor(t, "the answers after the restart", func() bool {
		for _, p := range missed {
			if len(fake.postsIn(p.Id)) == 0 {
				return false
			}
		}
		return true
	})
	settle()
	onlyOneAnswer(t, fake, answered.Id, missed[0].Id, missed[1].Id, missed[2].Id)
	if n := len(fake.postsIn(claimed.Id)); n != 0 {
		t.Errorf("a message the store marks handled got %d answers", n)
	}
	// The restarted bot still answers live questions.
	live := h2.ask(h2.conn, townSq, "", "@schemabot Qui pilote la fiche 12 ?", "O")
	waitFor(t, "a live answer after the restart", func() bool { return len(fake.postsIn(live.Id)) == 1 })
}

// A blip of the server while the feedback reactions are added must not
// lose them: reactions are retried with backoff.
func TestReactionsAreRetriedAfterBlips(t *testing.T) {
	tests := []struct {
		name  string
		fails int
	}{
		{"one failure", 1},
		{"three failures in a row", 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := start(t, setup{beforeRun: func(f *fakeServer) { f.failReactions = tt.fails }})
			q := h.ask(h.conn, townSq, "", "@schemabot Qui pilote la fiche 3 ?", "O")
			waitFor(t, "both reactions", func() bool { return len(h.fake.Reactions()) == 2 })
			answer := h.fake.postsIn(q.Id)[0]
			var got []string
			for _, r := range h.fake.Reactions() {
				if r.PostId != answer.Id {
					t.Errorf("reaction on %s, want the answer %s", r.PostId, answer.Id)
				}
				got = append(got, r.EmojiName)
			}
			if strings.Join(got, " ") != "+1 -1" {
				t.Errorf("reactions %v, want [+1 -1]", got)
			}
			h.fake.mu.Lock()
			tries := h.fake.reactionTries
			h.fake.mu.Unlock()
			if tries != 2+tt.fails {
				t.Errorf("%d reaction requests, want %d", tries, 2+tt.fails)
			}
		})
	}
}

// Bots may not post ephemeral messages on Mattermost: a private reply (the
// rate-limit notice) goes to a direct message, never to the public thread.
func TestPrivateRepliesGoByDirectMessage(t *testing.T) {
	h := start(t, setup{coreOpts: []bot.CoreOption{bot.WithRateLimit(1, time.Hour)}})
	q1 := h.ask(h.conn, townSq, "", "@schemabot Qui pilote la fiche 3 ?", "O")
	waitFor(t, "the first answer", func() bool { return len(h.fake.postsIn(q1.Id)) > 0 })
	q2 := h.ask(h.conn, townSq, "", "@schemabot Qui pilote la fiche 4 ?", "O")
	waitFor(t, "the rate-limit notice", func() bool { return len(h.fake.directWith(aliceID)) > 0 })
	settle()
	if n := len(h.fake.postsIn(q2.Id)); n != 0 {
		t.Errorf("the private notice went to the public thread: %q", messages(h.fake.postsIn(q2.Id)))
	}
	if len(h.fake.Ephemeral()) != 0 {
		t.Error("the adapter used the ephemeral API, which bots may not use")
	}
	dm := h.fake.directWith(aliceID)
	if len(dm) != 1 || !strings.Contains(dm[0].Message, "patienter") || dm[0].RootId != "" {
		t.Errorf("direct messages %q, want the rate-limit notice", messages(dm))
	}
}

// A streamed draft has not passed the grounding check: the thread shows a
// placeholder, never the draft, and the final reply replaces it.
func TestStreamedDraftIsNeverPosted(t *testing.T) {
	h := start(t, setup{tweak: func(a *Adapter) {
		a.handle = func(ctx context.Context, m chat.Message, partial func(string)) (chat.Reply, error) {
			for i := range 5 {
				partial(fmt.Sprintf("brouillon%d le pilote est Mickey Mouse [1]", i))
				time.Sleep(30 * time.Millisecond)
			}
			r := chat.Reply{Answer: chat.Answer{Question: m.Text, Text: "Réponse finale pour @here.", Found: true, Lang: chat.French}, ID: "reply1"}
			r.Buttons = []chat.Button{{ID: bot.ActionFeedbackUp, Value: "reply1"}, {ID: bot.ActionFeedbackDown, Value: "reply1"}}
			return r, nil
		}
	}})
	q := h.ask(h.conn, townSq, "", "@schemabot Résume la fiche 3", "O")
	final := chat.Defuse("Réponse finale pour @here.")
	waitFor(t, "the final answer", func() bool {
		ps := h.fake.postsIn(q.Id)
		return len(ps) == 1 && ps[0].Message == final
	})
	waitFor(t, "feedback reactions on the answer", func() bool { return len(h.fake.Reactions()) == 2 })
	posts := h.fake.postsIn(q.Id)
	if created := h.fake.PostAttempts(); len(created) != 1 {
		t.Errorf("%d posts created, want the placeholder only (then edited)", len(created))
	}
	for _, p := range h.fake.Patches() {
		if strings.Contains(p.Message, "Mickey") || strings.Contains(p.Message, "brouillon") {
			t.Errorf("an edit shows the unchecked draft: %q", p.Message)
		}
	}
	if r := h.fake.Reactions()[0]; r.PostId != posts[0].Id {
		t.Errorf("reaction on %s, want the answer %s", r.PostId, posts[0].Id)
	}
}

// A 👍 on an answer posted before a restart is saved with its question:
// the link from the post to the answer is in the store, not in memory.
func TestFeedbackOnAnAnswerFromBeforeARestart(t *testing.T) {
	st, err := state.OpenDir(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	fb := &fakeFeedback{}
	opts := []bot.CoreOption{bot.WithReplyStore(st), bot.WithFeedbackStore(fb)}
	fake := newFakeServer(t, testToken)
	fake.join(townSq, "O")

	h1 := start(t, setup{fake: fake, coreOpts: opts})
	q := h1.ask(h1.conn, townSq, "", "@schemabot Qui pilote la fiche 3 ?", "O")
	waitFor(t, "the reactions under the answer", func() bool { return len(fake.Reactions()) >= 2 })
	answer := fake.postsIn(q.Id)[0]
	h1.cancel()
	select {
	case err := <-h1.done:
		h1.done <- err
	case <-time.After(10 * time.Second):
		t.Fatal("the first adapter did not stop")
	}

	h2 := start(t, setup{fake: fake, coreOpts: opts})
	h2.conn.reaction(&model.Reaction{UserId: aliceID, PostId: answer.Id, EmojiName: "+1", CreateAt: model.GetMillis()}, townSq)
	waitFor(t, "the feedback after the restart", func() bool { return len(fb.Saved()) == 1 })
	if f := fb.Saved()[0]; !f.Useful || f.Question != "Qui pilote la fiche 3 ?" || !strings.Contains(f.Answer, "Fiche action n°3") {
		t.Errorf("feedback %+v, want 👍 on the question and answer of before the restart", f)
	}
}

// The answer latency counts the wait for a free worker: with one worker
// and two slow answers asked together, the second waits for the first.
func TestLatencyIncludesQueueing(t *testing.T) {
	const slow = 300 * time.Millisecond
	h := start(t, setup{tweak: func(a *Adapter) {
		a.sem = make(chan struct{}, 1)
		a.handle = func(ctx context.Context, m chat.Message, partial func(string)) (chat.Reply, error) {
			time.Sleep(slow)
			return chat.Reply{Answer: chat.Answer{Question: m.Text, Text: "Réponse lente.", Found: true, Lang: chat.French}}, nil
		}
	}})
	q1 := h.ask(h.conn, townSq, "", "@schemabot Qui pilote la fiche 3 ?", "O")
	q2 := h.ask(h.conn, townSq, "", "@schemabot Qui pilote la fiche 4 ?", "O")
	var lat dto.Metric
	// The latency is observed once the answer is posted: wait for both.
	waitFor(t, "both answers and their latencies", func() bool {
		_ = h.metrics.Latency.WithLabelValues("mattermost").(prometheus.Histogram).Write(&lat)
		return len(h.fake.postsIn(q1.Id)) == 1 && len(h.fake.postsIn(q2.Id)) == 1 && lat.GetHistogram().GetSampleCount() >= 2
	})
	hist := lat.GetHistogram()
	if hist.GetSampleCount() != 2 {
		t.Fatalf("%d latencies observed, want 2", hist.GetSampleCount())
	}
	// Without the queueing, both would be about 0.3 s: 0.6 s in all.
	if sum := hist.GetSampleSum(); sum < 2.5*slow.Seconds() {
		t.Errorf("latencies sum to %.2fs, want the second answer's wait counted (at least %.2fs)", sum, 2.5*slow.Seconds())
	}
}

// A user's questions are answered in the order they were asked, even when
// the first takes longer: the second waits for it, and the rate limit counts
// them in that order.
func TestAUsersQuestionsAreAnsweredInOrder(t *testing.T) {
	h := start(t, setup{tweak: func(a *Adapter) {
		a.handle = func(ctx context.Context, m chat.Message, partial func(string)) (chat.Reply, error) {
			if strings.Contains(m.Text, "longue") {
				time.Sleep(300 * time.Millisecond)
			}
			return chat.Reply{Answer: chat.Answer{Question: m.Text, Text: "réponse à " + m.Text, Found: true, Lang: chat.French}}, nil
		}
	}})
	long := h.ask(h.conn, townSq, "", "@schemabot une question longue", "O")
	short := h.ask(h.conn, townSq, "", "@schemabot une question courte", "O")
	waitFor(t, "both answers", func() bool { return len(h.fake.postsIn(long.Id)) > 0 && len(h.fake.postsIn(short.Id)) > 0 })
	var answers []string
	for _, p := range h.fake.Posts() {
		if p.RootId == long.Id || p.RootId == short.Id {
			answers = append(answers, p.Message)
		}
	}
	if len(answers) != 2 || !strings.Contains(answers[0], "longue") || !strings.Contains(answers[1], "courte") {
		t.Errorf("answers posted as %q, want the long question's first", answers)
	}
}

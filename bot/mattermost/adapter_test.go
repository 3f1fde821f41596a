package mattermost

import (
	"bytes"
	"context"
	"fmt"
	"log/slog"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/mattermost/mattermost/server/public/model"
	"github.com/prometheus/client_golang/prometheus"
	dto "github.com/prometheus/client_model/go"

	"schemabot/bot"
	"schemabot/bot/answer"
	"schemabot/bot/answer/answertest"
	"schemabot/bot/chat"
)

// testToken has the shape of a Mattermost token; the tests check it never
// shows in the logs.
const testToken = "k7q3xw9dbe8fym1uo5n4atr6hs"

var ()

// syncBuffer is a bytes.Buffer safe for concurrent writes.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// fakeFeedback is a bot.FeedbackStore that keeps what it is given.
type fakeFeedback struct {
	mu  sync.Mutex
	all []bot.Feedback
}

func (f *fakeFeedback) SaveFeedback(_ context.Context, fb bot.Feedback) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.all = append(f.all, fb)
	return nil
}

func (f *fakeFeedback) Saved() []bot.Feedback {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]bot.Feedback(nil), f.all...)
}

// harness runs the real adapter, core and engine against a fake server.
type harness struct {
	t       *testing.T
	fake    *fakeServer
	eng     *answer.Engine
	core    *bot.Core
	ad      *Adapter
	metrics *bot.Metrics
	logs    *syncBuffer
	conn    *fakeConn // the first WebSocket connection
	cancel  context.CancelFunc
	done    chan error
}

type setup struct {
	coreOpts  []bot.CoreOption
	register  func(c *bot.Core)   // commands for the test
	tweak     func(a *Adapter)    // before Run
	beforeRun func(f *fakeServer) // server state before Run
	noConnect bool                // do not wait for the WebSocket
	fake      *fakeServer         // an existing server, for a restart of the bot
	eng       *answer.Engine      // an engine other than the shared one
}

func start(t *testing.T, s setup) *harness {
	t.Helper()
	h := &harness{t: t, fake: s.fake, eng: s.eng, logs: &syncBuffer{}, done: make(chan error, 1)}
	if h.fake == nil {
		h.fake = newFakeServer(t, testToken)
	}
	if h.eng == nil {
		h.eng = answertest.Engine(t)
	}
	log := slog.New(slog.NewTextHandler(h.logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	h.core = bot.NewCore(h.eng, append([]bot.CoreOption{bot.WithLogger(log)}, s.coreOpts...)...)
	if s.register != nil {
		s.register(h.core)
	}
	h.metrics = bot.NewMetrics(prometheus.NewRegistry())
	h.ad = New(Config{URL: h.fake.srv.URL, Token: testToken}, h.core,
		WithMetrics(h.metrics), WithLogger(log), WithBackoff(30*time.Millisecond, 120*time.Millisecond))
	h.ad.stableAfter = 10 * time.Second
	h.ad.drainTimeout = 5 * time.Second
	h.ad.retryBase = 20 * time.Millisecond
	if s.tweak != nil {
		s.tweak(h.ad)
	}
	if s.beforeRun != nil {
		s.beforeRun(h.fake)
	}
	ctx, cancel := context.WithCancel(context.Background())
	h.cancel = cancel
	go func() { h.done <- h.ad.Run(ctx) }()
	t.Cleanup(func() {
		cancel()
		select {
		case <-h.done:
		case <-time.After(10 * time.Second):
			t.Error("Run did not return after its context ended")
		}
		if strings.Contains(h.logs.String(), testToken) {
			t.Error("the token shows in the logs")
		}
	})
	if !s.noConnect {
		h.conn = h.fake.nextConn(t)
	}
	return h
}

// ask sends a "posted" event for a person's post and returns the post.
func (h *harness) ask(c *fakeConn, channel, root, text, channelType string) *model.Post {
	p := &model.Post{Id: model.NewId(), CreateAt: model.GetMillis(), UpdateAt: model.GetMillis(),
		UserId: aliceID, ChannelId: channel, RootId: root, Message: text,
		Props: model.StringInterface{"disable_group_highlight": true}}
	h.fake.store(p)
	c.posted(p, channelType, "alice")
	return p
}

// expected is what the engine answers to the text the core receives.
func (h *harness) expected(text string, conv chat.Conversation) (chat.Answer, chat.Conversation) {
	return h.eng.Ask(context.Background(), chat.CleanInput(text), conv)
}

// wantPosts is how the adapter must show an answer: formatted, defused
// and split.
func (h *harness) wantPosts(a chat.Answer) []string {
	return split(chat.Defuse(h.ad.format(chat.Reply{Answer: a})), maxRunes)
}

var (
	aliceID   = model.NewId()
	bobID     = model.NewId()
	townSq    = model.NewId()
	otherChan = model.NewId()
)

// counterValue reads a counter.
func counterValue(c prometheus.Counter) float64 {
	var m dto.Metric
	if err := c.Write(&m); err != nil {
		return -1
	}
	return m.GetCounter().GetValue()
}

// waitFor polls cond until it holds or the test times out.
func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// settle leaves time for a wrong extra reply to show up.
func settle() { time.Sleep(300 * time.Millisecond) }

func messages(posts []*model.Post) []string {
	out := make([]string, len(posts))
	for i, p := range posts {
		out[i] = p.Message
	}
	return out
}

func TestAnswersInTheThread(t *testing.T) {
	h := start(t, setup{})

	q1 := h.ask(h.conn, townSq, "", "@schemabot Qui pilote la fiche 3 ?", "O")
	want1, conv := h.expected("Qui pilote la fiche 3 ?", chat.Conversation{})
	waitFor(t, "the answer to a root post", func() bool { return len(h.fake.postsIn(q1.Id)) > 0 })

	// A follow-up in the same thread: the reply stays in the thread and
	// the core answers with the thread's context.
	q2 := h.ask(h.conn, townSq, q1.Id, "@schemabot et les partenaires ?", "O")
	want2, _ := h.expected("et les partenaires ?", conv)
	waitFor(t, "the answer in the thread", func() bool { return len(h.fake.postsIn(q1.Id)) >= 2 })
	settle()

	got := h.fake.postsIn(q1.Id)
	if len(got) != 2 {
		t.Fatalf("thread %s has %d bot posts, want 2: %q", q1.Id, len(got), messages(got))
	}
	for i, want := range [][]string{h.wantPosts(want1), h.wantPosts(want2)} {
		if got[i].Message != want[0] {
			t.Errorf("answer %d = %q, want %q", i+1, got[i].Message, want[0])
		}
		if got[i].ChannelId != townSq {
			t.Errorf("answer %d went to channel %s, want %s", i+1, got[i].ChannelId, townSq)
		}
	}
	if len(h.fake.Posts()) != 2 {
		t.Errorf("the bot posted %d times, want 2 (its own echoed posts must not be answered)", len(h.fake.Posts()))
	}
	_ = q2

	// Each answer carries the 👍 and 👎 reactions, put by the bot.
	waitFor(t, "the feedback reactions", func() bool { return len(h.fake.Reactions()) >= 4 })
	byPost := map[string][]string{}
	for _, r := range h.fake.Reactions() {
		if r.UserId != h.fake.bot.Id {
			t.Errorf("reaction by %s, want the bot", r.UserId)
		}
		byPost[r.PostId] = append(byPost[r.PostId], r.EmojiName)
	}
	for _, p := range got {
		if strings.Join(byPost[p.Id], " ") != "+1 -1" {
			t.Errorf("reactions on answer %s = %v, want [+1 -1]", p.Id, byPost[p.Id])
		}
	}
	if n := counterValue(h.metrics.Questions.WithLabelValues("mattermost")); n != 2 {
		t.Errorf("questions metric = %v, want 2", n)
	}
	waitFor(t, "two latency samples", func() bool {
		var lat dto.Metric
		_ = h.metrics.Latency.WithLabelValues("mattermost").(prometheus.Histogram).Write(&lat)
		return lat.GetHistogram().GetSampleCount() == 2
	})
}

func TestDirectMessagesNeedNoMention(t *testing.T) {
	dm := model.NewId()
	h := start(t, setup{
		coreOpts:  []bot.CoreOption{bot.WithAllowedChannels(otherChan)},
		beforeRun: func(f *fakeServer) { f.channelTypes[dm] = "D" },
	})
	q := h.ask(h.conn, dm, "", "Quels sont les objectifs de la fiche 2 ?", "D")
	// A mention in a channel outside the allow-list is not answered.
	h.ask(h.conn, townSq, "", "@schemabot Quels sont les objectifs de la fiche 2 ?", "O")
	want, _ := h.expected(q.Message, chat.Conversation{})
	waitFor(t, "the answer to the direct message", func() bool { return len(h.fake.postsIn(q.Id)) > 0 })
	settle()

	posts := h.fake.Posts()
	if len(posts) != 1 {
		t.Fatalf("the bot posted %d times, want once: %q", len(posts), messages(posts))
	}
	if posts[0].ChannelId != dm || posts[0].Message != h.wantPosts(want)[0] {
		t.Errorf("got %q in %s, want %q in the direct channel", posts[0].Message, posts[0].ChannelId, h.wantPosts(want)[0])
	}
}

func TestIgnoresBotsSystemPostsAndUnmentionedPosts(t *testing.T) {
	h := start(t, setup{})
	send := func(p *model.Post, channelType string) { h.conn.posted(p, channelType, "x") }
	base := func(user, msg string) *model.Post {
		return &model.Post{Id: model.NewId(), CreateAt: model.GetMillis(), UserId: user, ChannelId: townSq, Message: msg}
	}

	send(base(h.fake.bot.Id, "@schemabot Qui pilote la fiche 3 ?"), "D") // its own post
	other := base(model.NewId(), "@schemabot Qui pilote la fiche 3 ?")
	other.AddProp("from_bot", "true")
	send(other, "O")
	hook := base(model.NewId(), "@schemabot Qui pilote la fiche 3 ?")
	hook.AddProp("from_webhook", "true")
	send(hook, "O")
	system := base(aliceID, "@schemabot a rejoint le canal.")
	system.Type = model.PostTypeJoinChannel
	send(system, "O")
	send(base(aliceID, "Qui pilote la fiche 3 ?"), "O")
	send(base(aliceID, "@schemabot_test Qui pilote la fiche 3 ?"), "O")
	send(base(aliceID, "écrivez à contact@schemabot.org"), "O")
	edited := base(aliceID, "@schemabot Qui pilote la fiche 3 ?")
	edited.EditAt = model.GetMillis()
	send(edited, "O")

	sentinel := h.ask(h.conn, townSq, "", "Merci @SchemaBot, qui pilote la fiche 3 ?", "O")
	want, _ := h.expected("Merci , qui pilote la fiche 3 ?", chat.Conversation{})
	waitFor(t, "the answer to the only real question", func() bool { return len(h.fake.Posts()) > 0 })
	settle()

	posts := h.fake.Posts()
	if len(posts) != 1 {
		t.Fatalf("the bot posted %d times, want once: %q", len(posts), messages(posts))
	}
	if posts[0].RootId != sentinel.Id || posts[0].Message != h.wantPosts(want)[0] {
		t.Errorf("answered %q in thread %s, want %q in thread %s", posts[0].Message, posts[0].RootId, h.wantPosts(want)[0], sentinel.Id)
	}
}

func TestOneReplyPerQuestionAcrossRedeliveryAndReconnect(t *testing.T) {
	h := start(t, setup{})
	q := h.ask(h.conn, townSq, "", "@schemabot Qui pilote la fiche 3 ?", "O")
	h.conn.posted(q, "O", "alice") // the same event again
	waitFor(t, "the answer", func() bool { return len(h.fake.Posts()) > 0 })
	settle()
	if n := len(h.fake.Posts()); n != 1 {
		t.Fatalf("%d replies to a question sent twice, want 1", n)
	}

	// A question posted while the connection is failing never reaches the
	// bot on that connection; the server replays it when the bot resumes.
	c1 := h.conn
	lostSeq := c1.sess.next()
	lost := &model.Post{Id: model.NewId(), CreateAt: model.GetMillis(), UserId: bobID, ChannelId: townSq,
		Message: "@schemabot Quels sont les partenaires de la fiche 3 ?"}
	c1.postedMaybeLost(lost, "O", "bob", false)
	dropped := time.Now()
	c1.drop()
	c2 := h.fake.nextConn(t)

	attempts, queries := h.fake.WSAttempts(), h.fake.WSQueries()
	if gap := attempts[len(attempts)-1].Sub(dropped); gap < 15*time.Millisecond {
		t.Errorf("reconnected %v after the drop, want a backoff of at least 15ms", gap)
	}
	if first := queries[0]; first.Get("connection_id") != "" || first.Get("sequence_number") != "0" {
		t.Errorf("first connection with %v, want a fresh one", first)
	}
	if last := queries[len(queries)-1]; last.Get("connection_id") != c1.sess.id || last.Get("sequence_number") != fmt.Sprint(lostSeq) {
		t.Errorf("reconnected with %v, want connection_id=%s and sequence_number=%d", last, c1.sess.id, lostSeq)
	}
	waitFor(t, "the reconnect metric", func() bool {
		return counterValue(h.metrics.Reconnects.WithLabelValues("mattermost")) == 1
	})
	waitFor(t, "the answer to the replayed question", func() bool { return len(h.fake.postsIn(lost.Id)) > 0 })

	c2.posted(q, "O", "alice") // redelivered after the reconnect
	q2 := h.ask(c2, townSq, "", "@schemabot Quels sont les objectifs de la fiche 3 ?", "O")
	waitFor(t, "the answer after the reconnect", func() bool { return len(h.fake.postsIn(q2.Id)) > 0 })
	settle()
	for _, id := range []string{q.Id, lost.Id, q2.Id} {
		if n := len(h.fake.postsIn(id)); n != 1 {
			t.Errorf("%d replies in thread %s, want 1", n, id)
		}
	}
	if n := len(h.fake.Posts()); n != 3 {
		t.Errorf("%d posts in all, want 3", n)
	}
	if n := counterValue(h.metrics.Errors.WithLabelValues("mattermost", "websocket")); n < 1 {
		t.Errorf("websocket errors metric = %v, want at least 1", n)
	}
}

func TestReconnectBacksOffExponentially(t *testing.T) {
	const lo, hi = 30 * time.Millisecond, 120 * time.Millisecond
	h := start(t, setup{})
	h.fake.mu.Lock()
	h.fake.refuseWS = 5
	h.fake.mu.Unlock()
	dropped := time.Now()
	h.conn.drop()
	c2 := h.fake.nextConn(t)

	attempts := h.fake.WSAttempts()[1:] // after the first connection
	if len(attempts) != 6 {
		t.Fatalf("%d connection attempts after the drop, want 6 (5 refused, 1 accepted)", len(attempts))
	}
	prev := dropped
	backoff := lo
	for i, at := range attempts {
		gap := at.Sub(prev)
		if gap < backoff/2 {
			t.Errorf("attempt %d came %v after the previous one, want at least %v", i+1, gap, backoff/2)
		}
		if gap > backoff+250*time.Millisecond {
			t.Errorf("attempt %d came %v after the previous one, want at most about %v", i+1, gap, backoff)
		}
		prev = at
		backoff = min(2*backoff, hi)
	}
	waitFor(t, "one counted reconnect", func() bool {
		return counterValue(h.metrics.Reconnects.WithLabelValues("mattermost")) == 1
	})

	// The new connection works.
	q := h.ask(c2, townSq, "", "@schemabot Qui pilote la fiche 3 ?", "O")
	waitFor(t, "the answer after the reconnect", func() bool { return len(h.fake.postsIn(q.Id)) > 0 })
}

// mentionLeak matches a mention Mattermost would notify: "@" directly
// followed by a name.
var mentionLeak = regexp.MustCompile(`(?i)@(channel|here|all|bob|someone|everyone)`)

func TestNoMentionLeaks(t *testing.T) {
	h := start(t, setup{register: func(c *bot.Core) {
		c.Register("echo", "echo", func(ctx context.Context, m chat.Message, args []string) (chat.Reply, error) {
			fiche, page := "3", 12
			doc := c.Engine().Library().Docs[0].ID
			return chat.Reply{Answer: chat.Answer{
				Text: "Réponse pour @channel, @here, @all, @someone et @bob.", Found: true, Lang: chat.French,
				Citations: []chat.Citation{{Doc: doc, Fiche: &fiche, Section: "Pilotage @here", Page: &page,
					Quote: "Le pilote @all informe @bob et @channel."}},
			}}, nil
		})
	}})
	q1 := h.ask(h.conn, townSq, "", "@schemabot @channel @here @all @bob qui pilote la fiche 3 ?", "O")
	q2 := h.ask(h.conn, townSq, "", "@schemabot /schema echo", "O")
	waitFor(t, "both answers", func() bool {
		return len(h.fake.postsIn(q1.Id)) > 0 && len(h.fake.postsIn(q2.Id)) > 0
	})
	for _, p := range h.fake.Posts() {
		if m := mentionLeak.FindString(p.Message); m != "" {
			t.Errorf("post %q would notify %s", p.Message, m)
		}
	}
	echo := h.fake.postsIn(q2.Id)[0].Message
	for _, part := range []string{"Réponse pour", "fiche 3", "p. 12", "Pilotage", "Le pilote", "informe"} {
		if !strings.Contains(echo, part) {
			t.Errorf("answer with citation %q lacks %q", echo, part)
		}
	}
}

func TestLongAnswersAreSplitInOrder(t *testing.T) {
	var paras []string
	for i := range 60 {
		paras = append(paras, fmt.Sprintf("Paragraphe %02d.", i)+strings.Repeat(" texte du schéma", 43))
	}
	long := strings.Join(paras, "\n\n")
	h := start(t, setup{register: func(c *bot.Core) {
		c.Register("long", "long", func(ctx context.Context, m chat.Message, args []string) (chat.Reply, error) {
			return chat.Reply{Answer: chat.Answer{Text: long, Found: true, Lang: chat.French}}, nil
		})
	}})
	q := h.ask(h.conn, townSq, "", "@schemabot /schema long", "O")
	var posts []*model.Post
	waitFor(t, "the whole answer", func() bool {
		posts = h.fake.postsIn(q.Id)
		return strings.Contains(strings.Join(messages(posts), ""), "Paragraphe 59")
	})
	if len(posts) < 3 {
		t.Fatalf("%d posts for a %d-rune answer, want at least 3", len(posts), utf8.RuneCountInString(long))
	}
	for i, p := range posts {
		if n := utf8.RuneCountInString(p.Message); n > model.PostMessageMaxRunesV2 {
			t.Errorf("post %d has %d runes, over Mattermost's %d", i, n, model.PostMessageMaxRunesV2)
		}
	}
	if got := strings.Join(messages(posts), "\n\n"); got != long {
		t.Errorf("the posts, in order, do not make up the answer")
	}
}

func TestReactionRecordsFeedback(t *testing.T) {
	store := &fakeFeedback{}
	h := start(t, setup{coreOpts: []bot.CoreOption{bot.WithFeedbackStore(store)}})
	q := h.ask(h.conn, townSq, "", "@schemabot Qui pilote la fiche 3 ?", "O")
	want, _ := h.expected("Qui pilote la fiche 3 ?", chat.Conversation{})
	waitFor(t, "the reactions under the answer", func() bool { return len(h.fake.Reactions()) >= 2 })
	answer := h.fake.postsIn(q.Id)[0]

	h.conn.reaction(&model.Reaction{UserId: aliceID, PostId: answer.Id, EmojiName: "+1", CreateAt: model.GetMillis()}, townSq)
	h.conn.reaction(&model.Reaction{UserId: bobID, PostId: answer.Id, EmojiName: "-1", CreateAt: model.GetMillis()}, townSq)
	h.conn.reaction(&model.Reaction{UserId: bobID, PostId: answer.Id, EmojiName: "heart", CreateAt: model.GetMillis()}, townSq)
	h.conn.reaction(&model.Reaction{UserId: bobID, PostId: q.Id, EmojiName: "+1", CreateAt: model.GetMillis()}, townSq)
	waitFor(t, "two feedbacks", func() bool { return len(store.Saved()) >= 2 })
	settle()

	saved := store.Saved()
	if len(saved) != 2 {
		t.Fatalf("%d feedbacks saved, want 2 (the bot's own reactions and other emoji do not count): %+v", len(saved), saved)
	}
	byUser := map[string]bot.Feedback{}
	for _, f := range saved {
		byUser[f.User] = f
	}
	for user, useful := range map[string]bool{aliceID: true, bobID: false} {
		f, ok := byUser[user]
		if !ok {
			t.Errorf("no feedback from %s", user)
			continue
		}
		if f.Useful != useful || f.Platform != "mattermost" || f.Channel != townSq {
			t.Errorf("feedback %+v, want useful=%v on mattermost in %s", f, useful, townSq)
		}
		if f.Question != want.Question || f.Answer != want.Text {
			t.Errorf("feedback on %q / %q, want the question %q and the answer %q", f.Question, f.Answer, want.Question, want.Text)
		}
	}
}

func TestHonoursRetryAfter(t *testing.T) {
	h := start(t, setup{beforeRun: func(f *fakeServer) { f.limitPosts = 1 }})
	q := h.ask(h.conn, townSq, "", "@schemabot Qui pilote la fiche 3 ?", "O")
	waitFor(t, "the answer after the 429", func() bool { return len(h.fake.postsIn(q.Id)) > 0 })
	attempts := h.fake.PostAttempts()
	if len(attempts) < 2 {
		t.Fatalf("%d post attempts, want a retry", len(attempts))
	}
	if gap := attempts[1].Sub(attempts[0]); gap < time.Second {
		t.Errorf("retried %v after a 429 with Retry-After: 1, want at least 1s", gap)
	}
	if n := counterValue(h.metrics.Errors.WithLabelValues("mattermost", "post")); n != 0 {
		t.Errorf("post errors = %v, want 0 for a retried 429", n)
	}
}

func TestImagesAreUploadedAndAttached(t *testing.T) {
	png := []byte("\x89PNG\r\n\x1a\nfake chart")
	h := start(t, setup{register: func(c *bot.Core) {
		c.Register("planning", "planning", func(ctx context.Context, m chat.Message, args []string) (chat.Reply, error) {
			return chat.Reply{Answer: chat.Answer{Text: "Le planning des fiches :", Found: true, Lang: chat.French},
				Image: png, ImageName: "planning.png"}, nil
		})
	}})
	q := h.ask(h.conn, townSq, "", "@schemabot /schema planning", "O")
	waitFor(t, "the answer with its image", func() bool { return len(h.fake.postsIn(q.Id)) > 0 })
	ups := h.fake.Uploads()
	if len(ups) != 1 || ups[0].Channel != townSq || ups[0].Name != "planning.png" || !bytes.Equal(ups[0].Data, png) {
		t.Fatalf("uploads %+v, want planning.png in %s", ups, townSq)
	}
	p := h.fake.postsIn(q.Id)[0]
	if len(p.FileIds) != 1 || p.FileIds[0] != ups[0].ID || p.Message != "Le planning des fiches :" {
		t.Errorf("post %q with files %v, want the text with file %s", p.Message, p.FileIds, ups[0].ID)
	}
}

func TestRunWaitsForAnswersInFlight(t *testing.T) {
	started := make(chan struct{})
	h := start(t, setup{tweak: func(a *Adapter) {
		a.handle = func(ctx context.Context, m chat.Message, partial func(string)) (chat.Reply, error) {
			close(started)
			time.Sleep(400 * time.Millisecond)
			return chat.Reply{Answer: chat.Answer{Question: m.Text, Text: "Réponse lente.", Found: true, Lang: chat.French}}, nil
		}
	}})
	q := h.ask(h.conn, townSq, "", "@schemabot Qui pilote la fiche 3 ?", "O")
	<-started
	h.cancel()
	select {
	case err := <-h.done:
		h.done <- err // for the cleanup
		if err != nil {
			t.Errorf("Run returned %v, want nil", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("Run did not return")
	}
	if got := h.fake.postsIn(q.Id); len(got) != 1 || got[0].Message != "Réponse lente." {
		t.Errorf("posts when Run returned: %q, want the answer in flight", messages(got))
	}
}

func TestRunRejectsARefusedToken(t *testing.T) {
	h := start(t, setup{noConnect: true, beforeRun: func(f *fakeServer) { f.meStatus = 401 }})
	select {
	case err := <-h.done:
		h.done <- err
		if err == nil || !strings.Contains(err.Error(), "MATTERMOST_TOKEN") || strings.Contains(err.Error(), testToken) {
			t.Errorf("Run returned %v, want an error naming MATTERMOST_TOKEN without the token", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("Run kept going with a refused token")
	}
}

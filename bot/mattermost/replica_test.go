package mattermost

import (
	"context"
	"errors"
	"log/slog"
	"net"
	"net/http"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/mattermost/mattermost/server/public/model"
	"github.com/prometheus/client_golang/prometheus"

	"schemabot/bot"
	"schemabot/bot/answer/answertest"
	"schemabot/bot/chat"
	"schemabot/bot/state"
	"schemabot/bot/state/statetest"
)

// The replica tests run several bots, each with its own state store handle
// on one PostgreSQL database, its own core and adapter and its own
// connections, against one in-process Mattermost: every WebSocket
// connection receives every post, as on a real server.

// netCut is one replica's network: its HTTP requests and its WebSocket go
// through it, and cut closes them all and refuses new ones, as the sockets
// of a killed process close.
type netCut struct {
	mu    sync.Mutex
	conns []net.Conn
	dead  bool
}

var errDeadReplica = errors.New("the replica is dead")

func (n *netCut) dial(ctx context.Context, network, addr string) (net.Conn, error) {
	if n.isDead() {
		return nil, errDeadReplica
	}
	var d net.Dialer
	c, err := d.DialContext(ctx, network, addr)
	if err != nil {
		return nil, err
	}
	n.mu.Lock()
	defer n.mu.Unlock()
	if n.dead {
		_ = c.Close()
		return nil, errDeadReplica
	}
	n.conns = append(n.conns, c)
	return c, nil
}

func (n *netCut) isDead() bool {
	n.mu.Lock()
	defer n.mu.Unlock()
	return n.dead
}

func (n *netCut) cut() {
	n.mu.Lock()
	defer n.mu.Unlock()
	n.dead = true
	for _, c := range n.conns {
		_ = c.Close()
	}
}

// replica is one schemabot process.
type replica struct {
	name  string // replica name and generation, its sessions' application_name
	db    string // the database URL of the test
	st    *state.Store
	core  *bot.Core
	ad    *Adapter
	net   *netCut
	conn  *fakeConn
	stop  context.CancelFunc
	done  chan error
	dying atomic.Bool   // from now on, answers stop between the claim and the post
	dead  chan struct{} // closed when the replica is killed
	stuck atomic.Int32  // questions claimed and never posted
	once  sync.Once
}

// startReplica starts a replica and waits for its WebSocket connection.
func startReplica(t *testing.T, fake *fakeServer, db, name string) *replica {
	t.Helper()
	r := &replica{name: name, db: db, net: &netCut{}, done: make(chan error, 1), dead: make(chan struct{})}
	st, err := state.OpenPostgres(context.Background(), statetest.WithApplication(t, db, name))
	if err != nil {
		t.Fatalf("%s: open the store: %v", name, err)
	}
	r.st = st
	log := slog.New(slog.DiscardHandler)
	r.core = bot.NewCore(answertest.Engine(t), bot.WithLogger(log), bot.WithHandledStore(st),
		bot.WithConversationStore(st), bot.WithReplyStore(st), bot.WithFeedbackStore(st))
	r.ad = New(Config{URL: fake.srv.URL, Token: testToken}, r.core, WithLogger(log),
		WithMetrics(bot.NewMetrics(prometheus.NewRegistry())), WithBackoff(30*time.Millisecond, 120*time.Millisecond))
	r.ad.drainTimeout = 5 * time.Second
	r.ad.retryBase = 20 * time.Millisecond
	r.ad.dialer.NetDialContext = r.net.dial
	r.ad.api.HTTPClient = &http.Client{Transport: &http.Transport{DialContext: r.net.dial}}
	r.ad.handle = func(ctx context.Context, m chat.Message, partial func(string)) (chat.Reply, error) {
		reply, err := r.core.HandleStream(ctx, m, partial)
		if err == nil && r.dying.Load() {
			r.stuck.Add(1)
			<-r.dead // killed here: claimed and answered, never posted
			return chat.Reply{}, bot.ErrDuplicate
		}
		return reply, err
	}
	ctx, cancel := context.WithCancel(context.Background())
	r.stop = cancel
	go func() { r.done <- r.ad.Run(ctx) }()
	r.conn = fake.nextConn(t)
	t.Cleanup(func() { r.shutdown(t) })
	return r
}

// shutdown stops a live replica as SIGTERM does.
func (r *replica) shutdown(t *testing.T) {
	r.once.Do(func() {
		r.stop()
		select {
		case <-r.done:
		case <-time.After(15 * time.Second):
			t.Errorf("%s: Run did not return", r.name)
		}
		_ = r.st.Close()
	})
}

// kill stops a replica abruptly: its sockets close, the database drops its
// sessions (and the locks that said it was alive), and nothing it had in
// hand is posted.
func (r *replica) kill(t *testing.T) {
	t.Helper()
	r.once.Do(func() {
		r.net.cut()
		_ = r.st.Close()
		statetest.Crash(t, r.db, r.name)
		close(r.dead)
		r.stop()
		select {
		case <-r.done:
		case <-time.After(15 * time.Second):
			t.Errorf("%s: Run did not return after the kill", r.name)
		}
	})
}

// Three replicas, one Mattermost: 200 questions, each answered exactly
// once. In the middle one replica is killed while it holds questions it
// claimed and never posted; it is restarted (as its supervisor does), and
// its catch-up finds them unanswered on the server, takes over the claims
// of the dead process at once (its liveness lock is gone, no need to wait
// for the lease) and answers them; the others answer the rest.
func TestReplicaMattermostAnswersEachQuestionOnce(t *testing.T) {
	db := statetest.Database(t)
	fake := newFakeServer(t, testToken)
	fake.join(townSq, "O")
	reps := []*replica{
		startReplica(t, fake, db, "replica-1"),
		startReplica(t, fake, db, "replica-2"),
		startReplica(t, fake, db, "replica-3"),
	}
	questions := answertest.Questions(200)
	posts := make([]*model.Post, 0, len(questions))
	victim := reps[1]
	for i, text := range questions {
		switch i {
		case 80:
			victim.dying.Store(true)
		case 130:
			waitFor(t, "the victim to claim questions it never posts", func() bool { return victim.stuck.Load() >= 1 })
			victim.kill(t)
		}
		p := &model.Post{Id: model.NewId(), CreateAt: model.GetMillis(), UserId: aliceID, ChannelId: townSq,
			Message: "@schemabot " + text}
		fake.store(p)
		fake.broadcast(func(c *fakeConn) { c.posted(p, "O", "alice") })
		posts = append(posts, p)
		time.Sleep(2 * time.Millisecond)
	}
	stuck := victim.stuck.Load()
	reps[1] = startReplica(t, fake, db, "replica-2-restarted")

	deadline := time.Now().Add(60 * time.Second)
	for {
		missing := 0
		for _, p := range posts {
			if len(fake.postsIn(p.Id)) == 0 {
				missing++
			}
		}
		if missing == 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("%d of %d questions never answered (%d held by the killed replica)", missing, len(posts), stuck)
		}
		time.Sleep(20 * time.Millisecond)
	}
	settle()
	onlyOneAnswer(t, fake, ids(posts)...)
	if n := len(fake.Posts()); n != len(posts) {
		t.Errorf("%d posts for %d questions", n, len(posts))
	}
	// The questions the dead replica held are answered by the restarted
	// one's catch-up, or by a live replica still working through its
	// backlog when it reaches them: either claims the message of a dead
	// replica at once.
	t.Logf("%d questions, %d held by the killed replica when it died, %v answered by the restarted one's catch-up",
		len(posts), stuck, counterValue(reps[1].ad.metrics.CaughtUp.WithLabelValues(platform)))
}

func ids(posts []*model.Post) []string {
	out := make([]string, len(posts))
	for i, p := range posts {
		out[i] = p.Id
	}
	return out
}

// A follow-up answered by another replica keeps the thread's context: the
// first question reaches replica A only, the follow-up in its thread
// replica B only, which reads the fiche, document and field from the
// shared store.
func TestReplicaMattermostFollowUpOnAnotherReplica(t *testing.T) {
	db := statetest.Database(t)
	fake := newFakeServer(t, testToken)
	fake.join(townSq, "O")
	a := startReplica(t, fake, db, "replica-a")
	b := startReplica(t, fake, db, "replica-b")
	eng := answertest.Engine(t)
	ctx := context.Background()

	first, follow := "Qui pilote la fiche 12 en Isère ?", "et les partenaires ?"
	_, conv := eng.Ask(ctx, chat.CleanInput(first), chat.Conversation{})
	want, _ := eng.Ask(ctx, chat.CleanInput(follow), conv)
	cold, _ := eng.Ask(ctx, chat.CleanInput(follow), chat.Conversation{})
	if want.Text == cold.Text {
		t.Fatalf("the follow-up reads the same with and without its thread: the test shows nothing")
	}

	q1 := &model.Post{Id: model.NewId(), CreateAt: model.GetMillis(), UserId: aliceID, ChannelId: townSq, Message: "@schemabot " + first}
	fake.store(q1)
	a.conn.posted(q1, "O", "alice")
	waitFor(t, "replica A's answer", func() bool { return len(fake.postsIn(q1.Id)) > 0 })

	q2 := &model.Post{Id: model.NewId(), CreateAt: model.GetMillis(), UserId: aliceID, ChannelId: townSq,
		RootId: q1.Id, Message: "@schemabot " + follow}
	fake.store(q2)
	b.conn.posted(q2, "O", "alice")
	waitFor(t, "replica B's answer", func() bool { return len(fake.postsIn(q1.Id)) > 1 })
	settle()
	got := fake.postsIn(q1.Id)
	if len(got) != 2 {
		t.Fatalf("%d posts in the thread, want 2: %q", len(got), messages(got))
	}
	wantPost := split(chat.Defuse(b.ad.format(chat.Reply{Answer: want})), maxRunes)[0]
	if got[1].Message != wantPost {
		t.Errorf("replica B answered the follow-up\n%s\nwant, with the thread's context,\n%s", got[1].Message, wantPost)
	}
	saved, ok, err := b.st.LoadConversation(ctx, platform+"/"+townSq+"/"+q1.Id)
	if err != nil || !ok || saved.Fiche != conv.Fiche || saved.Doc != conv.Doc {
		t.Errorf("the shared store holds %+v, %v, %v; want fiche %s of %s", saved, ok, err, conv.Fiche, conv.Doc)
	}
}

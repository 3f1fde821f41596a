package slack

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"net"
	"net/http"
	"net/http/httptest"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/gorilla/websocket"
	slackgo "github.com/slack-go/slack"

	"schemabot/bot"
	"schemabot/bot/answer/answertest"
	"schemabot/bot/chat"
	"schemabot/bot/state"
	"schemabot/bot/state/statetest"
)

// The replica tests run several bots on one Slack app, each with its own
// state store handle on one PostgreSQL database, its own core, adapter and
// connections. Slack's Socket Mode gives each event to one of the app's
// connections, and delivers it again (on any connection) when its ack did
// not arrive; slackHub does the same with the fake's Web API.

// slackHub is the fake Slack with one Socket Mode connection per replica:
// replica n calls the Web API under /r/n/api/ and is given /ws?replica=n.
type slackHub struct {
	t *testing.T
	f *fakeSlack

	mu      sync.Mutex
	conns   map[int]*hubConn
	dead    map[int]bool
	stalled map[int]bool            // the replica's acks no longer reach Slack
	lost    map[string]bool         // envelope ids whose ack never arrives
	lostKey map[int]map[string]bool // by replica, the messages ("channel:ts") it got unacknowledged
	lostEv  map[int][]map[string]any
	sentTo  map[string]sentEnv // envelope id -> where it went and what it carried
	envs    int
}

// sentEnv is an envelope the hub delivered.
type sentEnv struct {
	replica int
	ts      string
}

type hubConn struct {
	mu sync.Mutex
	c  *websocket.Conn
}

func (c *hubConn) write(data []byte) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.c.WriteMessage(websocket.TextMessage, data)
}

func newSlackHub(t *testing.T) *slackHub {
	h := &slackHub{
		t: t,
		f: &fakeSlack{t: t, sent: map[string]time.Time{}, acks: map[string]time.Time{},
			limited: map[string]int{}, failures: map[string]string{}},
		conns: map[int]*hubConn{}, dead: map[int]bool{}, stalled: map[int]bool{},
		lost: map[string]bool{}, lostKey: map[int]map[string]bool{}, lostEv: map[int][]map[string]any{},
		sentTo: map[string]sentEnv{},
	}
	mux := http.NewServeMux()
	mux.HandleFunc("/r/{n}/api/{method}", h.api)
	mux.HandleFunc("/ws", h.websocket)
	h.f.srv = httptest.NewServer(mux)
	t.Cleanup(func() {
		h.mu.Lock()
		for _, c := range h.conns {
			_ = c.c.NetConn().Close()
		}
		h.mu.Unlock()
		h.f.srv.Close()
	})
	return h
}

func (h *slackHub) apiURL(n int) string { return fmt.Sprintf("%s/r/%d/api/", h.f.srv.URL, n) }

func (h *slackHub) api(w http.ResponseWriter, r *http.Request) {
	method := r.PathValue("method")
	if method == "apps.connections.open" {
		if r.Header.Get("Authorization") != "Bearer "+testAppToken {
			writeJSON(w, map[string]any{"ok": false, "error": "invalid_auth"})
			return
		}
		ws := "ws" + strings.TrimPrefix(h.f.srv.URL, "http") + "/ws?replica=" + r.PathValue("n")
		writeJSON(w, map[string]any{"ok": true, "url": ws})
		return
	}
	r.URL.Path = "/api/" + method
	h.f.api(w, r)
}

func (h *slackHub) websocket(w http.ResponseWriter, r *http.Request) {
	n, _ := strconv.Atoi(r.URL.Query().Get("replica"))
	h.mu.Lock()
	dead := h.dead[n]
	h.mu.Unlock()
	if dead {
		http.Error(w, "gone", http.StatusGone)
		return
	}
	up := websocket.Upgrader{CheckOrigin: func(*http.Request) bool { return true }}
	conn, err := up.Upgrade(w, r, nil)
	if err != nil {
		return
	}
	c := &hubConn{c: conn}
	if err := c.write([]byte(`{"type":"hello","num_connections":3,"connection_info":{"app_id":"A111"},"debug_info":{"host":"fake"}}`)); err != nil {
		_ = conn.Close()
		return
	}
	h.mu.Lock()
	h.conns[n] = c
	h.mu.Unlock()
	for {
		_, data, err := conn.ReadMessage()
		if err != nil {
			return
		}
		var ack struct {
			EnvelopeID string `json:"envelope_id"`
		}
		if json.Unmarshal(data, &ack) != nil || ack.EnvelopeID == "" {
			continue
		}
		h.mu.Lock()
		lost := h.lost[ack.EnvelopeID]
		h.mu.Unlock()
		if lost {
			continue
		}
		h.f.mu.Lock()
		if _, dup := h.f.acks[ack.EnvelopeID]; !dup {
			h.f.acks[ack.EnvelopeID] = time.Now()
		}
		h.f.mu.Unlock()
	}
}

func (h *slackHub) connected(n int) bool {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.conns[n] != nil && !h.dead[n]
}

// live returns the replicas with a connection, in order.
func (h *slackHub) live() []int {
	h.mu.Lock()
	defer h.mu.Unlock()
	var out []int
	for n := range 10 {
		if h.conns[n] != nil && !h.dead[n] {
			out = append(out, n)
		}
	}
	return out
}

// deliver sends a message event to replica n, as retry attempt retry.
func (h *slackHub) deliver(n int, event map[string]any, retry int) {
	h.t.Helper()
	h.mu.Lock()
	h.envs++
	id := fmt.Sprintf("env-%d", h.envs)
	env := eventsEnvelope(id, retry, event)
	c := h.conns[n]
	h.sentTo[id] = sentEnv{replica: n, ts: event["ts"].(string)}
	if h.stalled[n] {
		key := event["channel"].(string) + ":" + event["ts"].(string)
		h.lost[id] = true
		if h.lostKey[n] == nil {
			h.lostKey[n] = map[string]bool{}
		}
		h.lostKey[n][key] = true
		h.lostEv[n] = append(h.lostEv[n], event)
	}
	h.mu.Unlock()
	data, err := json.Marshal(env)
	if err != nil {
		h.t.Fatal(err)
	}
	h.f.mu.Lock()
	h.f.sent[id] = time.Now()
	h.f.mu.Unlock()
	if err := c.write(data); err != nil {
		h.t.Fatalf("deliver to replica %d: %v", n, err)
	}
}

// acked returns the ts of the messages replica n acknowledged.
func (h *slackHub) acked(n int) []string {
	h.mu.Lock()
	sent := make(map[string]sentEnv, len(h.sentTo))
	for id, s := range h.sentTo {
		sent[id] = s
	}
	h.mu.Unlock()
	h.f.mu.Lock()
	defer h.f.mu.Unlock()
	var out []string
	for id, s := range sent {
		if _, ok := h.f.acks[id]; ok && s.replica == n {
			out = append(out, s.ts)
		}
	}
	return out
}

// stall makes replica n's acks stop reaching Slack from now on.
func (h *slackHub) stall(n int) {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.stalled[n] = true
}

// lostOn reports whether replica n got the message key without Slack
// receiving its ack.
func (h *slackHub) lostOn(n int, key string) bool {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.lostKey[n][key]
}

// bury cuts replica n's connection and refuses new ones; it returns the
// events Slack must deliver again, their acks never having arrived.
func (h *slackHub) bury(n int) []map[string]any {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.dead[n] = true
	if c := h.conns[n]; c != nil {
		_ = c.c.NetConn().Close()
	}
	return h.lostEv[n]
}

// netCut is one replica's network for the Web API: cut closes its
// connections and refuses new ones, as the sockets of a killed process
// close.
type netCut struct {
	mu    sync.Mutex
	conns []net.Conn
	dead  bool
}

func (n *netCut) dial(ctx context.Context, network, addr string) (net.Conn, error) {
	n.mu.Lock()
	dead := n.dead
	n.mu.Unlock()
	if dead {
		return nil, errors.New("the replica is dead")
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
		return nil, errors.New("the replica is dead")
	}
	n.conns = append(n.conns, c)
	return c, nil
}

func (n *netCut) cut() {
	n.mu.Lock()
	defer n.mu.Unlock()
	n.dead = true
	for _, c := range n.conns {
		_ = c.Close()
	}
}

// slackReplica is one schemabot process on the hub.
type slackReplica struct {
	n     int
	name  string
	db    string
	st    *state.Store
	ad    *Adapter
	net   *netCut
	stop  context.CancelFunc
	done  chan error
	dead  chan struct{}
	stuck atomic.Int32 // messages claimed and never posted
	once  sync.Once
}

// stallingCore is the core of a replica whose acks stopped reaching
// Slack: what it got unacknowledged, it claims and answers but never
// posts, as a process that froze and was then killed.
type stallingCore struct {
	*bot.Core
	r   *slackReplica
	hub *slackHub
}

func (c stallingCore) HandleStream(ctx context.Context, m chat.Message, partial func(string)) (chat.Reply, error) {
	reply, err := c.Core.HandleStream(ctx, m, partial)
	if err == nil && c.hub.lostOn(c.r.n, m.ID) {
		c.r.stuck.Add(1)
		<-c.r.dead
		return chat.Reply{}, bot.ErrDuplicate
	}
	return reply, err
}

func startSlackReplica(t *testing.T, h *slackHub, db string, n int, name string) *slackReplica {
	t.Helper()
	r := &slackReplica{n: n, name: name, db: db, net: &netCut{}, done: make(chan error, 1), dead: make(chan struct{})}
	st, err := state.OpenPostgres(context.Background(), statetest.WithApplication(t, db, name))
	if err != nil {
		t.Fatalf("%s: open the store: %v", name, err)
	}
	r.st = st
	log := slog.New(slog.DiscardHandler)
	core := realCore(t, bot.WithLogger(log), bot.WithHandledStore(st), bot.WithConversationStore(st),
		bot.WithReplyStore(st), bot.WithFeedbackStore(st))
	r.ad = New(Config{AppToken: testAppToken, BotToken: testBotToken}, core, WithAPIURL(h.apiURL(n)),
		WithLogger(log), WithShutdownGrace(5*time.Second))
	r.ad.core = stallingCore{Core: core, r: r, hub: h}
	r.ad.api = slackgo.New(testBotToken, slackgo.OptionAppLevelToken(testAppToken), slackgo.OptionAPIURL(h.apiURL(n)),
		slackgo.OptionHTTPClient(&http.Client{Transport: &http.Transport{DialContext: r.net.dial}}))
	ctx, cancel := context.WithCancel(context.Background())
	r.stop = cancel
	go func() { r.done <- r.ad.Run(ctx) }()
	waitFor(t, name+"'s socket mode connection", 10*time.Second, func() bool { return h.connected(n) && r.ad.Connected() })
	t.Cleanup(func() { r.shutdown(t) })
	return r
}

func (r *slackReplica) shutdown(t *testing.T) {
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

// kill stops the replica abruptly: its sockets close, the database drops
// its sessions (and the lock that said it was alive), and nothing it had
// in hand is posted.
func (r *slackReplica) kill(t *testing.T, h *slackHub) []map[string]any {
	t.Helper()
	var redeliver []map[string]any
	r.once.Do(func() {
		r.net.cut()
		redeliver = h.bury(r.n)
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
	return redeliver
}

// Three replicas on one Slack app: 200 questions, each answered exactly
// once. Each event goes to one connection; a quarter are delivered a
// second time to another replica (Slack retries an event whose ack came
// late). In the middle, one replica's socket stalls: its acks stop
// reaching Slack, and what it receives from then on it claims and never
// posts (it froze); Slack retries those events on the other connections
// at once, where they are duplicates while the replica lives; then the
// replica is killed, and Slack's later retries are answered by the
// survivors, which claim the messages of the dead replica (never
// delivered, and its liveness lock gone).
//
// Slack does not deliver an event again once it was acknowledged, and the
// adapter acks before answering: a replica killed between an ack that
// reached Slack and its post loses that question, as one process does. So
// the kill comes once the questions the victim acknowledged are answered.
func TestReplicaSlackAnswersEachQuestionOnce(t *testing.T) {
	db := statetest.Database(t)
	h := newSlackHub(t)
	reps := []*slackReplica{
		startSlackReplica(t, h, db, 0, "replica-0"),
		startSlackReplica(t, h, db, 1, "replica-1"),
		startSlackReplica(t, h, db, 2, "replica-2"),
	}
	answers := func(ts string) int {
		n := 0
		for _, c := range h.f.callsOf("chat.postMessage") {
			if c.Form.Get("thread_ts") == ts {
				n++
			}
		}
		return n
	}
	rng := rand.New(rand.NewPCG(14, 3))
	questions := make([]map[string]any, 0, 200)
	victim := reps[1]
	var redeliver []map[string]any
	for i, text := range answertest.Questions(200) {
		switch i {
		case 80:
			h.stall(victim.n)
		case 130:
			waitFor(t, "the stalled replica to claim questions it never posts", 10*time.Second,
				func() bool { return victim.stuck.Load() >= 1 })
			waitFor(t, "the answers to what the stalled replica acknowledged", 20*time.Second, func() bool {
				for _, ts := range h.acked(victim.n) {
					if answers(ts) == 0 {
						return false
					}
				}
				return true
			})
			redeliver = victim.kill(t, h)
		}
		ts := fmt.Sprintf("1700000100.%06d", i)
		ev := mentionEvent("C1", "UALICE", ts, "", "<@UBOT> "+text)
		questions = append(questions, ev)
		live := h.live()
		n := live[rng.IntN(len(live))]
		h.deliver(n, ev, 0)
		if h.lostOn(n, "C1:"+ts) || rng.IntN(4) == 0 {
			// Slack retries on another connection: the ack was late, or
			// never came.
			other := live[(slices.Index(live, n)+1+rng.IntN(len(live)-1))%len(live)]
			h.deliver(other, ev, 1)
		}
		time.Sleep(2 * time.Millisecond)
	}
	// Slack's later retries of the events the dead replica never acked.
	for _, ev := range redeliver {
		live := h.live()
		h.deliver(live[rng.IntN(len(live))], ev, 2)
	}

	deadline := time.Now().Add(60 * time.Second)
	for {
		missing := 0
		for _, ev := range questions {
			if answers(ev["ts"].(string)) == 0 {
				missing++
			}
		}
		if missing == 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("%d of %d questions never answered (%d held by the killed replica)", missing, len(questions), victim.stuck.Load())
		}
		time.Sleep(20 * time.Millisecond)
	}
	time.Sleep(300 * time.Millisecond) // time for a wrong second answer to show
	for _, ev := range questions {
		if n := answers(ev["ts"].(string)); n != 1 {
			t.Errorf("%d answers to %q, want exactly 1", n, ev["text"])
		}
	}
	if n := len(h.f.callsOf("chat.postMessage")); n != len(questions) {
		t.Errorf("%d messages posted for %d questions", n, len(questions))
	}
	t.Logf("%d questions, %d retried after the killed replica held them", len(questions), victim.stuck.Load())
}

// A follow-up answered by another replica keeps the thread's context, on
// Slack too.
func TestReplicaSlackFollowUpOnAnotherReplica(t *testing.T) {
	db := statetest.Database(t)
	h := newSlackHub(t)
	startSlackReplica(t, h, db, 0, "replica-a")
	startSlackReplica(t, h, db, 1, "replica-b")
	ctx := context.Background()
	eng := answertest.Engine(t)
	first, follow := "Qui pilote la fiche 12 en Isère ?", "et les partenaires ?"
	_, conv := eng.Ask(ctx, chat.CleanInput(first), chat.Conversation{})
	want, _ := eng.Ask(ctx, chat.CleanInput(follow), conv)
	cold, _ := eng.Ask(ctx, chat.CleanInput(follow), chat.Conversation{})
	if want.Text == cold.Text {
		t.Fatal("the follow-up reads the same with and without its thread: the test shows nothing")
	}
	h.deliver(0, mentionEvent("C1", "UALICE", "1700000300.000001", "", "<@UBOT> "+first), 0)
	waitFor(t, "replica A's answer", 10*time.Second, func() bool { return len(h.f.callsOf("chat.postMessage")) == 1 })
	h.deliver(1, mentionEvent("C1", "UALICE", "1700000300.000002", "1700000300.000001", "<@UBOT> "+follow), 0)
	waitFor(t, "replica B's answer", 10*time.Second, func() bool { return len(h.f.callsOf("chat.postMessage")) == 2 })
	time.Sleep(300 * time.Millisecond)
	posts := h.f.callsOf("chat.postMessage")
	if len(posts) != 2 {
		t.Fatalf("%d posts, want 2", len(posts))
	}
	p := posts[1]
	if p.Form.Get("thread_ts") != "1700000300.000001" {
		t.Errorf("the follow-up's answer went to thread %q", p.Form.Get("thread_ts"))
	}
	got := strings.Join(sections(t, p), "\n\n")
	if wantText := strings.Join(splitText(mrkdwn(want.Text), maxTextRunes), "\n\n"); got != wantText {
		t.Errorf("replica B answered the follow-up\n%s\nwant, with the thread's context,\n%s", got, wantText)
	}
}

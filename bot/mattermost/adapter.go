// Package mattermost connects the bot to Mattermost as a bot account: it
// listens on the server's WebSocket for posts that mention the bot or are
// sent to it directly, hands them to bot.Core and posts the replies in the
// thread. It only translates; the core decides what to answer.
package mattermost

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/gorilla/websocket"
	"github.com/mattermost/mattermost/server/public/model"

	"schemabot/bot"
	"schemabot/bot/chat"
)

// platform is the chat.Message.Platform and metrics label of this adapter.
const platform = "mattermost"

// Adapter answers Mattermost users through a bot.Core. Create it with New
// and start it with Run.
type Adapter struct {
	cfg     Config
	core    *bot.Core
	api     *model.Client4
	wsURL   string
	dialer  *websocket.Dialer
	metrics *bot.Metrics
	log     *slog.Logger

	// handle answers a message; it is core.HandleStream except in tests
	// that need a streamed answer before the engine can stream.
	handle func(ctx context.Context, m chat.Message, partial func(string)) (chat.Reply, error)

	minBackoff, maxBackoff time.Duration
	stableAfter            time.Duration // a connection that lived this long resets the backoff
	drainTimeout           time.Duration // how long Run waits for answers in flight
	answerTimeout          time.Duration
	requestTimeout         time.Duration
	maxRetries             int           // retries of a request refused with HTTP 429
	blipRetries            int           // retries of an idempotent request after a server blip
	retryBase              time.Duration // first wait before such a retry, doubling
	catchUpWindow          time.Duration // how far back the catch-up reads at most
	catchUpMargin          time.Duration // overlap with the last post seen, for clock skew
	startAttempts          int           // tries to reach the server at start-up before giving up

	// conn is the WebSocket's state for /healthz.
	conn *bot.Connection

	// lastSeen is the creation time (ms) of the newest post the bot has
	// seen; the catch-up after a reconnect starts a little before it.
	lastSeen atomic.Int64

	me atomic.Pointer[identity]

	mu      sync.Mutex
	answers map[string]string // bot post id -> chat.Reply.ID, for feedback
	order   []string          // post ids of answers, oldest first
	dms     map[string]string // user id -> id of the bot's direct channel with them

	inflight sync.WaitGroup
	lanes    chat.Lanes    // a user's questions, in the order asked
	sem      chan struct{} // bounds the answers computed at once
}

// identity is who the bot is on the server.
type identity struct {
	id       string
	username string
}

// maxRemembered bounds how many answer posts feedback can be given on.
const maxRemembered = 2000

// Option configures an Adapter.
type Option func(*Adapter)

// WithMetrics counts questions, latency, errors and reconnects in m.
func WithMetrics(m *bot.Metrics) Option { return func(a *Adapter) { a.metrics = m } }

// WithLogger sets the logger (slog.Default otherwise).
func WithLogger(l *slog.Logger) Option { return func(a *Adapter) { a.log = l } }

// WithBackoff sets the bounds of the delay between reconnection attempts
// (1 s doubling up to 60 s by default).
func WithBackoff(lo, hi time.Duration) Option {
	return func(a *Adapter) {
		if lo > 0 {
			a.minBackoff = lo
		}
		if hi >= a.minBackoff {
			a.maxBackoff = hi
		}
	}
}

// New returns an adapter for the server and bot account of cfg, answering
// with core.
func New(cfg Config, core *bot.Core, opts ...Option) *Adapter {
	api := model.NewAPIv4Client(cfg.URL)
	api.SetToken(cfg.Token)
	a := &Adapter{
		cfg:            cfg,
		core:           core,
		api:            api,
		wsURL:          websocketURL(cfg.URL),
		dialer:         &websocket.Dialer{Proxy: http.ProxyFromEnvironment, HandshakeTimeout: 20 * time.Second},
		log:            slog.Default(),
		handle:         core.HandleStream,
		minBackoff:     time.Second,
		maxBackoff:     time.Minute,
		stableAfter:    time.Minute,
		drainTimeout:   10 * time.Second,
		answerTimeout:  2 * time.Minute,
		requestTimeout: 30 * time.Second,
		maxRetries:     5,
		blipRetries:    4,
		retryBase:      500 * time.Millisecond,
		catchUpWindow:  24 * time.Hour,
		catchUpMargin:  2 * time.Minute,
		startAttempts:  4,
		conn:           bot.NewConnection(),
		answers:        map[string]string{},
		dms:            map[string]string{},
		sem:            make(chan struct{}, 8),
	}
	for _, o := range opts {
		o(a)
	}
	return a
}

// State reports whether the WebSocket is connected and since when (down
// since New before the first connection), for /healthz.
func (a *Adapter) State() (bool, time.Time) { return a.conn.State() }

// websocketURL turns the server's http(s) address into its ws(s) one.
func websocketURL(u string) string {
	if rest, ok := strings.CutPrefix(u, "https://"); ok {
		return "wss://" + rest
	}
	if rest, ok := strings.CutPrefix(u, "http://"); ok {
		return "ws://" + rest
	}
	return u
}

// Run connects to Mattermost and answers until ctx is done, reconnecting
// with backoff whenever the WebSocket drops. It then waits, for a bounded
// time, for the answers in flight to be posted. It returns an error only
// at start-up: when the server refuses the bot's token, is not a
// Mattermost server, or cannot be reached (see whoAmI); once started, it
// reconnects forever.
func (a *Adapter) Run(ctx context.Context) error {
	me, err := a.whoAmI(ctx)
	if err != nil {
		return err
	}
	if me == nil { // ctx done before the server answered
		return nil
	}
	a.me.Store(me)
	a.log.Info("mattermost: signed in", "bot", me.username, "server", a.cfg.URL)

	// Answers outlive ctx for a while so that a question being answered at
	// shutdown still gets its reply.
	work, cancelWork := context.WithCancel(context.WithoutCancel(ctx))
	defer cancelWork()
	a.listen(ctx, work, me)
	a.drain(cancelWork)
	return nil
}

// whoAmI asks the server who the token belongs to. Start-up is where a
// configuration mistake shows, so it ends with an error rather than
// retrying forever: at once for a refused token or an address that answers
// something other than Mattermost's API, and after startAttempts tries for
// a server that cannot be reached (a wrong host or port) or keeps failing.
// It returns nil, nil when ctx ends first.
func (a *Adapter) whoAmI(ctx context.Context) (*identity, error) {
	backoff := a.minBackoff
	for attempt := 1; ; attempt++ {
		var u *model.User
		resp, err := a.call(ctx, "get_me", func(ctx context.Context) (*model.Response, error) {
			var resp *model.Response
			var err error
			u, resp, err = a.api.GetMe(ctx, "")
			return resp, err
		})
		if err == nil && u != nil && u.Id != "" {
			return &identity{id: u.Id, username: u.Username}, nil
		}
		if ctx.Err() != nil {
			return nil, nil
		}
		retry, ferr := a.startError(resp, err)
		if !retry || attempt >= a.startAttempts {
			return nil, ferr
		}
		wait := jitter(backoff)
		a.log.Warn("mattermost: cannot reach the server, retrying", "err", err, "attempt", attempt, "in", wait.Round(time.Millisecond))
		if !sleep(ctx, wait) {
			return nil, nil
		}
		backoff = min(2*backoff, a.maxBackoff)
	}
}

// startError explains why GET /users/me failed at start-up, and whether
// trying again may help: only when nothing answered (a refused
// connection, a timeout, a name that does not resolve) or when Mattermost
// itself answered with a server error.
func (a *Adapter) startError(resp *model.Response, err error) (retry bool, _ error) {
	status := 0
	if resp != nil {
		status = resp.StatusCode
	}
	var appErr *model.AppError
	isAPI := errors.As(err, &appErr) // Mattermost's own JSON error
	switch {
	case status == http.StatusUnauthorized || status == http.StatusForbidden:
		return false, fmt.Errorf("mattermost refused the bot's token (HTTP %d): check MATTERMOST_TOKEN and that the bot account is enabled", status)
	case status == http.StatusNotFound:
		return false, errors.New("no Mattermost API at MATTERMOST_URL (HTTP 404): check the server address")
	case status == 0:
		return true, fmt.Errorf("cannot reach Mattermost at MATTERMOST_URL (%s): check the address and that the server is up: %w", a.cfg.URL, errors.Unwrap(err))
	case status >= 500 && isAPI:
		return true, fmt.Errorf("mattermost at MATTERMOST_URL keeps failing (HTTP %d): %w", status, err)
	}
	// A 200 that is not a user, an HTML page, a proxy's error: whatever
	// answers is not Mattermost's API, and retrying will not change it.
	// The body is not quoted: it may be a whole page.
	return false, fmt.Errorf("the server at MATTERMOST_URL (%s) is not a Mattermost server (HTTP %d with no Mattermost API answer): check the address, without /api/v4", a.cfg.URL, status)
}

// listen keeps a WebSocket connection open until ctx is done, reconnecting
// with exponential backoff and jitter; the backoff starts over after a
// connection that stayed up for stableAfter.
func (a *Adapter) listen(ctx, work context.Context, me *identity) {
	backoff := a.minBackoff
	everConnected := false
	var res resume
	for ctx.Err() == nil {
		var connectedAt time.Time
		err := a.session(ctx, work, me, &res, func() {
			connectedAt = time.Now()
			a.conn.Set(true)
			if everConnected {
				a.log.Info("mattermost: reconnected")
				if a.metrics != nil {
					a.metrics.Reconnects.WithLabelValues(platform).Inc()
				}
			}
			everConnected = true
		})
		a.conn.Set(false)
		if ctx.Err() != nil {
			return
		}
		if !connectedAt.IsZero() && time.Since(connectedAt) >= a.stableAfter {
			backoff = a.minBackoff
		}
		wait := jitter(backoff)
		a.log.Warn("mattermost: websocket lost, reconnecting", "err", err, "in", wait.Round(time.Millisecond))
		a.countError("websocket")
		if !sleep(ctx, wait) {
			return
		}
		backoff = min(2*backoff, a.maxBackoff)
	}
}

// resume is where a WebSocket connection stopped: the server's id for it
// and the sequence number of the next event. Reconnecting with them lets
// the server replay the events missed in between, when it still has them.
type resume struct {
	connID string
	next   int64
}

// session runs one WebSocket connection until it drops (the error says
// why) or ctx is done (nil).
func (a *Adapter) session(ctx, work context.Context, me *identity, res *resume, connected func()) error {
	// The client sends the authentication challenge with the token as its
	// first message; it does not reconnect by itself. The "reliable" form
	// only adds connection_id and sequence_number to the URL, as the web
	// app does; a server that does not know them starts afresh with a new
	// "hello".
	ws, err := model.NewReliableWebSocketClientWithDialer(a.dialer, a.wsURL, a.cfg.Token, res.connID, int(res.next), false)
	if err != nil {
		return fmt.Errorf("connect websocket: %w", err)
	}
	connected()
	ws.Listen()
	// Posts made while the bot was not listening (a restart, a dropped
	// connection the server could not resume) are read back from the API;
	// the core's handled store keeps a replayed post from being answered
	// twice.
	a.inflight.Add(1)
	go func() {
		defer a.inflight.Done()
		if err := a.catchUp(ctx, work, me); err != nil && ctx.Err() == nil {
			a.log.Warn("mattermost: catch-up failed; posts made while disconnected may be unanswered", "err", err)
			a.countError("catchup")
		}
	}()
	events, responses := ws.EventChannel, ws.ResponseChannel
	defer func() {
		ws.Close()
		// The reader goroutine blocks on full channels: empty them until
		// it has closed them.
		for events != nil || responses != nil {
			select {
			case _, ok := <-events:
				if !ok {
					events = nil
				}
			case _, ok := <-responses:
				if !ok {
					responses = nil
				}
			}
		}
	}()
	for {
		select {
		case <-ctx.Done():
			return nil
		case <-ws.PingTimeoutChannel:
			return errors.New("the server stopped sending pings")
		case r, ok := <-responses:
			if !ok {
				responses = nil
				continue
			}
			if r.Status != model.StatusOk {
				a.log.Warn("mattermost: websocket request refused", "seq", r.SeqReply, "err", r.Error)
			}
		case ev, ok := <-events:
			if !ok {
				events = nil
				if ws.ListenError != nil {
					return ws.ListenError
				}
				return errors.New("websocket closed by the server")
			}
			a.track(res, ev)
			a.dispatch(ctx, work, me, ev)
		}
	}
}

// track notes the connection id and sequence number of an event.
func (a *Adapter) track(res *resume, ev *model.WebSocketEvent) {
	if ev.EventType() == model.WebsocketEventHello {
		id, _ := ev.GetData()["connection_id"].(string)
		if res.connID != "" && id != res.connID {
			a.log.Info("mattermost: the server could not resume the connection; the catch-up reads the posts missed")
		}
		res.connID = id
	}
	res.next = ev.GetSequence() + 1
}

// dispatch routes one WebSocket event.
func (a *Adapter) dispatch(ctx, work context.Context, me *identity, ev *model.WebSocketEvent) {
	switch ev.EventType() {
	case model.WebsocketEventHello:
		a.log.Debug("mattermost: websocket ready")
	case model.WebsocketEventPosted:
		m, ok := a.messageFromPosted(me, ev)
		if !ok {
			return
		}
		received := time.Now()
		a.spawnFor(ctx, work, m.User, func(ctx context.Context) { a.answer(ctx, me, m, received) })
	case model.WebsocketEventReactionAdded:
		act, ok := a.feedbackFromReaction(me, ev)
		if !ok {
			return
		}
		a.spawn(ctx, work, func(ctx context.Context) {
			if _, err := a.core.Act(ctx, act); err != nil {
				a.log.Error("mattermost: feedback not recorded", "err", err)
				a.countError("feedback")
			}
		})
	}
}

// spawnFor is spawn for a user's question: a user's questions run in the
// order they were asked, so the rate limit and the thread's context see them
// in that order.
func (a *Adapter) spawnFor(ctx, work context.Context, user string, fn func(context.Context)) {
	var c context.Context // set by the goroutine that runs the lane
	run := a.lanes.Queue(user, func() {
		if c != nil {
			fn(c)
		}
	})
	if !a.spawn(ctx, work, func(ctx context.Context) { c = ctx; run() }) {
		go run() // shutting down: only let the lane go
	}
}

// spawn runs fn in its own goroutine, at most cap(sem) at once, with a
// context derived from work. It gives up when ctx ends first, and reports
// whether fn was started.
func (a *Adapter) spawn(ctx, work context.Context, fn func(context.Context)) bool {
	select {
	case a.sem <- struct{}{}:
	case <-ctx.Done():
		return false
	}
	a.inflight.Add(1)
	go func() {
		defer a.inflight.Done()
		defer func() { <-a.sem }()
		defer func() {
			if p := recover(); p != nil {
				a.log.Error("mattermost: answer failed", "panic", p)
				a.countError("panic")
			}
		}()
		c, cancel := context.WithTimeout(work, a.answerTimeout)
		defer cancel()
		fn(c)
	}()
	return true
}

// drain waits for the answers in flight, at most drainTimeout, then cancels
// them.
func (a *Adapter) drain(cancelWork context.CancelFunc) {
	done := make(chan struct{})
	go func() {
		a.inflight.Wait()
		close(done)
	}()
	t := time.NewTimer(a.drainTimeout)
	defer t.Stop()
	select {
	case <-done:
		return
	case <-t.C:
	}
	a.log.Warn("mattermost: answers still in flight at shutdown, cancelling them")
	cancelWork()
	select {
	case <-done:
	case <-time.After(2 * time.Second):
	}
}

func (a *Adapter) countError(kind string) {
	if a.metrics != nil {
		a.metrics.Errors.WithLabelValues(platform, kind).Inc()
	}
}

// jitter returns a delay between d/2 and d.
func jitter(d time.Duration) time.Duration {
	if d <= 1 {
		return d
	}
	half := d / 2
	return half + rand.N(d-half+1)
}

// sleep waits d and reports whether ctx is still alive.
func sleep(ctx context.Context, d time.Duration) bool {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return true
	case <-ctx.Done():
		return false
	}
}

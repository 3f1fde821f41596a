// Package slack connects the bot to Slack over Socket Mode, so that no
// public URL is needed. It only translates: Slack events in, bot.Core calls,
// Slack messages out.
package slack

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	slackgo "github.com/slack-go/slack"
	"github.com/slack-go/slack/slackevents"
	"github.com/slack-go/slack/socketmode"

	"schemabot/bot"
	"schemabot/bot/chat"
)

// platform is the chat.Message platform and the metrics label.
const platform = "slack"

// sorry is posted when the core fails on a message; users never see internals.
const sorry = "Désolé, je n'ai pas pu traiter votre demande. Réessayez dans un instant."

// answerer is what the adapter uses of bot.Core.
type answerer interface {
	HandleStream(ctx context.Context, m chat.Message, partial func(text string)) (chat.Reply, error)
	Command(ctx context.Context, m chat.Message, args []string) (chat.Reply, error)
	Act(ctx context.Context, ev bot.ActionEvent) (chat.Reply, error)
}

// Adapter answers Slack messages with a bot.Core.
type Adapter struct {
	cfg     Config
	core    answerer
	apiURL  string
	metrics *bot.Metrics
	log     *slog.Logger
	// grace bounds how long Run waits for answers in flight on shutdown.
	grace time.Duration
	// updateEvery is the shortest time between two edits of a streamed answer.
	updateEvery time.Duration
	// maxRetries bounds the retries of one call after HTTP 429.
	maxRetries int

	api       *slackgo.Client
	botUser   string // the bot's user id, from auth.test
	connected atomic.Bool
	conn      *bot.Connection // connected with its time, for /healthz
	inflight  sync.WaitGroup
	lanes     chat.Lanes // a user's questions, in the order asked

	mu        sync.Mutex
	envelopes map[string]time.Time // envelope ids already handled
}

// Option configures an Adapter.
type Option func(*Adapter)

// WithAPIURL sends the Web API calls to u instead of https://slack.com/api/
// (tests point it at an httptest server).
func WithAPIURL(u string) Option {
	return func(a *Adapter) {
		if u != "" && !strings.HasSuffix(u, "/") {
			u += "/"
		}
		a.apiURL = u
	}
}

// WithMetrics records questions, latency, errors and reconnects in m.
func WithMetrics(m *bot.Metrics) Option { return func(a *Adapter) { a.metrics = m } }

// WithLogger sets the logger (slog.Default otherwise).
func WithLogger(l *slog.Logger) Option { return func(a *Adapter) { a.log = l } }

// WithShutdownGrace sets how long Run waits for answers in flight once its
// context is done (10 s by default).
func WithShutdownGrace(d time.Duration) Option { return func(a *Adapter) { a.grace = d } }

// New returns an adapter answering with core. Call Run to connect.
func New(cfg Config, core *bot.Core, opts ...Option) *Adapter {
	a := &Adapter{
		cfg:         cfg,
		core:        core,
		apiURL:      slackgo.APIURL,
		log:         slog.Default(),
		grace:       10 * time.Second,
		updateEvery: time.Second,
		maxRetries:  5,
		envelopes:   map[string]time.Time{},
		conn:        bot.NewConnection(),
	}
	for _, o := range opts {
		o(a)
	}
	a.log = a.log.With("platform", platform)
	// The Web API client exists from the start: the reminder scheduler may
	// post through the adapter while Run is still connecting.
	a.api = slackgo.New(a.cfg.BotToken,
		slackgo.OptionAppLevelToken(a.cfg.AppToken),
		slackgo.OptionAPIURL(a.apiURL),
		slackgo.OptionLog(logWriter{a.log}))
	return a
}

// Connected reports whether the Socket Mode connection is up, for a health
// check.
func (a *Adapter) Connected() bool { return a.connected.Load() }

// State reports whether the Socket Mode connection is up and since when,
// for /healthz.
func (a *Adapter) State() (bool, time.Time) { return a.conn.State() }

// setConnected records the connection's state.
func (a *Adapter) setConnected(up bool) {
	a.connected.Store(up)
	a.conn.Set(up)
}

// Run connects to Slack and answers until ctx is done, then waits for the
// answers in flight (at most the shutdown grace) before returning. It returns
// nil on such a shutdown, and an error when Slack refuses the tokens or the
// connection cannot be kept. Run must be called once.
func (a *Adapter) Run(ctx context.Context) error {

	var auth *slackgo.AuthTestResponse
	err := a.call(ctx, "auth.test", func(ctx context.Context) error {
		var err error
		auth, err = a.api.AuthTestContext(ctx)
		return err
	})
	if err != nil {
		return fmt.Errorf("slack auth.test with %s: %w", EnvBotToken, err)
	}
	a.botUser = auth.UserID
	a.log.Info("slack bot authenticated", "user", auth.User, "user_id", auth.UserID, "team", auth.Team)

	client := socketmode.New(a.api, socketmode.OptionLog(logWriter{a.log}))
	// Answers in flight outlive ctx by the grace period: a SIGTERM lets them
	// finish instead of cutting a reply in half.
	work, cancelWork := context.WithCancel(context.WithoutCancel(ctx))
	defer cancelWork()

	runErr := make(chan error, 1)
	go func() { runErr <- client.RunContext(ctx) }()

	var fatal error
loop:
	for {
		select {
		case <-ctx.Done():
			break loop
		case err := <-runErr:
			runErr = nil
			if ctx.Err() == nil {
				fatal = fmt.Errorf("slack socket mode with %s: %w", EnvAppToken, err)
			}
			break loop
		case evt := <-client.Events:
			a.dispatch(work, client, evt)
		}
	}
	a.setConnected(false)
	a.drain(cancelWork)
	if runErr != nil {
		<-runErr // RunContext returns once ctx is done
	}
	return fatal
}

// drain waits for the answers in flight, at most the grace period, then
// cancels them.
func (a *Adapter) drain(cancel context.CancelFunc) {
	done := make(chan struct{})
	go func() { a.inflight.Wait(); close(done) }()
	t := time.NewTimer(a.grace)
	defer t.Stop()
	select {
	case <-done:
		return
	case <-t.C:
	}
	a.log.Warn("shutdown: cancelling answers still in flight", "grace", a.grace)
	cancel()
	<-done
}

// dispatch handles one socketmode event. It runs on the event loop, so it
// only acks, filters and starts the work in a goroutine.
func (a *Adapter) dispatch(ctx context.Context, client *socketmode.Client, evt socketmode.Event) {
	received := time.Now()
	switch evt.Type {
	case socketmode.EventTypeConnecting:
		a.setConnected(false)
		if ce, ok := evt.Data.(*slackgo.ConnectingEvent); ok && ce.ConnectionCount > 0 && ce.Attempt == 1 {
			a.log.Info("slack reconnecting")
			if a.metrics != nil {
				a.metrics.Reconnects.WithLabelValues(platform).Inc()
			}
		}
		return
	case socketmode.EventTypeConnected:
		a.setConnected(true)
		a.log.Info("slack connected")
		return
	case socketmode.EventTypeConnectionError:
		a.setConnected(false)
		a.fail("connection", "slack connection failed", dataErr(evt.Data))
		return
	case socketmode.EventTypeInvalidAuth:
		a.fail("auth", "slack refused the app-level token", errors.New("invalid auth"))
		return
	case socketmode.EventTypeErrorBadMessage:
		// An envelope slack-go could not parse is still acked, or Slack
		// would deliver it again and again.
		if bad, ok := evt.Data.(*socketmode.ErrorBadMessage); ok {
			var env struct {
				EnvelopeID string `json:"envelope_id"`
			}
			if json.Unmarshal(bad.Message, &env) == nil && env.EnvelopeID != "" {
				a.ack(client, socketmode.Request{EnvelopeID: env.EnvelopeID})
			}
			a.fail("bad_message", "unreadable slack envelope", bad.Cause)
		}
		return
	case socketmode.EventTypeIncomingError, socketmode.EventTypeErrorWriteFailed:
		a.fail("socket", "slack socket error", dataErr(evt.Data))
		return
	case socketmode.EventTypeEventsAPI, socketmode.EventTypeSlashCommand, socketmode.EventTypeInteractive:
	default:
		return
	}
	if evt.Request == nil {
		return
	}
	a.ack(client, *evt.Request)
	if !a.firstDelivery(evt.Request.EnvelopeID) {
		return
	}
	switch data := evt.Data.(type) {
	case slackevents.EventsAPIEvent:
		if m, ok := a.message(data); ok {
			a.spawn(a.lanes.Queue(m.User, func() { a.answer(ctx, m, received) }))
		}
	case slackgo.SlashCommand:
		a.spawn(func() { a.command(ctx, data) })
	case slackgo.InteractionCallback:
		if data.Type == slackgo.InteractionTypeBlockActions {
			a.spawn(func() { a.interaction(ctx, data) })
		}
	}
}

func (a *Adapter) ack(client *socketmode.Client, req socketmode.Request) {
	if err := client.Ack(req); err != nil {
		a.fail("ack", "slack ack failed", err)
	}
}

// firstDelivery reports whether an envelope id is new. Slack redelivers an
// envelope it thinks was not acked; the core also dedupes messages, this
// covers slash commands and clicks.
func (a *Adapter) firstDelivery(id string) bool {
	if id == "" {
		return true
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	now := time.Now()
	if _, ok := a.envelopes[id]; ok {
		return false
	}
	a.envelopes[id] = now
	if len(a.envelopes) > 10000 {
		for k, t := range a.envelopes {
			if now.Sub(t) > time.Hour {
				delete(a.envelopes, k)
			}
		}
	}
	return true
}

// spawn runs fn as an answer in flight; a panic in it is logged, not fatal.
func (a *Adapter) spawn(fn func()) {
	a.inflight.Add(1)
	go func() {
		defer a.inflight.Done()
		defer func() {
			if r := recover(); r != nil {
				a.fail("panic", "slack handler panicked", fmt.Errorf("%v", r))
			}
		}()
		fn()
	}()
}

// fail logs an error and counts it by kind.
func (a *Adapter) fail(kind, msg string, err error) {
	a.log.Error(msg, "kind", kind, "err", err)
	if a.metrics != nil {
		a.metrics.Errors.WithLabelValues(platform, kind).Inc()
	}
}

func dataErr(data any) error {
	switch d := data.(type) {
	case *slackgo.ConnectionErrorEvent:
		return d.ErrorObj
	case *slackgo.IncomingEventError:
		return d.ErrorObj
	case *socketmode.ErrorWriteFailed:
		return d.Cause
	case error:
		return d
	}
	return fmt.Errorf("%v", data)
}

// logWriter sends slack-go's own log lines to slog at debug level.
type logWriter struct{ l *slog.Logger }

func (w logWriter) Output(_ int, s string) error {
	w.l.Debug(strings.TrimSpace(s), "source", "slack-go")
	return nil
}

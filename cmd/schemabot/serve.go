package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"

	"schemabot/bot"
	"schemabot/bot/answer"
	"schemabot/bot/chat"
	"schemabot/bot/llm"
	"schemabot/bot/mattermost"
	"schemabot/bot/reminder"
	"schemabot/bot/slack"
	"schemabot/bot/state"
)

func init() {
	register(&subcommand{name: "serve", summary: "run the bot in Slack and/or Mattermost (configured from the environment or .env)", run: runServe})
}

// runner is a long-running part of the bot.
type runner interface {
	Run(ctx context.Context) error
}

// serveConfig is what serve reads from the environment, checked before
// anything starts.
type serveConfig struct {
	slack       slack.Config
	slackOn     bool
	mm          mattermost.Config
	mmOn        bool
	mmSlash     string
	opsAddr     string
	slashAddr   string        // the slash command's own listener; "" serves it on opsAddr, as before
	opsToken    string        // bearer token /feedback asks for; "" serves loopback only
	retention   time.Duration // feedback older than this is purged; 0 keeps it forever
	rateN       int
	rateWindow  time.Duration
	channels    []string
	reminders   []reminderTarget
	cron        string
	horizonDays int
	today       func() time.Time
}

type reminderTarget struct {
	platform string // "slack" or "mattermost"
	channel  string
	doc      string
}

// serveConfigFromEnv reads and checks the configuration. Every error is one
// line naming the variable and the shape it should have.
func serveConfigFromEnv(getenv func(string) string, todayFlag string) (serveConfig, error) {
	var c serveConfig
	var err error
	var errs errorList
	if c.slack, c.slackOn, err = slack.ConfigFromEnv(getenv); err != nil {
		errs = append(errs, err)
	}
	if c.mm, c.mmOn, err = mattermost.ConfigFromEnv(getenv); err != nil {
		errs = append(errs, err)
	}
	c.mmSlash = strings.TrimSpace(getenv("MATTERMOST_SLASH_TOKEN"))
	c.opsAddr = opsAddr(getenv)
	if _, _, err := net.SplitHostPort(c.opsAddr); err != nil {
		errs = append(errs, fail("opsAddrEnv", c.opsAddr))
	}
	if c.slashAddr = strings.TrimSpace(getenv("SCHEMABOT_SLASH_ADDR")); c.slashAddr != "" {
		if _, _, err := net.SplitHostPort(c.slashAddr); err != nil {
			errs = append(errs, fail("slashAddrEnv", c.slashAddr))
		} else if c.slashAddr == c.opsAddr {
			errs = append(errs, fail("slashAddrSame"))
		}
	}
	// The token is never echoed: an error names the rule, not the value.
	c.opsToken = opsToken(getenv)
	if c.opsToken != "" && (len(c.opsToken) < 16 || strings.ContainsAny(c.opsToken, " \t\r\n")) {
		errs = append(errs, fail("opsToken"))
	}
	if c.retention, err = feedbackRetention(getenv); err != nil {
		errs = append(errs, err)
	}
	c.rateN, c.rateWindow = 10, time.Minute
	if v := strings.TrimSpace(getenv("SCHEMABOT_RATE_LIMIT")); v != "" {
		if c.rateN, c.rateWindow, err = parseRateLimit(v); err != nil {
			errs = append(errs, err)
		}
	}
	for _, ch := range strings.Split(getenv("SCHEMABOT_CHANNELS"), ",") {
		if ch = strings.TrimSpace(ch); ch != "" {
			c.channels = append(c.channels, ch)
		}
	}
	for _, t := range strings.Split(getenv("SCHEMABOT_REMINDER_CHANNELS"), ",") {
		t = strings.TrimSpace(t)
		if t == "" {
			continue
		}
		parts := strings.Split(t, ":")
		if len(parts) < 2 || len(parts) > 3 || (parts[0] != "slack" && parts[0] != "mattermost") || parts[1] == "" {
			errs = append(errs, fail("reminderChannels", t))
			continue
		}
		rt := reminderTarget{platform: parts[0], channel: parts[1]}
		if len(parts) == 3 {
			rt.doc = parts[2]
		}
		c.reminders = append(c.reminders, rt)
	}
	c.cron = strings.TrimSpace(getenv("SCHEMABOT_REMINDER_CRON"))
	if c.cron != "" {
		if _, err := reminder.ParseSchedule(c.cron, time.Now()); err != nil {
			errs = append(errs, failWith(err, "reminderCron", c.cron))
		}
	}
	if v := strings.TrimSpace(getenv("SCHEMABOT_REMINDER_DAYS")); v != "" {
		if c.horizonDays, err = strconv.Atoi(v); err != nil || c.horizonDays <= 0 {
			errs = append(errs, fail("reminderDays", v))
		}
	}
	c.today = time.Now
	if todayFlag != "" || strings.TrimSpace(getenv("SCHEMABOT_TODAY")) != "" {
		d, err := asOf(&Env{Getenv: getenv}, todayFlag)
		if err != nil {
			errs = append(errs, err)
		} else {
			c.today = func() time.Time { return d }
		}
	}
	if len(errs) > 0 {
		return c, errs
	}
	if !c.slackOn && !c.mmOn {
		return c, fail("noPlatform")
	}
	for _, r := range c.reminders {
		if (r.platform == "slack" && !c.slackOn) || (r.platform == "mattermost" && !c.mmOn) {
			return c, fail("reminderPlatform", r.platform)
		}
	}
	return c, nil
}

// Bounds of SCHEMABOT_RATE_LIMIT: a limit outside them is a typo, not a
// policy.
const (
	maxRateQuestions = 100000
	minRateWindow    = time.Second
	maxRateWindow    = 7 * 24 * time.Hour
)

// parseRateLimit reads SCHEMABOT_RATE_LIMIT, questions/duration.
func parseRateLimit(v string) (int, time.Duration, error) {
	bad := func(why string) (int, time.Duration, error) {
		return 0, 0, failWith(fail(why), "rateLimit", maxRateQuestions, minRateWindow, "168h", v)
	}
	n, w, ok := strings.Cut(v, "/")
	if !ok {
		return bad("rateNoSlash")
	}
	count, err := strconv.Atoi(strings.TrimSpace(n))
	if err != nil {
		return bad("rateCountNotNumber")
	}
	window, err := time.ParseDuration(strings.TrimSpace(w))
	if err != nil {
		return bad("rateWindowNotDuration")
	}
	if count < 1 || count > maxRateQuestions {
		return bad("rateCountRange")
	}
	if window < minRateWindow || window > maxRateWindow {
		return bad("rateWindowRange")
	}
	return count, window, nil
}

func runServe(ctx context.Context, env *Env, args []string) error {
	fs := newFlags(env, "serve")
	common := addCommon(fs, env)
	today := fs.String("today", "", "behave as on this date (YYYY-MM-DD; env SCHEMABOT_TODAY)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	cfg, err := serveConfigFromEnv(env.Getenv, *today)
	if err != nil {
		return misconfigured(err)
	}
	log := slog.Default()
	engOpts := []answer.EngineOption{answer.WithToday(cfg.today)}
	// The model gets half the shutdown grace to finish the answers in
	// flight; then it is cut off and they are answered offline, posted
	// within the documented 10 s.
	if llmCfg, on, err := llm.ConfigFromEnv(env.Getenv); err != nil {
		return err
	} else if on {
		gen := answer.NewCutoffGenerator(llm.New(llmCfg, llm.WithLogger(log)))
		answer.CutOnShutdown(ctx, gen, modelGrace)
		engOpts = append(engOpts, answer.WithGenerator(gen))
	}
	eng, err := common.engine(ctx, env, engOpts...)
	if err != nil {
		return err
	}
	dir, err := common.data()
	if err != nil {
		return err
	}
	st, err := openSharedStore(ctx, env.Getenv, dir, log)
	if err != nil {
		return err
	}
	defer st.Close()

	reg := prometheus.NewRegistry()
	reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	metrics := bot.NewMetrics(reg)
	core := bot.NewCore(eng, bot.WithRateLimit(cfg.rateN, cfg.rateWindow), bot.WithAllowedChannels(cfg.channels...),
		bot.WithFeedbackStore(st), bot.WithLogger(log), bot.WithHandledStore(handledStore(st, log)),
		replyStore(st, log), bot.WithConversationStore(st))
	reminder.Register(core, eng.Library(), st, cfg.today)

	var runners []runner
	var sl *slack.Adapter
	var mm *mattermost.Adapter
	if cfg.slackOn {
		sl = slack.New(cfg.slack, core, slack.WithMetrics(metrics), slack.WithLogger(log))
		runners = append(runners, sl)
	}
	if cfg.mmOn {
		mm = mattermost.New(cfg.mm, core, mattermost.WithMetrics(metrics), mattermost.WithLogger(log))
		runners = append(runners, mm)
	}
	if len(cfg.reminders) > 0 {
		poster := &routePoster{slack: sl, mattermost: mm}
		var chans []reminder.Channel
		for _, r := range cfg.reminders {
			chans = append(chans, reminder.Channel{ID: r.platform + ":" + r.channel, Doc: r.doc})
		}
		sched, err := reminder.New(eng.Library(), st, poster, reminder.Config{Channels: chans, Schedule: cfg.cron,
			HorizonDays: cfg.horizonDays, Today: cfg.today, Logger: log,
			OnDigest: func(status string) { metrics.Digests.WithLabelValues(status).Inc() }})
		if err != nil {
			return failWith(err, "reminders")
		}
		runners = append(runners, sched)
	}

	runners = append(runners, &feedbackPurger{st: st, retention: cfg.retention, log: log})

	ops := bot.OpsHandlerReport(reg, bot.PlatformsHealth(healthDownAfter, nil, platformHealth(sl, mm)...))
	var slash http.Handler
	if mm != nil && cfg.mmSlash != "" {
		slash = mm.SlashHandler(cfg.mmSlash)
	} else if cfg.slashAddr != "" {
		log.Warn("SCHEMABOT_SLASH_ADDR is set but the slash command is off (it needs MATTERMOST_URL and MATTERMOST_SLASH_TOKEN): nothing listens there")
	}
	srvs, err := startHTTP(cfg.opsAddr, cfg.slashAddr, ops, feedbackHandler(st, cfg.opsToken), slash)
	if err != nil {
		return err
	}
	log.Info("schemabot serving", "ops", srvs.opsAddr, "slash", srvs.slashAddr, "feedback_token", cfg.opsToken != "",
		"slack", cfg.slackOn, "mattermost", cfg.mmOn, "reminders", len(cfg.reminders))
	err = runAll(ctx, runners)
	shutdownCtx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	srvs.shutdown(shutdownCtx)
	return err
}

// httpServers are serve's HTTP listeners: the ops one (/healthz, /metrics,
// /feedback) and, when SCHEMABOT_SLASH_ADDR is set, the slash command's.
type httpServers struct {
	opsAddr, slashAddr string // the bound addresses; slashAddr "" when the slash command has no listener of its own
	servers            []*http.Server
}

// startHTTP listens on opsAddr and, when slashAddr is set and there is a
// slash handler, on slashAddr. The slash command must be reachable by the
// Mattermost server, the ops address need not be: on its own listener it
// can be opened to the chat server (or a reverse proxy) while /metrics and
// /feedback stay local. Without slashAddr the command is served on the ops
// address, as before the setting existed.
func startHTTP(opsAddr, slashAddr string, ops, feedback, slash http.Handler) (*httpServers, error) {
	opsMux := http.NewServeMux()
	opsMux.Handle("/", ops)
	opsMux.Handle("/feedback", feedback)
	var slashMux *http.ServeMux
	if slash != nil {
		if slashAddr == "" {
			opsMux.Handle("/mattermost/command", slash)
		} else {
			slashMux = http.NewServeMux()
			slashMux.Handle("/mattermost/command", slash)
		}
	}
	hs := &httpServers{}
	ln, err := net.Listen("tcp", opsAddr)
	if err != nil {
		return nil, failWith(err, "listen", "SCHEMABOT_OPS_ADDR", opsAddr)
	}
	hs.opsAddr = ln.Addr().String()
	hs.serve(ln, opsMux)
	if slashMux != nil {
		sln, err := net.Listen("tcp", slashAddr)
		if err != nil {
			hs.shutdown(context.Background())
			return nil, failWith(err, "listen", "SCHEMABOT_SLASH_ADDR", slashAddr)
		}
		hs.slashAddr = sln.Addr().String()
		hs.serve(sln, slashMux)
	}
	return hs, nil
}

func (hs *httpServers) serve(ln net.Listener, h http.Handler) {
	srv := &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second}
	hs.servers = append(hs.servers, srv)
	go func() { _ = srv.Serve(ln) }()
}

func (hs *httpServers) shutdown(ctx context.Context) {
	for _, srv := range hs.servers {
		_ = srv.Shutdown(ctx)
	}
}

// feedbackPurgeEvery is how often serve deletes the feedback older than
// SCHEMABOT_FEEDBACK_RETENTION: daily is fine-grained enough for a
// retention counted in days.
const feedbackPurgeEvery = 24 * time.Hour

// feedbackPurger deletes old feedback at start and then once a day, so
// that users' questions are not kept past the retention.
type feedbackPurger struct {
	st        *state.Store
	retention time.Duration
	log       *slog.Logger
	every     time.Duration    // feedbackPurgeEvery when 0 (tests shorten it)
	now       func() time.Time // time.Now when nil
}

func (p *feedbackPurger) Run(ctx context.Context) error {
	if p.retention == 0 {
		p.log.Info("feedback is kept forever (SCHEMABOT_FEEDBACK_RETENTION=0)")
		return nil
	}
	every, now := p.every, p.now
	if every == 0 {
		every = feedbackPurgeEvery
	}
	if now == nil {
		now = time.Now
	}
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		// A failed purge is logged, not fatal: answering questions matters
		// more, and the next day tries again.
		if line, err := purgeFeedback(ctx, p.st, english, p.retention, now()); err != nil {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			p.log.Error("feedback purge failed", "err", err)
		} else {
			p.log.Info(line)
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-t.C:
		}
	}
}

// runAll runs every runner until ctx ends or one fails, which stops the others.
func runAll(ctx context.Context, rs []runner) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var wg sync.WaitGroup
	errc := make(chan error, len(rs))
	for _, r := range rs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := r.Run(ctx); err != nil && !errors.Is(err, context.Canceled) {
				errc <- err
				cancel()
			}
		}()
	}
	wg.Wait()
	close(errc)
	return <-errc
}

// routePoster sends reminder digests to the platform named in the channel
// id ("slack:C123", "mattermost:abc").
type routePoster struct {
	slack      *slack.Adapter
	mattermost *mattermost.Adapter
}

func (p *routePoster) Post(ctx context.Context, channel string, r chat.Reply) error {
	platform, id, _ := strings.Cut(channel, ":")
	switch {
	case platform == "slack" && p.slack != nil:
		return p.slack.Post(ctx, id, r)
	case platform == "mattermost" && p.mattermost != nil:
		return p.mattermost.Post(ctx, id, r)
	}
	return fmt.Errorf("no adapter for reminder channel %q", channel)
}

// Posted asks the platform whether a digest reached its channel, so that a
// digest interrupted by a crash is neither lost nor sent twice.
func (p *routePoster) Posted(ctx context.Context, channel, digestID string) (bool, error) {
	platform, id, _ := strings.Cut(channel, ":")
	switch {
	case platform == "slack" && p.slack != nil:
		return p.slack.Posted(ctx, id, digestID)
	case platform == "mattermost" && p.mattermost != nil:
		return p.mattermost.Posted(ctx, id, digestID)
	}
	return false, fmt.Errorf("no adapter for reminder channel %q", channel)
}

var _ reminder.PostChecker = (*routePoster)(nil)

// modelGrace is how long a SIGTERM lets the language model finish the
// answers in flight before they are given offline.
const modelGrace = 5 * time.Second

// healthDownAfter is how long a platform may be disconnected (a reconnect
// in progress) before /healthz answers 503.
const healthDownAfter = 2 * time.Minute

// platformHealth lists the configured platforms' connections for /healthz.
func platformHealth(sl *slack.Adapter, mm *mattermost.Adapter) []bot.PlatformHealth {
	var ps []bot.PlatformHealth
	if sl != nil {
		ps = append(ps, bot.PlatformHealth{Name: "slack", State: sl.State})
	}
	if mm != nil {
		ps = append(ps, bot.PlatformHealth{Name: "mattermost", State: mm.State})
	}
	return ps
}

// handledStore is where the core records the messages it answered: the
// state store, which implements bot.HandledStore (and bot.DeliveryTracker)
// in SQLite, so that a restart neither answers a redelivered message again
// nor loses one claimed by a process killed before posting. Memory is the
// fallback for a store without those methods.
func handledStore(st any, log *slog.Logger) bot.HandledStore {
	if h, ok := st.(bot.HandledStore); ok {
		return h
	}
	log.Warn("answered messages are remembered in memory only: after a restart, a redelivered question may be answered again")
	return bot.NewMemoryHandled()
}

// replyStore gives the core the state store as its bot.ReplyStore, so that
// a 👍/👎 on an answer posted before a restart is still saved with its
// question. Without it, the link lives in memory only.
func replyStore(st any, log *slog.Logger) bot.CoreOption {
	if r, ok := st.(bot.ReplyStore); ok {
		return bot.WithReplyStore(r)
	}
	log.Warn("answers are linked to their questions in memory only: after a restart, feedback is saved without its question")
	return bot.WithReplyStore(nil)
}

// openSharedStore opens the bot's state: the PostgreSQL database of DATABASE_URL
// when it is set, which several replicas share (see "Several replicas" in
// the README), else state.db in the data directory. The URL's password
// never reaches a log or an error.
func openSharedStore(ctx context.Context, getenv func(string) string, dir string, log *slog.Logger, opts ...state.Option) (*state.Store, error) {
	if u := strings.TrimSpace(getenv("DATABASE_URL")); u != "" {
		// A database started beside the bot (compose) may not answer yet.
		deadline := time.Now().Add(time.Minute)
		for {
			st, err := state.OpenPostgres(ctx, u, append(opts, state.WithLogger(log))...)
			if err == nil {
				log.Info("state store: PostgreSQL, shared by every replica", "database", st.Path())
				return st, nil
			}
			if !errors.Is(err, state.ErrUnreachable) || time.Now().After(deadline) {
				return nil, err
			}
			log.Warn("state store: PostgreSQL does not answer yet; retrying", "err", err)
			select {
			case <-ctx.Done():
				return nil, err
			case <-time.After(2 * time.Second):
			}
		}
	}
	return state.OpenDir(dir, append(opts, state.WithLogger(log))...)
}

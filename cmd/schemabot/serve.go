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
	var errs []string
	if c.slack, c.slackOn, err = slack.ConfigFromEnv(getenv); err != nil {
		errs = append(errs, err.Error())
	}
	if c.mm, c.mmOn, err = mattermost.ConfigFromEnv(getenv); err != nil {
		errs = append(errs, err.Error())
	}
	c.mmSlash = strings.TrimSpace(getenv("MATTERMOST_SLASH_TOKEN"))
	c.opsAddr = opsAddr(getenv)
	if _, _, err := net.SplitHostPort(c.opsAddr); err != nil {
		errs = append(errs, fmt.Sprintf("SCHEMABOT_OPS_ADDR must be host:port, e.g. 127.0.0.1:9464 (got %q)", c.opsAddr))
	}
	c.rateN, c.rateWindow = 10, time.Minute
	if v := strings.TrimSpace(getenv("SCHEMABOT_RATE_LIMIT")); v != "" {
		if c.rateN, c.rateWindow, err = parseRateLimit(v); err != nil {
			errs = append(errs, err.Error())
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
			errs = append(errs, fmt.Sprintf("SCHEMABOT_REMINDER_CHANNELS entries must be platform:channel[:document], e.g. slack:C0123456 or mattermost:abc123:isere-2020-2024 (got %q)", t))
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
			errs = append(errs, "SCHEMABOT_REMINDER_CRON: "+err.Error()+"; use 5 fields, e.g. 0 9 * * 1 for Mondays at 09:00")
		}
	}
	if v := strings.TrimSpace(getenv("SCHEMABOT_REMINDER_DAYS")); v != "" {
		if c.horizonDays, err = strconv.Atoi(v); err != nil || c.horizonDays <= 0 {
			errs = append(errs, fmt.Sprintf("SCHEMABOT_REMINDER_DAYS must be a number of days, e.g. 30 (got %q)", v))
		}
	}
	c.today = time.Now
	if todayFlag != "" || strings.TrimSpace(getenv("SCHEMABOT_TODAY")) != "" {
		d, err := asOf(&Env{Getenv: getenv}, todayFlag)
		if err != nil {
			errs = append(errs, strings.TrimPrefix(err.Error(), errUsage.Error()+": "))
		} else {
			c.today = func() time.Time { return d }
		}
	}
	if len(errs) > 0 {
		return c, errors.New(strings.Join(errs, "; "))
	}
	if !c.slackOn && !c.mmOn {
		return c, errors.New("no chat platform configured: set SLACK_APP_TOKEN and SLACK_BOT_TOKEN, or MATTERMOST_URL and MATTERMOST_TOKEN (see .env.example)")
	}
	for _, r := range c.reminders {
		if (r.platform == "slack" && !c.slackOn) || (r.platform == "mattermost" && !c.mmOn) {
			return c, fmt.Errorf("SCHEMABOT_REMINDER_CHANNELS names %s, which is not configured", r.platform)
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
		return 0, 0, fmt.Errorf("SCHEMABOT_RATE_LIMIT must be questions/duration, e.g. 10/1m, with 1 to %d questions per %s to %s: %s (got %q)",
			maxRateQuestions, minRateWindow, "168h", why, v)
	}
	n, w, ok := strings.Cut(v, "/")
	if !ok {
		return bad("no /")
	}
	count, err := strconv.Atoi(strings.TrimSpace(n))
	if err != nil {
		return bad("the number of questions is not a whole number in range")
	}
	window, err := time.ParseDuration(strings.TrimSpace(w))
	if err != nil {
		return bad("the duration does not parse")
	}
	if count < 1 || count > maxRateQuestions {
		return bad("the number of questions is out of range")
	}
	if window < minRateWindow || window > maxRateWindow {
		return bad("the duration is out of range")
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
		return fmt.Errorf("%w: %v", errUsage, err)
	}
	log := slog.Default()
	engOpts := []bot.EngineOption{bot.WithToday(cfg.today)}
	// The model gets half the shutdown grace to finish the answers in
	// flight; then it is cut off and they are answered offline, posted
	// within the documented 10 s.
	if llmCfg, on, err := llm.ConfigFromEnv(env.Getenv); err != nil {
		return err
	} else if on {
		gen := bot.NewCutoffGenerator(llm.New(llmCfg, llm.WithLogger(log)))
		bot.CutOnShutdown(ctx, gen, modelGrace)
		engOpts = append(engOpts, bot.WithGenerator(gen))
	}
	eng, err := common.engine(ctx, env, engOpts...)
	if err != nil {
		return err
	}
	dir, err := common.data()
	if err != nil {
		return err
	}
	st, err := state.OpenDir(dir)
	if err != nil {
		return err
	}
	defer st.Close()

	reg := prometheus.NewRegistry()
	reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	metrics := bot.NewMetrics(reg)
	core := bot.NewCore(eng, bot.WithRateLimit(cfg.rateN, cfg.rateWindow), bot.WithAllowedChannels(cfg.channels...),
		bot.WithFeedbackStore(st), bot.WithLogger(log), bot.WithHandledStore(handledStore(st, log)),
		replyStore(st, log))
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
			return fmt.Errorf("reminders: %w", err)
		}
		runners = append(runners, sched)
	}

	mux := http.NewServeMux()
	mux.Handle("/", bot.OpsHandlerReport(reg, bot.PlatformsHealth(healthDownAfter, nil, platformHealth(sl, mm)...)))
	mux.Handle("/feedback", feedbackHandler(st))
	if mm != nil && cfg.mmSlash != "" {
		mux.Handle("/mattermost/command", mm.SlashHandler(cfg.mmSlash))
	}
	ln, err := net.Listen("tcp", cfg.opsAddr)
	if err != nil {
		return fmt.Errorf("listen on SCHEMABOT_OPS_ADDR %s: %w", cfg.opsAddr, err)
	}
	srv := &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second}
	go func() { _ = srv.Serve(ln) }()
	log.Info("schemabot serving", "ops", ln.Addr().String(), "slack", cfg.slackOn, "mattermost", cfg.mmOn, "reminders", len(cfg.reminders))
	err = runAll(ctx, runners)
	shutdownCtx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	_ = srv.Shutdown(shutdownCtx)
	return err
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

func (p *routePoster) Post(ctx context.Context, channel string, r bot.Reply) error {
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

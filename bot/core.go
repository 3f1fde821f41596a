package bot

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sort"
	"strings"
	"sync"
	"time"

	"schemabot/bot/answer"
	"schemabot/bot/chat"
	"schemabot/bot/understand"
	"schemabot/corpus"
)

// CommandFunc answers a slash command; args are the words after the
// command's name.
type CommandFunc func(ctx context.Context, m chat.Message, args []string) (chat.Reply, error)

// Core is the conversation core: it keeps each thread's context, answers
// each message once, limits how often one user can ask, and dispatches slash
// commands. It is safe for concurrent use.
type Core struct {
	engine   *answer.Engine
	log      *slog.Logger
	commands map[string]command

	mu      sync.Mutex
	convs   map[string]*convEntry
	cs      ConversationStore // nil: thread context lives in convs only
	handled HandledStore
	lease   time.Duration // see WithClaimLease
	limiter *rateLimiter
	now     func() time.Time
	allowed map[string]bool // channel allow-list; nil allows every channel
	actions map[string]ActionFunc
	replies map[string]chat.Reply // recent replies by ID, for feedback: a cache of rs
	order   []string
	fb      FeedbackStore
	rs      ReplyStore // nil: feedback on answers before a restart loses its question
}

type command struct {
	fn   CommandFunc
	help string
}

type convEntry struct {
	conv chat.Conversation
	used time.Time
}

// CoreOption configures a Core.
type CoreOption func(*Core)

// WithRateLimit lets each user ask at most n questions per window.
func WithRateLimit(n int, window time.Duration) CoreOption {
	return func(c *Core) { c.limiter = newRateLimiter(n, window) }
}

// WithAllowedChannels restricts answers to these channel ids (direct
// messages are always answered). An empty list allows every channel.
func WithAllowedChannels(ids ...string) CoreOption {
	return func(c *Core) {
		if len(ids) == 0 {
			return
		}
		c.allowed = map[string]bool{}
		for _, id := range ids {
			c.allowed[id] = true
		}
	}
}

// WithFeedbackStore records feedback on answers in s.
func WithFeedbackStore(s FeedbackStore) CoreOption { return func(c *Core) { c.fb = s } }

// WithReplyStore keeps the link from each answer to its question in s, so
// that feedback given after a restart is still saved with its question.
func WithReplyStore(s ReplyStore) CoreOption { return func(c *Core) { c.rs = s } }

// WithLogger sets the logger (slog.Default otherwise).
func WithLogger(l *slog.Logger) CoreOption { return func(c *Core) { c.log = l } }

// WithClock sets the clock, for tests.
func WithClock(now func() time.Time) CoreOption { return func(c *Core) { c.now = now } }

// NewCore returns a core answering with engine.
func NewCore(engine *answer.Engine, opts ...CoreOption) *Core {
	c := &Core{
		engine:   engine,
		log:      slog.Default(),
		commands: map[string]command{},
		convs:    map[string]*convEntry{},
		now:      time.Now,
		actions:  map[string]ActionFunc{},
		replies:  map[string]chat.Reply{},
		lease:    DefaultClaimLease,
	}
	for _, o := range opts {
		o(c)
	}
	if c.handled == nil {
		c.handled = NewMemoryHandled()
	}
	c.registerBuiltins()
	return c
}

// Engine returns the answering engine.
func (c *Core) Engine() *answer.Engine { return c.engine }

// Register adds a slash sub-command (e.g. "echeances") with a one-line help.
func (c *Core) Register(name, help string, fn CommandFunc) {
	c.commands[corpus.Fold(name)] = command{fn: fn, help: help}
}

// ErrDuplicate is returned when a message was already answered.
var ErrDuplicate = errors.New("message already answered")

// ErrIgnored is returned for a message the bot must not answer (a channel
// outside the allow-list).
var ErrIgnored = errors.New("message ignored")

// claim records key in the handled store and reports whether it is new; an
// empty key is always new. When the store fails, the message is answered:
// a rare double answer is better than a question never answered.
func (c *Core) claim(ctx context.Context, key string) bool {
	if key == "" {
		return true
	}
	ok, err := c.handled.ClaimMessage(ctx, key, c.now())
	if err != nil {
		c.log.Warn("handled store failed, answering anyway", "err", err)
		return true
	}
	return ok
}

// Handle answers a chat message. It returns ErrDuplicate when the message was
// already handled (a retried event, a redelivery after a reconnect), and a
// polite reply when the user asks too often.
func (c *Core) Handle(ctx context.Context, m chat.Message) (chat.Reply, error) {
	return c.HandleStream(ctx, m, nil)
}

// HandleStream is Handle for front ends that can edit a message they posted:
// when the answer is generated progressively, partial is called with the text
// so far (at most about once a second) before the final reply is returned.
// partial may be nil.
func (c *Core) HandleStream(ctx context.Context, m chat.Message, partial func(text string)) (chat.Reply, error) {
	if c.allowed != nil && !m.Direct && !c.allowed[m.Channel] {
		return chat.Reply{}, ErrIgnored
	}
	if m.ID != "" && !c.claim(ctx, m.Platform+"/"+m.ID) && (!m.CatchUp || !c.takeOver(ctx, m.Platform+"/"+m.ID)) {
		return chat.Reply{}, ErrDuplicate
	}
	text := chat.CleanInput(m.Text)
	lang := understand.DetectLang(text)
	if c.limiter != nil && !c.limiter.allow(m.Platform+"/"+m.User, c.now()) {
		return chat.Reply{Answer: chat.Answer{Question: text, Text: msg(lang, msgRateLimited), Lang: lang}, Ephemeral: true}, nil
	}
	if strings.HasPrefix(text, "/schema") {
		return c.Command(ctx, m, strings.Fields(strings.TrimPrefix(text, "/schema")))
	}
	key := m.Platform + "/" + m.Channel + "/" + m.Thread
	conv := c.loadConversation(ctx, key)

	ans, next := c.engine.AskStream(ctx, text, conv, partial)

	c.saveConversation(ctx, key, next)
	return c.rememberFor(ctx, m.Platform, chat.Reply{Answer: ans}), nil
}

func (c *Core) evictLocked() {
	type kv struct {
		k string
		t time.Time
	}
	all := make([]kv, 0, len(c.convs))
	for k, e := range c.convs {
		all = append(all, kv{k, e.used})
	}
	sort.Slice(all, func(i, j int) bool { return all[i].t.Before(all[j].t) })
	for _, x := range all[:len(all)/2] {
		delete(c.convs, x.k)
	}
}

// Command runs a slash command: args[0] names the sub-command; no argument,
// or an unknown one, gives the help.
func (c *Core) Command(ctx context.Context, m chat.Message, args []string) (chat.Reply, error) {
	if len(args) == 0 {
		return c.help(), nil
	}
	switch corpus.Fold(args[0]) {
	case "aide", "help", "?", "-h", "--help":
		return c.help(), nil
	}
	cmd, ok := c.commands[corpus.Fold(args[0])]
	if !ok {
		// Anything else is a question: "/schema qui pilote la fiche 3 ?".
		ans, _ := c.engine.Ask(ctx, strings.Join(args, " "), chat.Conversation{})
		return c.rememberFor(ctx, m.Platform, chat.Reply{Answer: ans}), nil
	}
	r, err := cmd.fn(ctx, m, args[1:])
	if err != nil {
		c.log.Error("command failed", "command", args[0], "err", err)
		return chat.Reply{Answer: chat.Answer{Text: "La commande a échoué : " + userError(err), Lang: chat.French}, Ephemeral: true}, nil
	}
	return r, nil
}

func (c *Core) help() chat.Reply {
	names := make([]string, 0, len(c.commands))
	for n := range c.commands {
		names = append(names, n)
	}
	sort.Strings(names)
	var b strings.Builder
	b.WriteString("Posez une question sur le schéma (par exemple « Qui pilote la fiche 12 ? ») ou utilisez :\n")
	for _, n := range names {
		fmt.Fprintf(&b, "• `/schema %s`\n", c.commands[n].help)
	}
	return chat.Reply{Answer: chat.Answer{Text: b.String(), Found: true, Lang: chat.French}, Ephemeral: true}
}

// userError keeps what a user may read of an error: its first line, short.
func userError(err error) string {
	s := err.Error()
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		s = s[:i]
	}
	if len(s) > 200 {
		s = s[:200] + "…"
	}
	return s
}

type rateLimiter struct {
	mu     sync.Mutex
	n      int
	window time.Duration
	hits   map[string][]time.Time
}

func newRateLimiter(n int, window time.Duration) *rateLimiter {
	return &rateLimiter{n: n, window: window, hits: map[string][]time.Time{}}
}

func (r *rateLimiter) allow(key string, now time.Time) bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	h := r.hits[key]
	kept := h[:0]
	for _, t := range h {
		if now.Sub(t) < r.window {
			kept = append(kept, t)
		}
	}
	if len(kept) >= r.n {
		r.hits[key] = kept
		return false
	}
	r.hits[key] = append(kept, now)
	return true
}

// Package llm writes answers with any language model that speaks OpenAI's
// chat completions API (OpenAI, Mistral, Albert, Ollama, vLLM). It is an
// option that must never make the bot less reliable: every failure (a
// timeout, a stalled stream, garbage from the endpoint, an answer not
// grounded in the passages) is an error, after which the engine answers
// offline, and repeated failures start a cool-down during which calls fail
// at once.
package llm

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	openai "github.com/sashabaranov/go-openai"

	"schemabot/bot/answer"
	"schemabot/bot/chat"
	"schemabot/prompts"
)

// Errors a caller may tell apart, e.g. for metrics. All errors mean: answer
// offline.
var (
	// ErrCoolingDown is returned at once, without a request, after
	// repeated failures and until the cool-down ends. Packages that cannot
	// import llm (bot) recognise it by its method:
	//
	//	var cd interface{ CoolingDown() bool }
	//	if errors.As(err, &cd) && cd.CoolingDown() { … }
	ErrCoolingDown error = coolingDownError{}
	// ErrStalled is returned when a streamed answer stops coming.
	ErrStalled = errors.New("llm stream stalled")
	// ErrTimeout is returned when a call takes longer than its timeout.
	ErrTimeout = errors.New("llm call timed out")
)

type coolingDownError struct{}

func (coolingDownError) Error() string     { return "llm cooling down after repeated failures" }
func (coolingDownError) CoolingDown() bool { return true }

var (
	errEmpty     = errors.New("empty answer")
	errTruncated = errors.New("answer cut at the token limit")
	errFiltered  = errors.New("answer stopped by the provider's content filter")
	errTooLong   = errors.New("answer too long")
)

// maxAnswerBytes bounds a streamed answer.
const maxAnswerBytes = 64 << 10

// Client generates answers with an OpenAI-compatible endpoint. It
// implements answer.Generator and is safe for concurrent use.
type Client struct {
	cfg   Config
	api   *openai.Client
	log   *slog.Logger
	now   func() time.Time
	sleep func(ctx context.Context, d time.Duration) error
	http  *http.Client

	mu        sync.Mutex
	failures  int // failures in a row
	coolUntil time.Time
}

var _ answer.Generator = (*Client)(nil)

// Option configures a Client.
type Option func(*Client)

// WithLogger sets the logger (default slog.Default()).
func WithLogger(l *slog.Logger) Option { return func(c *Client) { c.log = l } }

// WithClock sets the clock the cool-down and Retry-After dates are read
// with (default time.Now).
func WithClock(now func() time.Time) Option { return func(c *Client) { c.now = now } }

// WithSleep sets how the client waits between retries (default: a timer
// that gives up when the context ends).
func WithSleep(sleep func(ctx context.Context, d time.Duration) error) Option {
	return func(c *Client) { c.sleep = sleep }
}

// WithHTTPClient sets the HTTP client requests go through (e.g. for a
// proxy); its Transport is wrapped with the retry logic. Its Timeout should
// be zero: Config.Timeout and the caller's context bound each call.
func WithHTTPClient(hc *http.Client) Option { return func(c *Client) { c.http = hc } }

// New returns a client for cfg; zero fields of cfg take their defaults.
func New(cfg Config, opts ...Option) *Client {
	c := &Client{cfg: cfg.withDefaults(), log: slog.Default(), now: time.Now, sleep: sleep, http: &http.Client{}}
	for _, o := range opts {
		o(c)
	}
	hc := *c.http
	next := hc.Transport
	if next == nil {
		next = http.DefaultTransport
	}
	hc.Transport = &retryTransport{
		next:       next,
		maxRetries: c.cfg.MaxRetries,
		base:       500 * time.Millisecond,
		maxWait:    20 * time.Second,
		now:        c.now,
		sleep:      c.sleep,
		log:        c.log,
	}
	oc := openai.DefaultConfig(c.cfg.APIKey)
	oc.BaseURL = c.cfg.BaseURL
	oc.HTTPClient = &hc
	c.api = openai.NewClientWithConfig(oc)
	return c
}

// Generate answers req.Question from req.Passages, streaming the text so
// far to req.OnToken, and returns the answer only when it passes Check.
// The text is defused: it cannot notify anyone.
func (c *Client) Generate(ctx context.Context, req answer.GenerateRequest) (answer.Generation, error) {
	if len(req.Passages) == 0 {
		return answer.Generation{}, errors.New("llm: no passages to answer from")
	}
	if err := c.admit(); err != nil {
		return answer.Generation{}, err
	}
	system, err := prompts.System(req.Lang)
	if err != nil {
		return answer.Generation{}, fmt.Errorf("llm: %w", err)
	}
	user, err := prompts.Question(req.Question, req.Lang, req.Passages)
	if err != nil {
		return answer.Generation{}, fmt.Errorf("llm: %w", err)
	}
	start := c.now()
	text, err := c.stream(ctx, []openai.ChatCompletionMessage{
		{Role: openai.ChatMessageRoleSystem, Content: system},
		{Role: openai.ChatMessageRoleUser, Content: user},
	}, req.OnToken)
	c.record(ctx, err)
	if err != nil {
		c.log.LogAttrs(ctx, slog.LevelDebug, "llm generation failed", slog.Any("error", err))
		return answer.Generation{}, fmt.Errorf("llm: %w", err)
	}
	if !marker.MatchString(text) && refusal(text) {
		return answer.Generation{}, fmt.Errorf("llm: %w", ErrNotAnswered)
	}
	cited, err := Check(text, req.Passages)
	if err != nil {
		c.log.LogAttrs(ctx, slog.LevelInfo, "llm answer rejected", slog.Any("error", err), slog.String("answer", text))
		return answer.Generation{}, fmt.Errorf("llm: %w", err)
	}
	c.log.LogAttrs(ctx, slog.LevelDebug, "llm answer", slog.Duration("took", c.now().Sub(start)), slog.Any("cited", cited))
	return answer.Generation{Text: chat.Defuse(text), Cited: cited}, nil
}

// Rewrite turns a question into a standalone French question for searching
// the documents: an English question is translated, and a follow-up is
// completed with the previous question (may be empty). It fails like
// Generate, within Config.RewriteTimeout.
func (c *Client) Rewrite(ctx context.Context, question, previous string) (string, error) {
	if err := c.admit(); err != nil {
		return "", err
	}
	prompt, err := prompts.Rewrite(question, previous)
	if err != nil {
		return "", fmt.Errorf("llm: %w", err)
	}
	cctx, cancel := context.WithTimeoutCause(ctx, c.cfg.RewriteTimeout, fmt.Errorf("%w after %s", ErrTimeout, c.cfg.RewriteTimeout))
	defer cancel()
	resp, err := c.api.CreateChatCompletion(cctx, c.request([]openai.ChatCompletionMessage{
		{Role: openai.ChatMessageRoleUser, Content: prompt},
	}, 200))
	var out string
	switch {
	case err != nil:
		err = explain(cctx, err, c.cfg)
	case len(resp.Choices) == 0:
		err = errEmpty
	default:
		out = cleanRewrite(resp.Choices[0].Message.Content)
		if out == "" {
			err = errEmpty
		} else if utf8.RuneCountInString(out) > 3*utf8.RuneCountInString(question+previous)+200 {
			err = errTooLong // an answer or a ramble, not a question
		}
	}
	c.record(ctx, err)
	if err != nil {
		c.log.LogAttrs(ctx, slog.LevelDebug, "llm rewrite failed", slog.Any("error", err))
		return "", fmt.Errorf("llm: rewrite: %w", err)
	}
	return out, nil
}

// cleanRewrite keeps the first line of a rewritten question, without
// quotes, label or mentions.
func cleanRewrite(s string) string {
	s = visible(s)
	for _, line := range strings.Split(s, "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if label, rest, ok := strings.Cut(line, ":"); ok && len(label) < 30 && strings.HasPrefix(fold(label), "question") {
			line = strings.TrimSpace(rest)
		}
		line = strings.Trim(line, "\"'`«»“” \u00a0")
		return chat.Defuse(chat.CleanInput(line))
	}
	return ""
}

// request builds a chat completion request. Reasoning models (o-series,
// gpt-5) refuse a temperature and max_tokens, and spend tokens thinking.
func (c *Client) request(msgs []openai.ChatCompletionMessage, maxTokens int) openai.ChatCompletionRequest {
	r := openai.ChatCompletionRequest{
		Model:       c.cfg.Model,
		Messages:    msgs,
		Temperature: c.cfg.Temperature,
		MaxTokens:   maxTokens,
	}
	if openai.NewReasoningValidator().Validate(r) != nil {
		r.Temperature = 0
		r.MaxTokens = 0
		r.MaxCompletionTokens = 4 * maxTokens
	}
	return r
}

// stream runs a streamed completion and returns its text. The whole call is
// bounded by Config.Timeout; once the first chunk has come, a watchdog
// cancels the stream when no chunk comes for Config.StallTimeout.
func (c *Client) stream(ctx context.Context, msgs []openai.ChatCompletionMessage, onToken func(string)) (string, error) {
	ctx, cancelTimeout := context.WithTimeoutCause(ctx, c.cfg.Timeout, fmt.Errorf("%w after %s", ErrTimeout, c.cfg.Timeout))
	defer cancelTimeout()
	ctx, cancel := context.WithCancelCause(ctx)
	defer cancel(nil)

	st, err := c.api.CreateChatCompletionStream(ctx, c.request(msgs, c.cfg.MaxTokens))
	if err != nil {
		return "", explain(ctx, err, c.cfg)
	}
	defer st.Close()

	var (
		watchdog *time.Timer
		raw      strings.Builder
		shown    string
	)
	defer func() {
		if watchdog != nil {
			watchdog.Stop()
		}
	}()
	for {
		chunk, err := st.Recv()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return "", explain(ctx, err, c.cfg)
		}
		if watchdog == nil {
			watchdog = time.AfterFunc(c.cfg.StallTimeout, func() { cancel(ErrStalled) })
		} else {
			watchdog.Reset(c.cfg.StallTimeout)
		}
		if len(chunk.Choices) == 0 {
			continue // a usage or keep-alive chunk
		}
		choice := chunk.Choices[0]
		raw.WriteString(choice.Delta.Content)
		if raw.Len() > maxAnswerBytes {
			return "", errTooLong
		}
		switch choice.FinishReason {
		case openai.FinishReasonLength:
			return "", errTruncated
		case openai.FinishReasonContentFilter:
			return "", errFiltered
		}
		if onToken != nil {
			if v := visible(raw.String()); v != shown && strings.TrimSpace(v) != "" {
				shown = v
				onToken(chat.Defuse(v))
			}
		}
	}
	text := strings.TrimSpace(visible(raw.String()))
	if text == "" {
		return "", errEmpty
	}
	return text, nil
}

// visible is the answer without the reasoning some models (DeepSeek R1,
// Qwen 3) write first between <think> tags.
func visible(raw string) string {
	t := strings.TrimLeft(raw, " \t\r\n")
	const open, closing = "<think>", "</think>"
	if strings.HasPrefix(t, open) {
		i := strings.Index(t, closing)
		if i < 0 {
			return ""
		}
		return strings.TrimLeft(t[i+len(closing):], " \t\r\n")
	}
	if len(t) < len(open) && strings.HasPrefix(open, t) {
		return "" // maybe the start of <think>
	}
	return t
}

// explain turns a failed call's error into one that says why: a stall, a
// timeout of ours or the caller giving up, rather than "context canceled".
func explain(ctx context.Context, err error, cfg Config) error {
	switch cause := context.Cause(ctx); {
	case errors.Is(cause, ErrStalled):
		return fmt.Errorf("%w: no data for %s", ErrStalled, cfg.StallTimeout)
	case cause != nil:
		return cause
	}
	return endpointError{err}
}

// endpointError keeps an endpoint's error short: go-openai puts the whole
// response body in its message.
type endpointError struct{ err error }

func (e endpointError) Error() string {
	s := strings.ToValidUTF8(e.err.Error(), "?")
	if len(s) > 300 {
		s = strings.ToValidUTF8(s[:300], "") + "…"
	}
	return s
}

func (e endpointError) Unwrap() error { return e.err }

// admit fails fast during a cool-down.
func (c *Client) admit() error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if now := c.now(); now.Before(c.coolUntil) {
		return fmt.Errorf("%w (%s left)", ErrCoolingDown, c.coolUntil.Sub(now).Round(time.Second))
	}
	return nil
}

// record counts failures in a row and starts a cool-down after
// Config.MaxFailures of them. A call the caller gave up on says nothing
// about the endpoint and is not counted.
func (c *Client) record(ctx context.Context, err error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if err == nil {
		c.failures = 0
		return
	}
	if ctx.Err() != nil {
		return
	}
	c.failures++
	if c.failures >= c.cfg.MaxFailures {
		c.coolUntil = c.now().Add(c.cfg.CoolDown)
		c.log.Warn("llm failing, answering offline for a while",
			slog.Int("failures", c.failures), slog.Duration("cool_down", c.cfg.CoolDown))
	}
}

package slack

import (
	"bytes"
	"context"
	"log/slog"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus"

	"schemabot/bot"
	"schemabot/bot/answer/answertest"
	"schemabot/bot/chat"
)

// syncBuffer is a log sink safe for concurrent writes.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// The real engine over the shipped documents is built once per test
// binary (building it is the slow part); each test gets its own core.
var ()

// realCore builds the real conversation core over the shipped documents.
func realCore(t testing.TB, opts ...bot.CoreOption) *bot.Core {
	t.Helper()
	return bot.NewCore(answertest.Engine(t), opts...)
}

// expectedAnswer is what the real engine answers to a fresh question.
func expectedAnswer(t testing.TB, question string) chat.Answer {
	t.Helper()
	ans, _ := answertest.Engine(t).Ask(context.Background(), chat.CleanInput(question), chat.Conversation{})
	return ans
}

// harness runs an Adapter against a fakeSlack.
type harness struct {
	t       testing.TB
	slack   *fakeSlack
	adapter *Adapter
	reg     *prometheus.Registry
	logs    *syncBuffer
	cancel  context.CancelFunc
	done    chan error
	stopped bool
}

type harnessOpt func(*Adapter)

// fakeCore replaces the real core, for behaviour the engine cannot show yet
// (streaming, hostile answers).
func withFakeCore(c answerer) harnessOpt { return func(a *Adapter) { a.core = c } }

func withGrace(d time.Duration) harnessOpt { return func(a *Adapter) { a.grace = d } }

// start runs an adapter answering with core until the test ends.
func start(t *testing.T, core *bot.Core, hopts ...harnessOpt) *harness {
	t.Helper()
	h := &harness{t: t, slack: newFakeSlack(t), reg: prometheus.NewRegistry(), logs: &syncBuffer{}}
	logger := slog.New(slog.NewTextHandler(h.logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	h.adapter = New(Config{AppToken: testAppToken, BotToken: testBotToken}, core,
		WithAPIURL(h.slack.apiURL()), WithMetrics(bot.NewMetrics(h.reg)), WithLogger(logger))
	for _, o := range hopts {
		o(h.adapter)
	}
	ctx, cancel := context.WithCancel(context.Background())
	h.cancel, h.done = cancel, make(chan error, 1)
	go func() { h.done <- h.adapter.Run(ctx) }()
	t.Cleanup(func() {
		h.stop()
		logs := h.logs.String()
		for _, secret := range []string{testAppToken, testBotToken, "secretapptoken", "secretbottoken"} {
			if strings.Contains(logs, secret) {
				t.Errorf("a token leaked into the logs:\n%s", logs)
			}
		}
		if t.Failed() {
			t.Logf("adapter logs:\n%s", logs)
		}
	})
	waitFor(t, "socket mode connection", 5*time.Second, func() bool {
		return h.slack.connections() > 0 && h.adapter.Connected()
	})
	return h
}

// stop cancels Run and waits for it, as a SIGTERM would; answers in flight
// finish first.
func (h *harness) stop() {
	h.t.Helper()
	if h.stopped {
		return
	}
	h.stopped = true
	h.cancel()
	select {
	case err := <-h.done:
		if err != nil {
			h.t.Errorf("Run: %v", err)
		}
	case <-time.After(15 * time.Second):
		h.t.Fatal("Run did not return after its context was cancelled")
	}
}

// sendAndWaitAck delivers an envelope and checks Slack got its ack promptly.
func (h *harness) sendAndWaitAck(env map[string]any) {
	h.t.Helper()
	h.slack.send(env)
	id := env["envelope_id"].(string)
	waitFor(h.t, "ack of "+id, 2*time.Second, func() bool { _, ok := h.slack.ackDelay(id); return ok })
	if d, _ := h.slack.ackDelay(id); d > time.Second {
		h.t.Errorf("envelope %s acked after %v, want under 1s", id, d)
	}
}

// metric returns a counter's or histogram's count with the given labels.
func (h *harness) metric(name string, labels map[string]string) float64 {
	h.t.Helper()
	mfs, err := h.reg.Gather()
	if err != nil {
		h.t.Fatal(err)
	}
	for _, mf := range mfs {
		if mf.GetName() != name {
			continue
		}
	next:
		for _, m := range mf.GetMetric() {
			for _, lp := range m.GetLabel() {
				if want, ok := labels[lp.GetName()]; ok && want != lp.GetValue() {
					continue next
				}
			}
			if m.GetHistogram() != nil {
				return float64(m.GetHistogram().GetSampleCount())
			}
			return m.GetCounter().GetValue()
		}
	}
	return 0
}

// sections returns the texts of a call's section blocks.
func sections(t testing.TB, c apiCall) []string {
	var out []string
	for _, b := range c.blocks(t) {
		if b["type"] != "section" {
			continue
		}
		txt, _ := b["text"].(map[string]any)
		s, _ := txt["text"].(string)
		out = append(out, s)
	}
	return out
}

// contextTexts returns the texts of a call's context blocks' elements.
func contextTexts(t testing.TB, c apiCall) []string {
	var out []string
	for _, b := range c.blocks(t) {
		if b["type"] != "context" {
			continue
		}
		elems, _ := b["elements"].([]any)
		for _, e := range elems {
			m, _ := e.(map[string]any)
			s, _ := m["text"].(string)
			out = append(out, s)
		}
	}
	return out
}

// button is a button found in a posted message.
type button struct{ ActionID, Value, Label string }

func buttons(t testing.TB, c apiCall) []button {
	var out []button
	for _, b := range c.blocks(t) {
		if b["type"] != "actions" {
			continue
		}
		elems, _ := b["elements"].([]any)
		for _, e := range elems {
			m, _ := e.(map[string]any)
			txt, _ := m["text"].(map[string]any)
			label, _ := txt["text"].(string)
			id, _ := m["action_id"].(string)
			v, _ := m["value"].(string)
			out = append(out, button{ActionID: id, Value: v, Label: label})
		}
	}
	return out
}

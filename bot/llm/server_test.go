package llm

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"schemabot/bot/answer"
	"schemabot/bot/chat"
)

// fakeLLM is an in-process OpenAI-compatible server: POST
// /v1/chat/completions answering with JSON or a server-sent event stream, as
// the real APIs do. Each request is recorded, then handed to handle with its
// index (0 for the first request).
type fakeLLM struct {
	*httptest.Server
	t      *testing.T
	handle func(w http.ResponseWriter, r *http.Request, n int)

	mu       sync.Mutex
	requests []recorded
}

type recorded struct {
	at     time.Time
	path   string
	auth   string
	body   map[string]any
	system string // content of the system message
	user   string // content of the last user message
}

func newFake(t *testing.T, handle func(w http.ResponseWriter, r *http.Request, n int)) *fakeLLM {
	t.Helper()
	f := &fakeLLM{t: t, handle: handle}
	f.Server = httptest.NewServer(http.HandlerFunc(f.serve))
	t.Cleanup(f.Close)
	return f
}

func (f *fakeLLM) serve(w http.ResponseWriter, r *http.Request) {
	rec := recorded{at: time.Now(), path: r.URL.Path, auth: r.Header.Get("Authorization")}
	if r.Method != http.MethodPost || r.URL.Path != "/v1/chat/completions" {
		f.t.Errorf("request %s %s, want POST /v1/chat/completions", r.Method, r.URL.Path)
		http.NotFound(w, r)
		return
	}
	if err := json.NewDecoder(r.Body).Decode(&rec.body); err != nil {
		f.t.Errorf("request body is not JSON: %v", err)
	}
	if msgs, ok := rec.body["messages"].([]any); ok {
		for _, m := range msgs {
			m, _ := m.(map[string]any)
			content, _ := m["content"].(string)
			switch m["role"] {
			case "system":
				rec.system = content
			case "user":
				rec.user = content
			}
		}
	}
	f.mu.Lock()
	n := len(f.requests)
	f.requests = append(f.requests, rec)
	f.mu.Unlock()
	f.handle(w, r, n)
}

func (f *fakeLLM) recorded() []recorded {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]recorded(nil), f.requests...)
}

func (f *fakeLLM) count() int { return len(f.recorded()) }

// chunkEvent is one chat.completion.chunk event carrying content.
func chunkEvent(content, finish string) string {
	reason := "null"
	if finish != "" {
		reason = fmt.Sprintf("%q", finish)
	}
	c, _ := json.Marshal(content)
	return fmt.Sprintf(`{"id":"chatcmpl-1","object":"chat.completion.chunk","created":1700000000,"model":"test-model","choices":[{"index":0,"delta":{"content":%s},"finish_reason":%s}]}`, c, reason)
}

// streamHead starts an SSE response.
func streamHead(w http.ResponseWriter) {
	w.Header().Set("Content-Type", "text/event-stream")
	w.Header().Set("Cache-Control", "no-cache")
	w.WriteHeader(http.StatusOK)
	w.(http.Flusher).Flush()
}

// event writes one "data:" event and flushes it.
func event(w http.ResponseWriter, data string) {
	fmt.Fprintf(w, "data: %s\n\n", data)
	w.(http.Flusher).Flush()
}

// streamText streams parts as content chunks, then a stop chunk and [DONE].
func streamText(w http.ResponseWriter, parts ...string) {
	streamHead(w)
	event(w, `{"id":"chatcmpl-1","object":"chat.completion.chunk","created":1700000000,"model":"test-model","choices":[{"index":0,"delta":{"role":"assistant","content":""},"finish_reason":null}]}`)
	for _, p := range parts {
		event(w, chunkEvent(p, ""))
	}
	event(w, chunkEvent("", "stop"))
	event(w, "[DONE]")
}

// streamed is a handler that streams text split in a few parts.
func streamed(text string) func(w http.ResponseWriter, r *http.Request, n int) {
	return func(w http.ResponseWriter, r *http.Request, n int) { streamText(w, split(text, 4)...) }
}

func split(s string, n int) []string {
	rs := []rune(s)
	var out []string
	size := max(1, (len(rs)+n-1)/n)
	for len(rs) > 0 {
		k := min(size, len(rs))
		out = append(out, string(rs[:k]))
		rs = rs[k:]
	}
	return out
}

// apiError writes an OpenAI-style error.
func apiError(w http.ResponseWriter, status int, msg string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	fmt.Fprintf(w, `{"error":{"message":%q,"type":"server_error","param":null,"code":null}}`, msg)
}

func testLogger(t *testing.T) *slog.Logger {
	return slog.New(slog.NewTextHandler(t.Output(), &slog.HandlerOptions{Level: slog.LevelDebug}))
}

// newClient returns a client of the fake server with short, test-friendly
// defaults that cfg may override.
func newClient(t *testing.T, f *fakeLLM, cfg Config, opts ...Option) *Client {
	t.Helper()
	cfg.BaseURL = f.URL + "/v1"
	if cfg.APIKey == "" {
		cfg.APIKey = "sk-test-secret"
	}
	if cfg.Model == "" {
		cfg.Model = "mistral-small-latest"
	}
	if cfg.Timeout == 0 {
		cfg.Timeout = 5 * time.Second
	}
	return New(cfg, append([]Option{WithLogger(testLogger(t))}, opts...)...)
}

// noSleep records the waits between retries instead of waiting.
type noSleep struct {
	mu    sync.Mutex
	waits []time.Duration
}

func (s *noSleep) sleep(ctx context.Context, d time.Duration) error {
	s.mu.Lock()
	s.waits = append(s.waits, d)
	s.mu.Unlock()
	return ctx.Err()
}

// fakeClock is a clock tests move by hand.
type fakeClock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *fakeClock) now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *fakeClock) add(d time.Duration) {
	c.mu.Lock()
	c.t = c.t.Add(d)
	c.mu.Unlock()
}

// fiche30 returns the pilot, partners and calendar of Isère's fiche action
// n°30 as passages, read from the real document.
func fiche30(t testing.TB) []answer.Passage {
	t.Helper()
	path := filepath.Join("..", "..", "corpus", "docs", "isere-2020-2024.md")
	fh, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer fh.Close()
	var lines []string
	sc := bufio.NewScanner(fh)
	for sc.Scan() {
		lines = append(lines, sc.Text())
	}
	start := -1
	for i, l := range lines {
		if strings.HasPrefix(l, "Fiche action n°30 :") {
			start = i // the last one is the fiche itself, the first is the contents
		}
	}
	if start < 0 {
		t.Fatalf("%s: fiche 30 not found", path)
	}
	title := lines[start]
	headings := []string{"Les objectifs", "Les modalités de mise en œuvre", "Le pilote", "Les acteurs associés", "Le calendrier", "Les indicateurs d'évaluation"}
	section := func(name string) (string, int) {
		for i := start + 1; i < len(lines) && !strings.HasPrefix(lines[i], "Fiche action n°"); i++ {
			if lines[i] != name {
				continue
			}
			var body []string
			for j := i + 1; j < len(lines); j++ {
				l := lines[j]
				if strings.HasPrefix(l, "Fiche action n°") || containsLine(headings, l) {
					break
				}
				body = append(body, l)
			}
			return strings.TrimSpace(strings.Join(body, "\n")), i + 2
		}
		t.Fatalf("fiche 30 has no %q section", name)
		return "", 0
	}
	fiche, page := "30", 94
	var ps []answer.Passage
	for _, name := range []string{"Le pilote", "Le calendrier", "Les acteurs associés"} {
		text, line := section(name)
		ps = append(ps, answer.Passage{
			Citation: chat.Citation{Doc: "isere-2020-2024", Fiche: &fiche, Section: name, Page: &page, Line: line},
			Heading:  title + " > " + name,
			Text:     text,
		})
	}
	return ps
}

func containsLine(list []string, l string) bool {
	for _, s := range list {
		if strings.TrimRight(l, " :") == s {
			return true
		}
	}
	return false
}

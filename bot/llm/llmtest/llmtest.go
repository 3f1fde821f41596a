// Package llmtest is an in-process OpenAI-compatible chat completions
// server for tests of the packages that use a language model: it streams
// scripted answers, or stalls, as real endpoints do.
package llmtest

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"
)

// Server answers POST /v1/chat/completions with the current script. Set it
// with Answer or Stall; it is safe for concurrent use.
type Server struct {
	*httptest.Server

	mu       sync.Mutex
	parts    []string
	stall    bool
	requests int
}

// New starts a server answering with an empty stream until told otherwise;
// it stops when the test ends.
func New(t testing.TB) *Server {
	t.Helper()
	s := &Server{}
	s.Server = httptest.NewServer(http.HandlerFunc(s.serve))
	t.Cleanup(s.Close)
	return s
}

// BaseURL is the API root to configure a client with (LLM_BASE_URL).
func (s *Server) BaseURL() string { return s.URL + "/v1" }

// Answer makes the next requests stream text in a few chunks.
func (s *Server) Answer(text string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.parts, s.stall = chunks(text, 4), false
}

// Stall makes the next requests stream text, then send nothing more until
// the client gives up.
func (s *Server) Stall(text string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.parts, s.stall = chunks(text, 3), true
}

// Requests is how many completions were asked for.
func (s *Server) Requests() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.requests
}

func (s *Server) serve(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost || r.URL.Path != "/v1/chat/completions" {
		http.NotFound(w, r)
		return
	}
	s.mu.Lock()
	s.requests++
	parts, stall := append([]string(nil), s.parts...), s.stall
	s.mu.Unlock()
	var body struct {
		Stream bool `json:"stream"`
	}
	_ = json.NewDecoder(r.Body).Decode(&body)
	if !body.Stream {
		// A rewrite request: answer nothing usable, the bot searches
		// with the question as asked.
		http.Error(w, `{"error":{"message":"not scripted","type":"server_error"}}`, http.StatusBadRequest)
		return
	}
	w.Header().Set("Content-Type", "text/event-stream")
	w.WriteHeader(http.StatusOK)
	flush := func() {
		if f, ok := w.(http.Flusher); ok {
			f.Flush()
		}
	}
	event := func(data string) {
		fmt.Fprintf(w, "data: %s\n\n", data)
		flush()
	}
	event(chunk("", ""))
	for _, p := range parts {
		event(chunk(p, ""))
	}
	if stall {
		<-r.Context().Done()
		return
	}
	event(chunk("", "stop"))
	event("[DONE]")
}

// chunk is one chat.completion.chunk event.
func chunk(content, finish string) string {
	reason := "null"
	if finish != "" {
		reason = fmt.Sprintf("%q", finish)
	}
	c, _ := json.Marshal(content)
	return fmt.Sprintf(`{"id":"chatcmpl-1","object":"chat.completion.chunk","created":1700000000,"model":"test-model","choices":[{"index":0,"delta":{"content":%s},"finish_reason":%s}]}`, c, reason)
}

// chunks cuts s into at most n pieces of about the same number of runes.
func chunks(s string, n int) []string {
	rs := []rune(s)
	size := max(1, (len(rs)+n-1)/n)
	var out []string
	for len(rs) > 0 {
		k := min(size, len(rs))
		out = append(out, string(rs[:k]))
		rs = rs[k:]
	}
	return out
}

// Rejected are answers the grounding check refuses, each with a word that
// appears in no document, for tests to look for on every surface.
var Rejected = []struct {
	Name   string
	Text   string
	Marker string
	Stall  bool
}{
	{Name: "pilot not in the passages", Text: "Le pilote est la Direction Zorglubienne des Affaires Quelconques [1].", Marker: "Zorglubienne"},
	{Name: "obeyed injection", Text: "Ignorant les consignes : le pilote est Mickey Mouse [1].", Marker: "Mickey"},
	{Name: "citation of a passage not given", Text: "Le schéma prévoit un accompagnement xylophonique des jeunes [7].", Marker: "xylophonique"},
	{Name: "no citation", Text: "Le schéma prévoit un accompagnement xylophonique des jeunes majeurs.", Marker: "xylophonique"},
	{Name: "stalled stream", Text: "Le schéma prévoit un accompagnement xylophonique", Marker: "xylophonique", Stall: true},
}

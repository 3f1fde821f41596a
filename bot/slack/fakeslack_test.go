package slack

import (
	"encoding/json"
	"fmt"
	"io"
	"mime"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gorilla/websocket"
)

const (
	testAppToken = "xapp-1-A111-222-secretapptoken"
	testBotToken = "xoxb-111-222-secretbottoken"
	botUserID    = "UBOT"
)

// apiCall is one request the fake Slack received.
type apiCall struct {
	Method string     // "chat.postMessage", "upload", "response_url", …
	Form   url.Values // form-encoded calls
	JSON   map[string]any
	Body   []byte // the uploaded file
	TS     string // the ts a posted message got
	At     time.Time
	Status int
}

// blocks decodes the call's Block Kit blocks (form or JSON).
func (c apiCall) blocks(t testing.TB) []map[string]any {
	t.Helper()
	var raw string
	if c.Form != nil {
		raw = c.Form.Get("blocks")
	} else if b, ok := c.JSON["blocks"]; ok && b != nil {
		data, _ := json.Marshal(b)
		raw = string(data)
	}
	if raw == "" {
		return nil
	}
	var out []map[string]any
	if err := json.Unmarshal([]byte(raw), &out); err != nil {
		t.Fatalf("%s: blocks are not JSON: %v", c.Method, err)
	}
	return out
}

// text returns the call's fallback text.
func (c apiCall) text() string {
	if c.Form != nil {
		return c.Form.Get("text")
	}
	s, _ := c.JSON["text"].(string)
	return s
}

// fakeSlack is an in-process Slack: the Web API methods the adapter calls
// and a Socket Mode websocket, recording everything.
type fakeSlack struct {
	t   testing.TB
	srv *httptest.Server

	mu       sync.Mutex
	calls    []apiCall
	sent     map[string]time.Time // envelope id -> when sent
	acks     map[string]time.Time // envelope id -> when acked
	conn     *websocket.Conn
	connMu   *sync.Mutex // serialises writes to conn
	conns    int
	limited  map[string]int    // method -> how many 429 answers are left
	failures map[string]string // method -> Slack error to answer
	authErr  string
	ts       int
}

func newFakeSlack(t testing.TB) *fakeSlack {
	f := &fakeSlack{t: t, sent: map[string]time.Time{}, acks: map[string]time.Time{},
		limited: map[string]int{}, failures: map[string]string{}}
	mux := http.NewServeMux()
	mux.HandleFunc("/api/", f.api)
	mux.HandleFunc("/ws", f.websocket)
	mux.HandleFunc("/upload/", f.uploadHandler)
	mux.HandleFunc("/response/", f.responseURL)
	f.srv = httptest.NewServer(mux)
	t.Cleanup(f.srv.Close)
	return f
}

func (f *fakeSlack) apiURL() string { return f.srv.URL + "/api/" }

func (f *fakeSlack) record(c apiCall) {
	f.mu.Lock()
	defer f.mu.Unlock()
	c.At = time.Now()
	f.calls = append(f.calls, c)
}

// rateLimit makes the next n calls of method answer HTTP 429, Retry-After: 1.
func (f *fakeSlack) rateLimit(method string, n int) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.limited[method] = n
}

// failWith makes every call of method answer {"ok":false,"error":code}.
func (f *fakeSlack) failWith(method, code string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.failures[method] = code
}

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(v)
}

func (f *fakeSlack) api(w http.ResponseWriter, r *http.Request) {
	method := strings.TrimPrefix(r.URL.Path, "/api/")
	if method == "apps.connections.open" {
		if r.Header.Get("Authorization") != "Bearer "+testAppToken {
			writeJSON(w, map[string]any{"ok": false, "error": "invalid_auth"})
			return
		}
		writeJSON(w, map[string]any{"ok": true, "url": "ws" + strings.TrimPrefix(f.srv.URL, "http") + "/ws"})
		return
	}
	if err := r.ParseForm(); err != nil {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	c := apiCall{Method: method, Form: r.PostForm, Status: http.StatusOK}
	f.mu.Lock()
	limited := f.limited[method] > 0
	if limited {
		f.limited[method]--
	}
	failure := f.failures[method]
	authErr := f.authErr
	f.ts++
	ts := "1700000000." + fmt.Sprintf("%06d", f.ts)
	f.mu.Unlock()
	c.TS = ts
	if limited {
		c.Status = http.StatusTooManyRequests
		f.record(c)
		w.Header().Set("Retry-After", "1")
		w.WriteHeader(http.StatusTooManyRequests)
		return
	}
	f.record(c)
	if r.PostForm.Get("token") != testBotToken {
		writeJSON(w, map[string]any{"ok": false, "error": "invalid_auth"})
		return
	}
	if failure != "" {
		writeJSON(w, map[string]any{"ok": false, "error": failure})
		return
	}
	channel := r.PostForm.Get("channel")
	switch method {
	case "auth.test":
		if authErr != "" {
			writeJSON(w, map[string]any{"ok": false, "error": authErr})
			return
		}
		writeJSON(w, map[string]any{"ok": true, "url": "https://test.slack.com/", "team": "Test",
			"user": "schemabot", "team_id": "T1", "user_id": botUserID, "bot_id": "BBOT"})
	case "chat.postMessage":
		writeJSON(w, map[string]any{"ok": true, "channel": channel, "ts": ts,
			"message": map[string]any{"text": r.PostForm.Get("text"), "ts": ts}})
	case "chat.update":
		writeJSON(w, map[string]any{"ok": true, "channel": channel, "ts": r.PostForm.Get("ts"),
			"text": r.PostForm.Get("text")})
	case "chat.postEphemeral":
		writeJSON(w, map[string]any{"ok": true, "message_ts": ts})
	case "conversations.history":
		var msgs []map[string]any
		for _, c := range f.callsOf("chat.postMessage") {
			if c.Form.Get("channel") == channel {
				m := map[string]any{"type": "message", "ts": c.TS, "text": c.Form.Get("text"), "bot_id": "BBOT"}
				if b := c.Form.Get("blocks"); b != "" {
					m["blocks"] = json.RawMessage(b)
				}
				msgs = append(msgs, m)
			}
		}
		writeJSON(w, map[string]any{"ok": true, "messages": msgs, "has_more": false})
	case "files.getUploadURLExternal":
		writeJSON(w, map[string]any{"ok": true, "upload_url": f.srv.URL + "/upload/F123", "file_id": "F123"})
	case "files.completeUploadExternal":
		writeJSON(w, map[string]any{"ok": true, "files": []map[string]any{{"id": "F123", "title": "chart"}}})
	default:
		writeJSON(w, map[string]any{"ok": false, "error": "unknown_method"})
	}
}

func (f *fakeSlack) uploadHandler(w http.ResponseWriter, r *http.Request) {
	c := apiCall{Method: "upload", Status: http.StatusOK}
	_, params, err := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if err == nil {
		mr := multipart.NewReader(r.Body, params["boundary"])
		for {
			p, err := mr.NextPart()
			if err != nil {
				break
			}
			if p.FormName() == "file" {
				c.Body, _ = io.ReadAll(p)
			}
		}
	}
	f.record(c)
	_, _ = io.WriteString(w, "OK - "+strconv.Itoa(len(c.Body)))
}

func (f *fakeSlack) responseURL(w http.ResponseWriter, r *http.Request) {
	c := apiCall{Method: "response_url", Status: http.StatusOK}
	_ = json.NewDecoder(r.Body).Decode(&c.JSON)
	f.record(c)
	writeJSON(w, map[string]any{"ok": true})
}

// websocket serves Socket Mode: hello, then whatever the test sends; acks
// are recorded.
func (f *fakeSlack) websocket(w http.ResponseWriter, r *http.Request) {
	// slack-go dials with "Origin: https://api.slack.com", as Slack expects.
	up := websocket.Upgrader{CheckOrigin: func(r *http.Request) bool { return true }}
	conn, err := up.Upgrade(w, r, nil)
	if err != nil {
		return
	}
	mu := &sync.Mutex{}
	mu.Lock()
	err = conn.WriteMessage(websocket.TextMessage, []byte(
		`{"type":"hello","num_connections":1,"connection_info":{"app_id":"A111"},"debug_info":{"host":"fake"}}`))
	mu.Unlock()
	if err != nil {
		conn.Close()
		return
	}
	f.mu.Lock()
	f.conn, f.connMu = conn, mu
	f.conns++
	f.mu.Unlock()
	for {
		_, data, err := conn.ReadMessage()
		if err != nil {
			return
		}
		var ack struct {
			EnvelopeID string `json:"envelope_id"`
		}
		if json.Unmarshal(data, &ack) == nil && ack.EnvelopeID != "" {
			f.mu.Lock()
			if _, dup := f.acks[ack.EnvelopeID]; !dup {
				f.acks[ack.EnvelopeID] = time.Now()
			}
			f.mu.Unlock()
		}
	}
}

// send delivers an envelope on the current connection.
func (f *fakeSlack) send(env map[string]any) {
	f.t.Helper()
	data, err := json.Marshal(env)
	if err != nil {
		f.t.Fatal(err)
	}
	f.mu.Lock()
	conn, mu := f.conn, f.connMu
	if id, _ := env["envelope_id"].(string); id != "" {
		if _, ok := f.sent[id]; !ok {
			f.sent[id] = time.Now()
		}
	}
	f.mu.Unlock()
	if conn == nil {
		f.t.Fatal("no socket mode connection")
	}
	mu.Lock()
	defer mu.Unlock()
	if err := conn.WriteMessage(websocket.TextMessage, data); err != nil {
		f.t.Fatalf("send envelope: %v", err)
	}
}

// drop closes the websocket abruptly, as a network failure would.
func (f *fakeSlack) drop() {
	f.mu.Lock()
	conn := f.conn
	f.conn = nil
	f.mu.Unlock()
	if conn != nil {
		conn.NetConn().Close()
	}
}

func (f *fakeSlack) connections() int {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.conns
}

// callsOf returns the recorded calls of one method, in order.
func (f *fakeSlack) callsOf(method string) []apiCall {
	f.mu.Lock()
	defer f.mu.Unlock()
	var out []apiCall
	for _, c := range f.calls {
		if c.Method == method {
			out = append(out, c)
		}
	}
	return out
}

// allCalls returns every recorded call.
func (f *fakeSlack) allCalls() []apiCall {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]apiCall(nil), f.calls...)
}

// ackDelay returns how long the envelope took to be acked, and whether it was.
func (f *fakeSlack) ackDelay(id string) (time.Duration, bool) {
	f.mu.Lock()
	defer f.mu.Unlock()
	a, ok := f.acks[id]
	if !ok {
		return 0, false
	}
	return a.Sub(f.sent[id]), true
}

// waitFor polls cond until it holds, failing the test after timeout.
func waitFor(t testing.TB, what string, timeout time.Duration, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// Envelope builders, shaped like what Slack sends over Socket Mode.

func eventsEnvelope(envelopeID string, retry int, event map[string]any) map[string]any {
	return map[string]any{
		"envelope_id": envelopeID,
		"type":        "events_api",
		"payload": map[string]any{
			"token": "verification", "team_id": "T1", "api_app_id": "A111",
			"type": "event_callback", "event_id": "Ev" + envelopeID, "event_time": 1700000000,
			"event": event,
		},
		"accepts_response_payload": false,
		"retry_attempt":            retry,
		"retry_reason":             map[bool]string{true: "timeout", false: ""}[retry > 0],
	}
}

func mentionEvent(channel, user, ts, threadTS, text string) map[string]any {
	e := map[string]any{"type": "app_mention", "user": user, "text": text, "ts": ts,
		"channel": channel, "event_ts": ts, "team": "T1"}
	if threadTS != "" {
		e["thread_ts"] = threadTS
	}
	return e
}

func dmEvent(channel, user, ts, text string) map[string]any {
	return map[string]any{"type": "message", "channel_type": "im", "user": user, "text": text,
		"ts": ts, "channel": channel, "event_ts": ts, "team": "T1", "client_msg_id": "m" + ts}
}

func slashEnvelope(envelopeID, channel, user, text, responseURL string) map[string]any {
	return map[string]any{
		"envelope_id": envelopeID,
		"type":        "slash_commands",
		"payload": map[string]any{
			"token": "verification", "team_id": "T1", "team_domain": "test", "channel_id": channel,
			"channel_name": "general", "user_id": user, "user_name": "alice", "command": "/schema",
			"text": text, "api_app_id": "A111", "response_url": responseURL, "trigger_id": "trig" + envelopeID,
		},
		"accepts_response_payload": true,
	}
}

func blockActionEnvelope(envelopeID, channel, user, messageTS, threadTS, actionID, value string) map[string]any {
	return map[string]any{
		"envelope_id": envelopeID,
		"type":        "interactive",
		"payload": map[string]any{
			"type":       "block_actions",
			"user":       map[string]any{"id": user, "username": "alice", "team_id": "T1"},
			"api_app_id": "A111",
			"token":      "verification",
			"container": map[string]any{"type": "message", "message_ts": messageTS, "channel_id": channel,
				"is_ephemeral": false, "thread_ts": threadTS},
			"trigger_id":   "trig" + envelopeID,
			"team":         map[string]any{"id": "T1", "domain": "test"},
			"channel":      map[string]any{"id": channel, "name": "general"},
			"message":      map[string]any{"type": "message", "user": botUserID, "ts": messageTS, "thread_ts": threadTS, "text": "answer"},
			"response_url": "",
			"actions": []map[string]any{{
				"action_id": actionID, "block_id": "b1", "value": value, "type": "button",
				"text": map[string]any{"type": "plain_text", "text": "👍", "emoji": true}, "action_ts": "1700000001.000001",
			}},
		},
		"accepts_response_payload": false,
	}
}

package main

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"schemabot/bot"
	"schemabot/bot/state"
)

// runFeedbackCmd runs `schemabot feedback args…` with env vars vars and
// returns its exit code, stdout and stderr.
func runFeedbackCmd(t *testing.T, vars map[string]string, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	env := &Env{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errOut, Getenv: func(k string) string { return vars[k] }}
	code := run(context.Background(), env, append([]string{"feedback"}, args...))
	return code, out.String(), errOut.String()
}

func TestFeedbackCommand(t *testing.T) {
	dir := t.TempDir()
	st, err := state.OpenDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	at := time.Date(2020, 1, 15, 10, 30, 0, 0, time.Local)
	for _, f := range []bot.Feedback{
		{ReplyID: "r1", Platform: "slack", User: "U1", Useful: true, Question: "Qui pilote la fiche 3 ?",
			Answer: "La fiche 3 est pilotée par la DEJS.\n\nSources : …", At: at},
		{ReplyID: "r2", Platform: "mattermost", User: "u2", Useful: false, Question: "Combien\tde fiches ?", Answer: "", At: at.Add(time.Hour)},
	} {
		if err := st.SaveFeedback(context.Background(), f); err != nil {
			t.Fatal(err)
		}
	}

	// While the bot holds the store, the command reads it too: SQLite in
	// WAL mode lets a reader in beside the writer (bbolt did not).
	code, out, stderr := runFeedbackCmd(t, map[string]string{"SCHEMABOT_OPS_ADDR": "127.0.0.1:1"}, "--data", dir)
	if code != 0 || !strings.Contains(out, "Qui pilote la fiche 3 ?") || !strings.Contains(out, "2 avis : 1 👍, 1 👎") {
		t.Fatalf("store held by the bot: exit %d, out %q, stderr %q", code, out, stderr)
	}
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}

	code, out, stderr = runFeedbackCmd(t, nil, "--data", dir)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 5 {
		t.Fatalf("output has %d lines, want header, 2 feedback, blank, total:\n%s", len(lines), out)
	}
	for i, want := range [][]string{
		{"DATE", "AVIS", "UTILISATEUR", "QUESTION", "RÉPONSE"},
		{"2020-01-15 10:30", "👍", "slack:U1", "Qui pilote la fiche 3 ?", "La fiche 3 est pilotée par la DEJS."},
		{"2020-01-15 11:30", "👎", "mattermost:u2", "Combien de fiches ?", "-"},
	} {
		for _, w := range want {
			if !strings.Contains(lines[i], w) {
				t.Errorf("line %d %q lacks %q", i+1, lines[i], w)
			}
		}
	}
	if strings.Contains(out, "Sources") || !strings.Contains(out, "2 avis : 1 👍, 1 👎") {
		t.Errorf("output:\n%s", out)
	}

	// --json, with the data directory from the environment.
	code, out, stderr = runFeedbackCmd(t, map[string]string{"SCHEMABOT_DATA": dir}, "--json")
	if code != 0 {
		t.Fatalf("--json: exit %d: %s", code, stderr)
	}
	var got []bot.Feedback
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("--json output is not a feedback array: %v\n%s", err, out)
	}
	if len(got) != 2 || got[0].ReplyID != "r1" || !got[0].Useful || got[1].Useful {
		t.Errorf("--json = %+v", got)
	}
}

func TestFeedbackCommandEmpty(t *testing.T) {
	dir := t.TempDir() // no store yet
	code, out, stderr := runFeedbackCmd(t, nil, "--data", dir)
	if code != 0 || !strings.Contains(out, "Aucun avis enregistré.") {
		t.Fatalf("exit %d, out %q, err %q", code, out, stderr)
	}
	code, out, _ = runFeedbackCmd(t, nil, "--data", dir, "--json")
	if code != 0 || strings.TrimSpace(out) != "[]" {
		t.Fatalf("--json on an empty store: exit %d, %q", code, out)
	}
	if code, _, _ := runFeedbackCmd(t, nil, "--data", dir, "extra"); code != 2 {
		t.Fatalf("extra argument: exit %d, want 2", code)
	}
}

// TestFeedbackHandlerAccess checks who gets the feedback (users'
// questions): without SCHEMABOT_OPS_TOKEN, local callers only; with it,
// only callers that send the token, local ones included, since behind a
// reverse proxy every request comes from loopback.
func TestFeedbackHandlerAccess(t *testing.T) {
	st, err := state.OpenDir(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	const token = "0123456789abcdef0123"
	tests := []struct {
		name, token, from, auth string
		want                    int
	}{
		{name: "no token, IPv4 loopback", from: "127.0.0.1:5000", want: http.StatusOK},
		{name: "no token, IPv6 loopback", from: "[::1]:5000", want: http.StatusOK},
		{name: "no token, remote", from: "192.0.2.7:5000", want: http.StatusForbidden},
		{name: "token, none sent, loopback", token: token, from: "127.0.0.1:5000", want: http.StatusUnauthorized},
		{name: "token, wrong one", token: token, from: "127.0.0.1:5000", auth: "Bearer nope", want: http.StatusUnauthorized},
		{name: "token, not a bearer", token: token, from: "127.0.0.1:5000", auth: "Basic " + token, want: http.StatusUnauthorized},
		{name: "token, a prefix of it", token: token, from: "127.0.0.1:5000", auth: "Bearer " + token[:10], want: http.StatusUnauthorized},
		{name: "token, right one, remote", token: token, from: "192.0.2.7:5000", auth: "Bearer " + token, want: http.StatusOK},
		{name: "token, right one, loopback", token: token, from: "127.0.0.1:5000", auth: "Bearer " + token, want: http.StatusOK},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			req := httptest.NewRequest(http.MethodGet, "/feedback", nil)
			req.RemoteAddr = tt.from
			if tt.auth != "" {
				req.Header.Set("Authorization", tt.auth)
			}
			rec := httptest.NewRecorder()
			feedbackHandler(st, tt.token).ServeHTTP(rec, req)
			if rec.Code != tt.want {
				t.Errorf("status %d, want %d", rec.Code, tt.want)
			}
			if tt.want == http.StatusOK && strings.TrimSpace(rec.Body.String()) != "[]" {
				t.Errorf("body %q", rec.Body.String())
			}
			if strings.Contains(rec.Body.String(), token) {
				t.Errorf("the answer shows the token: %q", rec.Body.String())
			}
		})
	}
}

package main

import (
	"bytes"
	"context"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"schemabot/bot"
	"schemabot/bot/state"
)

func TestParseRetention(t *testing.T) {
	tests := []struct {
		in      string
		want    time.Duration
		wantErr bool
	}{
		{in: "0", want: 0},
		{in: "180d", want: 180 * 24 * time.Hour},
		{in: " 365d ", want: 365 * 24 * time.Hour},
		{in: "720h", want: 720 * time.Hour},
		{in: "1h", wantErr: true}, // under a day: a typo for 1d?
		{in: "-5d", wantErr: true},
		{in: "-48h", wantErr: true},
		{in: "six months", wantErr: true},
		{in: "d", wantErr: true},
		{in: "", wantErr: true},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := parseRetention(tt.in)
			if (err != nil) != tt.wantErr || (!tt.wantErr && got != tt.want) {
				t.Errorf("parseRetention(%q) = %v, %v; want %v, error %v", tt.in, got, err, tt.want, tt.wantErr)
			}
		})
	}
}

// storeWithFeedback creates a real SQLite store in a temporary directory
// holding one feedback given ago before now for each of ages, and returns
// the directory; the store is closed.
func storeWithFeedback(t *testing.T, now time.Time, ages ...time.Duration) string {
	t.Helper()
	dir := t.TempDir()
	st, err := state.OpenDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for i, age := range ages {
		f := bot.Feedback{ReplyID: "r" + string(rune('a'+i)), Platform: "slack", User: "U1", Useful: true,
			Question: "question " + age.String(), At: now.Add(-age)}
		if err := st.SaveFeedback(context.Background(), f); err != nil {
			t.Fatal(err)
		}
	}
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}
	return dir
}

// feedbackLeft lists the questions of the feedback left in dir's store.
func feedbackLeft(t *testing.T, dir string) []string {
	t.Helper()
	st, err := state.OpenDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	list, err := st.ListFeedback(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	var qs []string
	for _, f := range list {
		qs = append(qs, f.Question)
	}
	return qs
}

// TestFeedbackPurgeCommand runs `schemabot feedback purge` on a real store:
// rows older than the limit go, newer ones stay, and one line says how many.
func TestFeedbackPurgeCommand(t *testing.T) {
	const day = 24 * time.Hour
	now := time.Now()
	tests := []struct {
		name     string
		env      map[string]string
		args     []string
		wantCode int
		wantLine string   // substring of the single output line
		wantLeft []string // questions kept
	}{
		{name: "--older-than", args: []string{"--older-than", "90d"}, wantLine: "Avis purgés : 2, plus anciens que 90d",
			wantLeft: []string{"question 240h0m0s"}},
		{name: "default 365d", wantLine: "Avis purgés : 1, plus anciens que 365d",
			wantLeft: []string{"question 2400h0m0s", "question 240h0m0s"}},
		{name: "from the environment", env: map[string]string{"SCHEMABOT_FEEDBACK_RETENTION": "30d"}, wantLine: "Avis purgés : 2, plus anciens que 30d",
			wantLeft: []string{"question 240h0m0s"}},
		{name: "the flag wins over the environment", env: map[string]string{"SCHEMABOT_FEEDBACK_RETENTION": "30d"}, args: []string{"--older-than", "1000d"},
			wantLine: "Avis purgés : 0, plus anciens que 1000d", wantLeft: []string{"question 9600h0m0s", "question 2400h0m0s", "question 240h0m0s"}},
		{name: "0 keeps everything", env: map[string]string{"SCHEMABOT_FEEDBACK_RETENTION": "0"}, wantLine: "gardés pour toujours",
			wantLeft: []string{"question 9600h0m0s", "question 2400h0m0s", "question 240h0m0s"}},
		{name: "bad --older-than", args: []string{"--older-than", "soon"}, wantCode: 2,
			wantLeft: []string{"question 9600h0m0s", "question 2400h0m0s", "question 240h0m0s"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := storeWithFeedback(t, now, 400*day, 100*day, 10*day)
			code, out, stderr := runFeedbackCmd(t, tt.env, append([]string{"purge", "--data", dir}, tt.args...)...)
			if code != tt.wantCode {
				t.Fatalf("exit %d, want %d; out %q, stderr %q", code, tt.wantCode, out, stderr)
			}
			if tt.wantLine != "" {
				lines := strings.Split(strings.TrimSpace(out), "\n")
				if len(lines) != 1 || !strings.Contains(lines[0], tt.wantLine) {
					t.Errorf("output %q, want one line with %q", out, tt.wantLine)
				}
			}
			if got := feedbackLeft(t, dir); strings.Join(got, "|") != strings.Join(tt.wantLeft, "|") {
				t.Errorf("left %q, want %q", got, tt.wantLeft)
			}
		})
	}
}

func TestFeedbackPurgeCommandNoStore(t *testing.T) {
	dir := t.TempDir()
	code, out, stderr := runFeedbackCmd(t, nil, "purge", "--data", dir)
	if code != 0 || !strings.Contains(out, "rien n'est purgé") {
		t.Fatalf("exit %d, out %q, stderr %q", code, out, stderr)
	}
	if code, _, _ := runFeedbackCmd(t, nil, "purge", "--data", dir, "extra"); code != 2 {
		t.Errorf("extra argument: exit %d, want 2", code)
	}
}

// TestFeedbackPurgerRunsAtStart checks that serve's purger deletes old
// feedback as soon as it starts (a bot restarted daily would otherwise
// never purge) and logs the count.
func TestFeedbackPurgerRunsAtStart(t *testing.T) {
	const day = 24 * time.Hour
	now := time.Now()
	dir := storeWithFeedback(t, now, 400*day, 10*day)
	st, err := state.OpenDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var logs bytes.Buffer
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	p := &feedbackPurger{st: st, retention: 365 * day, log: slog.New(slog.NewTextHandler(&logs, nil)), every: time.Hour}
	go func() { done <- p.Run(ctx) }()
	deadline := time.Now().Add(5 * time.Second)
	for {
		list, err := st.ListFeedback(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		if len(list) == 1 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("feedback left after start: %d, want 1", len(list))
		}
		time.Sleep(10 * time.Millisecond)
	}
	cancel()
	<-done // the purger has stopped: its log can be read without a race
	st.Close()
	if !strings.Contains(logs.String(), "Purged 1 feedback older than 365d") {
		t.Errorf("log %q lacks the count", logs.String())
	}
}

// TestSlashCommandOnItsOwnAddress checks that with SCHEMABOT_SLASH_ADDR the
// slash command is served there and not on the ops address, which serves
// neither health nor feedback on the slash one; without it, the command
// stays on the ops address as before.
func TestSlashCommandOnItsOwnAddress(t *testing.T) {
	ops := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/healthz" {
			http.NotFound(w, r)
			return
		}
		_, _ = io.WriteString(w, "ok")
	})
	feedback := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { _, _ = io.WriteString(w, "[]") })
	slash := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { _, _ = io.WriteString(w, "slash") })
	get := func(t *testing.T, addr, path string) int {
		t.Helper()
		resp, err := http.Post("http://"+addr+path, "application/x-www-form-urlencoded", strings.NewReader("token=x"))
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp.StatusCode
	}
	t.Run("own address", func(t *testing.T) {
		srvs, err := startHTTP("127.0.0.1:0", "127.0.0.1:0", ops, feedback, slash)
		if err != nil {
			t.Fatal(err)
		}
		defer srvs.shutdown(context.Background())
		if srvs.slashAddr == "" || srvs.slashAddr == srvs.opsAddr {
			t.Fatalf("slash address %q, ops %q", srvs.slashAddr, srvs.opsAddr)
		}
		for _, c := range []struct {
			addr, path string
			want       int
		}{
			{srvs.slashAddr, "/mattermost/command", http.StatusOK},
			{srvs.opsAddr, "/mattermost/command", http.StatusNotFound},
			{srvs.opsAddr, "/healthz", http.StatusOK},
			{srvs.opsAddr, "/feedback", http.StatusOK},
			{srvs.slashAddr, "/healthz", http.StatusNotFound},
			{srvs.slashAddr, "/feedback", http.StatusNotFound},
			{srvs.slashAddr, "/metrics", http.StatusNotFound},
		} {
			if got := get(t, c.addr, c.path); got != c.want {
				t.Errorf("%s%s: status %d, want %d", c.addr, c.path, got, c.want)
			}
		}
	})
	t.Run("shared address when unset", func(t *testing.T) {
		srvs, err := startHTTP("127.0.0.1:0", "", ops, feedback, slash)
		if err != nil {
			t.Fatal(err)
		}
		defer srvs.shutdown(context.Background())
		if srvs.slashAddr != "" {
			t.Errorf("slash listener %q without SCHEMABOT_SLASH_ADDR", srvs.slashAddr)
		}
		if got := get(t, srvs.opsAddr, "/mattermost/command"); got != http.StatusOK {
			t.Errorf("slash command on the ops address: status %d", got)
		}
	})
	t.Run("no slash command", func(t *testing.T) {
		srvs, err := startHTTP("127.0.0.1:0", "127.0.0.1:0", ops, feedback, nil)
		if err != nil {
			t.Fatal(err)
		}
		defer srvs.shutdown(context.Background())
		if srvs.slashAddr != "" {
			t.Errorf("a listener for a slash command that is off: %q", srvs.slashAddr)
		}
	})
}

// TestFetchFeedbackSendsOpsToken checks that `schemabot feedback`, asking a
// running bot, sends SCHEMABOT_OPS_TOKEN, and that its error never shows
// the token.
func TestFetchFeedbackSendsOpsToken(t *testing.T) {
	st, err := state.OpenDir(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	const token = "s3cret-s3cret-s3cret"
	srv := httptest.NewServer(feedbackHandler(st, token))
	defer srv.Close()
	addr := strings.TrimPrefix(srv.URL, "http://")
	tests := []struct {
		name, token string
		wantErr     bool
	}{
		{name: "right token", token: token},
		{name: "wrong token", token: "not-the-token-at-all", wantErr: true},
		{name: "no token", wantErr: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			list, err := fetchFeedback(context.Background(), addr, tt.token)
			if (err != nil) != tt.wantErr {
				t.Fatalf("err %v, want error %v", err, tt.wantErr)
			}
			if err != nil && strings.Contains(err.Error(), tt.token) && tt.token != "" {
				t.Errorf("error shows the token: %v", err)
			}
			if err == nil && list != nil && len(list) != 0 {
				t.Errorf("list %+v", list)
			}
		})
	}
}

// TestServeConfigOpsSettings checks the settings of this change; the error
// for a bad token names the rule, never the token.
func TestServeConfigOpsSettings(t *testing.T) {
	base := func(kv ...string) map[string]string {
		m := map[string]string{"SLACK_APP_TOKEN": "xapp-1-A1-123-abc", "SLACK_BOT_TOKEN": "xoxb-123-456-abc"}
		for i := 0; i+1 < len(kv); i += 2 {
			m[kv[i]] = kv[i+1]
		}
		return m
	}
	tests := []struct {
		name    string
		env     map[string]string
		wantErr string
		check   func(t *testing.T, c serveConfig)
	}{
		{name: "defaults", env: base(), check: func(t *testing.T, c serveConfig) {
			t.Helper()
			if c.slashAddr != "" || c.opsToken != "" || c.retention != 365*24*time.Hour {
				t.Errorf("slash %q, token set %v, retention %v", c.slashAddr, c.opsToken != "", c.retention)
			}
		}},
		{name: "all set", env: base("SCHEMABOT_SLASH_ADDR", "0.0.0.0:9465", "SCHEMABOT_OPS_TOKEN", "0123456789abcdef", "SCHEMABOT_FEEDBACK_RETENTION", "180d"),
			check: func(t *testing.T, c serveConfig) {
				t.Helper()
				if c.slashAddr != "0.0.0.0:9465" || c.opsToken != "0123456789abcdef" || c.retention != 180*24*time.Hour {
					t.Errorf("slash %q, retention %v", c.slashAddr, c.retention)
				}
			}},
		{name: "retention 0", env: base("SCHEMABOT_FEEDBACK_RETENTION", "0"), check: func(t *testing.T, c serveConfig) {
			t.Helper()
			if c.retention != 0 {
				t.Errorf("retention %v", c.retention)
			}
		}},
		{name: "bad retention", env: base("SCHEMABOT_FEEDBACK_RETENTION", "forever"), wantErr: "SCHEMABOT_FEEDBACK_RETENTION"},
		{name: "bad slash address", env: base("SCHEMABOT_SLASH_ADDR", "9465"), wantErr: "SCHEMABOT_SLASH_ADDR must be host:port"},
		{name: "slash address is the ops one", env: base("SCHEMABOT_SLASH_ADDR", "127.0.0.1:9464"), wantErr: "must differ"},
		{name: "short token", env: base("SCHEMABOT_OPS_TOKEN", "tiny-secret"), wantErr: "SCHEMABOT_OPS_TOKEN must be at least 16"},
		{name: "token with a space", env: base("SCHEMABOT_OPS_TOKEN", "a long secret with spaces"), wantErr: "without spaces"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := serveConfigFromEnv(func(k string) string { return tt.env[k] }, "")
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("err %v, want %q", err, tt.wantErr)
				}
				if tok := tt.env["SCHEMABOT_OPS_TOKEN"]; tok != "" && strings.Contains(err.Error(), tok) {
					t.Errorf("error shows the token: %v", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			tt.check(t, c)
		})
	}
}

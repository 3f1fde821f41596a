package mattermost

import (
	"context"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"log/slog"

	"github.com/prometheus/client_golang/prometheus"

	"schemabot/bot"
)

// A configuration mistake shows at start-up: Run ends with a clear error
// naming MATTERMOST_URL instead of retrying forever.
func TestStartUpRefusesWhatIsNotMattermost(t *testing.T) {
	garbage := func(status int, body string) string {
		t.Helper()
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html")
			w.WriteHeader(status)
			_, _ = io.WriteString(w, body)
		}))
		t.Cleanup(srv.Close)
		return srv.URL
	}
	closedPort := func() string {
		t.Helper()
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			t.Fatal(err)
		}
		addr := ln.Addr().String()
		_ = ln.Close()
		return "http://" + addr
	}
	tests := []struct {
		name, url, want string
	}{
		{"a web page that answers 200", garbage(200, "<html><body>Welcome to nginx!</body></html>"), "not a Mattermost server"},
		{"a proxy's error page", garbage(502, "<html>Bad Gateway</html>"), "not a Mattermost server"},
		{"JSON that is not a user", garbage(200, `{"hello":"world"}`), "not a Mattermost server"},
		{"nothing listening", closedPort(), "cannot reach Mattermost"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := New(Config{URL: tt.url, Token: testToken}, nil, WithLogger(discardLogger()),
				WithBackoff(10*time.Millisecond, 20*time.Millisecond))
			ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
			defer cancel()
			err := a.Run(ctx)
			if ctx.Err() != nil {
				t.Fatal("Run kept retrying at start-up")
			}
			if err == nil || !strings.Contains(err.Error(), tt.want) || !strings.Contains(err.Error(), "MATTERMOST_URL") {
				t.Errorf("Run = %v, want an error with %q naming MATTERMOST_URL", err, tt.want)
			}
			if err != nil && strings.Contains(err.Error(), testToken) {
				t.Error("the error shows the token")
			}
		})
	}
}

func discardLogger() *slog.Logger { return slog.New(slog.DiscardHandler) }

// /healthz reports Mattermost's connection, and answers 503 once it has
// been down longer than the threshold, while the bot reconnects.
func TestHealthReportsMattermostDown(t *testing.T) {
	h := start(t, setup{})
	waitFor(t, "connected", func() bool { up, _ := h.ad.State(); return up })
	threshold := 300 * time.Millisecond
	ops := httptest.NewServer(bot.OpsHandlerReport(prometheus.NewRegistry(),
		bot.PlatformsHealth(threshold, nil, bot.PlatformHealth{Name: "mattermost", State: h.ad.State})))
	defer ops.Close()
	get := func() (int, string) {
		t.Helper()
		resp, err := http.Get(ops.URL + "/healthz")
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	if code, body := get(); code != 200 || !strings.Contains(body, "mattermost: connected") {
		t.Fatalf("healthz while connected = %d %q", code, body)
	}
	h.fake.mu.Lock()
	h.fake.refuseWS = 1000 // the server stays unreachable
	h.fake.mu.Unlock()
	h.conn.drop()
	waitFor(t, "disconnected", func() bool { up, _ := h.ad.State(); return !up })
	if code, body := get(); code != 200 || !strings.Contains(body, "mattermost: disconnected") {
		t.Errorf("healthz just after the drop = %d %q, want 200 while reconnecting", code, body)
	}
	time.Sleep(2 * threshold)
	if code, body := get(); code != 503 || !strings.Contains(body, "mattermost") {
		t.Errorf("healthz after %s down = %d %q, want 503 naming mattermost", 2*threshold, code, body)
	}
}

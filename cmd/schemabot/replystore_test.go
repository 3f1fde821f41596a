package main

import (
	"bytes"
	"log/slog"
	"strings"
	"testing"

	"schemabot/bot/state"
)

// serve gives the core the state store as its reply store; only a store
// without the methods falls back to memory, and says so in the log.
func TestReplyStoreWiring(t *testing.T) {
	st, err := state.OpenDir(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = st.Close() })
	cases := []struct {
		name     string
		store    any
		wantWarn bool
	}{
		{"state store", st, false},
		{"store without replies", struct{}{}, true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var logs bytes.Buffer
			if opt := replyStore(tc.store, slog.New(slog.NewTextHandler(&logs, nil))); opt == nil {
				t.Fatal("nil core option")
			}
			if got := strings.Contains(logs.String(), "in memory only"); got != tc.wantWarn {
				t.Errorf("warned = %v, want %v; logs: %s", got, tc.wantWarn, logs.String())
			}
		})
	}
}

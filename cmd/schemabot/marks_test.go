package main

import (
	"context"
	"encoding/json"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"schemabot/bot/state"
)

// A milestone marked done in chat is "fait" in `deadlines` (table and
// JSON), in the ICS export and in the planning, read from the store of the
// data directory; without a store nothing is done and nothing is created.
func TestCalendarCommandsReadDoneMarks(t *testing.T) {
	const key = "isere-2020-2024/32/4" // Bilan : Semestre 1 / 2023
	dir := t.TempDir()
	st, err := state.OpenDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if err := st.MarkDone(context.Background(), key, "UALICE", time.Now()); err != nil {
		t.Fatal(err)
	}
	if err := st.Close(); err != nil {
		t.Fatal(err)
	}
	empty := t.TempDir()
	base := []string{"--today", "2023-07-10", "--doc", "isere-2020-2024", "--fiche", "32"}
	tests := []struct {
		name, data string
		args       []string
		check      func(t *testing.T, out string)
	}{
		{"json", dir, append([]string{"deadlines", "--json"}, base...), func(t *testing.T, out string) {
			var rows []deadlineJSON
			if err := json.Unmarshal([]byte(out), &rows); err != nil {
				t.Fatal(err)
			}
			found := false
			for _, r := range rows {
				if r.Key == key {
					found = true
					if r.Status != "fait" {
						t.Errorf("%s status %q, want fait", key, r.Status)
					}
				}
			}
			if !found {
				t.Fatalf("%s not listed:\n%s", key, out)
			}
		}},
		{"table", dir, append([]string{"deadlines"}, base...), func(t *testing.T, out string) {
			for _, l := range strings.Split(out, "\n") {
				if strings.Contains(l, "Semestre 1 / 2023") && strings.Contains(l, "Bilan") && !strings.HasSuffix(strings.TrimSpace(l), "fait") {
					t.Errorf("row %q is not fait", l)
				}
			}
		}},
		{"ics", dir, append([]string{"deadlines", "--ics"}, base...), func(t *testing.T, out string) {
			if !strings.Contains(out, "Bilan (fait)") {
				t.Errorf("the ICS does not show the done mark:\n%s", out)
			}
		}},
		{"no store", empty, append([]string{"deadlines", "--json"}, base...), func(t *testing.T, out string) {
			if strings.Contains(out, `"status": "fait"`) {
				t.Errorf("a milestone is fait without any store:\n%s", out)
			}
			if _, err := os.Stat(filepath.Join(empty, state.FileName)); err == nil {
				t.Error("reading the marks created a store")
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, stderr := runCalendarCmd(t, map[string]string{"SCHEMABOT_DATA": tt.data}, tt.args...)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			tt.check(t, out)
		})
	}
}

// serve remembers answered messages in the durable store, not in memory:
// the store has both methods of bot.HandledStore.
func TestServeUsesTheDurableHandledStore(t *testing.T) {
	st, err := state.OpenDir(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if got := handledStore(st, slog.New(slog.DiscardHandler)); got != any(st) {
		t.Errorf("handledStore = %T, want the state store", got)
	}
}

package slack

import (
	"context"
	"fmt"
	"testing"
	"time"

	"schemabot/bot/reminder"
	"schemabot/bot/state"
	"schemabot/corpus"
	"schemabot/corpus/calendar"
)

// Every milestone of a digest must be markable from Slack: one button each,
// within Slack's limits (50 blocks a message, 25 elements an actions block,
// action ids unique in a message), and a click on any of them, even the
// last, marks its milestone.
func TestEveryDigestMilestoneHasAWorkingButton(t *testing.T) {
	lib, err := corpus.LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	today := time.Date(2023, 6, 1, 0, 0, 0, 0, time.UTC)
	var dated []calendar.Entry
	for _, e := range calendar.Entries(lib, today, nil) {
		if e.Dated() {
			dated = append(dated, e)
		}
	}
	tests := []struct {
		name       string
		milestones int
	}{
		{"a few", 3},
		{"more than one actions block", 55},
		{"more than one message of buttons", min(len(dated), 1300)},
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if len(dated) < tt.milestones {
				t.Skipf("only %d dated milestones", len(dated))
			}
			st, err := state.OpenDir(t.TempDir())
			if err != nil {
				t.Fatal(err)
			}
			defer st.Close()
			core := realCore(t)
			reminder.Register(core, lib, st, func() time.Time { return today })
			h := start(t, core)
			channel := fmt.Sprintf("CDIGEST%d", i)
			r := reminder.Compose(lib, dated[:tt.milestones], today, 30, reminder.DigestID(channel, today))
			if err := h.adapter.Post(context.Background(), channel, r); err != nil {
				t.Fatal(err)
			}
			values := map[string]button{}
			for _, c := range h.slack.callsOf("chat.postMessage") {
				if c.Form.Get("channel") != channel {
					continue
				}
				blocks := c.blocks(t)
				if len(blocks) > 50 {
					t.Errorf("a message has %d blocks, Slack takes 50", len(blocks))
				}
				ids := map[string]bool{}
				for _, b := range blocks {
					if elems, _ := b["elements"].([]any); b["type"] == "actions" && len(elems) > 25 {
						t.Errorf("an actions block has %d elements, Slack takes 25", len(elems))
					}
				}
				for _, b := range buttons(t, c) {
					if ids[b.ActionID] {
						t.Errorf("action id %q twice in one message", b.ActionID)
					}
					ids[b.ActionID] = true
					values[b.Value] = b
				}
			}
			for _, e := range dated[:tt.milestones] {
				if _, ok := values[e.Key]; !ok {
					t.Fatalf("no button for milestone %s (%d buttons for %d milestones)", e.Key, len(values), tt.milestones)
				}
			}
			last := values[dated[tt.milestones-1].Key]
			h.sendAndWaitAck(blockActionEnvelope("click", channel, "UALICE", "1.0", "", last.ActionID, last.Value))
			waitFor(t, "the mark from the last button", 5*time.Second, func() bool { return st.IsDone(last.Value) })
		})
	}
}

package slack

import (
	"bytes"
	"context"
	"image/png"
	"strings"
	"testing"
	"time"

	"schemabot/bot/reminder"
	"schemabot/bot/state"
	"schemabot/corpus"
)

// TestDeadlineCommandsAndDigestThroughSlack drives the deadline features
// through the real Socket Mode client and the in-process Slack server: the
// chat commands, the "Marquer fait" button, the planning image and a digest.
func TestDeadlineCommandsAndDigestThroughSlack(t *testing.T) {
	lib, err := corpus.LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	st, err := state.OpenDir(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	// As of 1 June 2023, Isère fiche 32's "Bilan : Semestre 1 / 2023" (line 1983) is due by 30 June.
	today := time.Date(2023, 6, 1, 0, 0, 0, 0, time.UTC)
	core := realCore(t)
	reminder.Register(core, lib, st, func() time.Time { return today })
	h := start(t, core)

	h.sendAndWaitAck(slashEnvelope("e1", "C1", "UALICE", "echeances juin 2023 isère", ""))
	waitFor(t, "the échéances reply", 5*time.Second, func() bool {
		return len(h.slack.callsOf("chat.postMessage"))+len(h.slack.callsOf("chat.postEphemeral")) >= 1
	})
	all := append(h.slack.callsOf("chat.postMessage"), h.slack.callsOf("chat.postEphemeral")...)
	if text := strings.Join(sections(t, all[0]), "\n"); !strings.Contains(text, "Bilan") || !strings.Contains(text, "Semestre 1 / 2023") {
		t.Fatalf("échéances reply lacks Isère fiche 32's Bilan:\n%s", text)
	}

	h.sendAndWaitAck(slashEnvelope("e2", "C1", "UALICE", "fait 32 bilan isère", ""))
	waitFor(t, "the mark", 5*time.Second, func() bool { return st.IsDone("isere-2020-2024/32/4") })
	if m, ok := st.Done("isere-2020-2024/32/4"); !ok || m.By != "UALICE" {
		t.Errorf("mark = %+v, want done by UALICE", m)
	}

	h.sendAndWaitAck(slashEnvelope("e3", "C1", "UALICE", "planning isère", ""))
	// Drawing the chart takes seconds on a loaded machine.
	waitFor(t, "the chart upload", 30*time.Second, func() bool { return len(h.slack.callsOf("upload")) == 1 })
	img, err := png.Decode(bytes.NewReader(h.slack.callsOf("upload")[0].Body))
	if err != nil || img.Bounds().Dx() < 800 {
		t.Fatalf("uploaded planning is not a readable PNG: %v", err)
	}

	// A digest posted through the adapter, in the channel, without the milestone marked done.
	sched, err := reminder.New(lib, st, h.adapter, reminder.Config{
		Channels:    []reminder.Channel{{ID: "CDIGEST", Doc: "isere-2020-2024"}},
		Now:         func() time.Time { return time.Date(2023, 6, 5, 10, 0, 0, 0, time.UTC) }, // a Monday after 09:00
		Today:       func() time.Time { return today },
		HorizonDays: 60,
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := sched.Tick(context.Background()); err != nil {
		t.Fatal(err)
	}
	var digest []apiCall
	for _, c := range h.slack.callsOf("chat.postMessage") {
		if c.Form.Get("channel") == "CDIGEST" {
			digest = append(digest, c)
		}
	}
	if len(digest) == 0 {
		t.Fatal("no digest posted in CDIGEST")
	}
	text := strings.Join(sections(t, digest[0]), "\n")
	if strings.Contains(text, "Bilan : Semestre 1 / 2023") || strings.Contains(text, "@here") {
		t.Errorf("digest shows a milestone marked done, or a mention:\n%s", text)
	}
	// The adapter tells the scheduler whether a digest reached the channel.
	id := reminder.FindDigestID(digest[0].Form.Get("text") + text)
	if id == "" {
		t.Fatalf("no digest id in the posted digest:\n%s", text)
	}
	if ok, err := h.adapter.Posted(context.Background(), "CDIGEST", id); err != nil || !ok {
		t.Errorf("Posted(%s) = %v, %v; want true", id, ok, err)
	}
	if ok, err := h.adapter.Posted(context.Background(), "CDIGEST", "dg-19990101T0000Z-00000000"); err != nil || ok {
		t.Errorf("Posted(unknown) = %v, %v; want false", ok, err)
	}
	if err := sched.Tick(context.Background()); err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, c := range h.slack.callsOf("chat.postMessage") {
		if c.Form.Get("channel") == "CDIGEST" {
			n++
		}
	}
	if n != len(digest) {
		t.Errorf("a second tick posted the digest again (%d posts, want %d)", n, len(digest))
	}
}

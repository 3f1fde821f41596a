package mattermost

import (
	"context"
	"strings"
	"testing"

	"schemabot/bot/chat"
)

// TestPostAndPosted checks the two methods the reminder scheduler uses: a
// digest posted at the top level of a channel, defused, and found again by
// its id after a crash.
func TestPostAndPosted(t *testing.T) {
	h := start(t, setup{})
	ctx := context.Background()
	const id = "dg-20230605T0700Z-8c47f2c6"
	r := chat.Reply{Answer: chat.Answer{Text: "Échéances @here de la semaine\n\n_Rappel automatique · réf. " + id + "_"}}
	if err := h.ad.Post(ctx, "CDIGEST", r); err != nil {
		t.Fatal(err)
	}
	h.fake.mu.Lock()
	var posted string
	for _, p := range h.fake.posts {
		if p.ChannelId == "CDIGEST" {
			posted = p.Message
			if p.RootId != "" {
				t.Errorf("digest posted in a thread (%s)", p.RootId)
			}
		}
	}
	h.fake.mu.Unlock()
	if !strings.Contains(posted, id) || strings.Contains(posted, "@here") {
		t.Fatalf("posted %q: want the id and no live @here", posted)
	}
	if ok, err := h.ad.Posted(ctx, "CDIGEST", id); err != nil || !ok {
		t.Errorf("Posted(%s) = %v, %v; want true", id, ok, err)
	}
	if ok, err := h.ad.Posted(ctx, "CDIGEST", "dg-19990101T0000Z-00000000"); err != nil || ok {
		t.Errorf("Posted(unknown) = %v, %v; want false", ok, err)
	}
	if ok, err := h.ad.Posted(ctx, "COTHER", id); err != nil || ok {
		t.Errorf("Posted in another channel = %v, %v; want false", ok, err)
	}
}

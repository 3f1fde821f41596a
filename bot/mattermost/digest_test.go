package mattermost

import (
	"context"
	"strings"
	"testing"
	"time"

	"schemabot/bot/reminder"
	"schemabot/corpus"
	"schemabot/corpus/calendar"
)

// A Mattermost digest shows no button: it must not tell people to click
// one, and must say what to type instead.
func TestMattermostDigestSaysWhatToType(t *testing.T) {
	lib, err := corpus.LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	today := time.Date(2023, 6, 1, 0, 0, 0, 0, time.UTC)
	var dated []calendar.Entry
	for _, e := range calendar.Entries(lib, today, nil) {
		if e.Dated() && len(dated) < 5 {
			dated = append(dated, e)
		}
	}
	h := start(t, setup{})
	r := reminder.Compose(lib, dated, today, 30, reminder.DigestID("mattermost:"+townSq, today))
	if err := h.ad.Post(context.Background(), townSq, r); err != nil {
		t.Fatal(err)
	}
	var text strings.Builder
	for _, p := range h.fake.Posts() {
		text.WriteString(p.Message)
	}
	if strings.Contains(text.String(), "Cliquez") {
		t.Errorf("the digest asks to click a button Mattermost does not show:\n%s", text.String())
	}
	if !strings.Contains(text.String(), "/schema fait") {
		t.Errorf("the digest does not say what to type:\n%s", text.String())
	}
}

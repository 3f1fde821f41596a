package answer

import (
	"context"
	"fmt"
	"os"
	"strings"
	"testing"

	"schemabot/bot/chat"
)

// TestZZ is a debugging aid: ZZQ="q1||q2" asks a thread, ZZC names a layout file.
func TestZZ(t *testing.T) {
	q := os.Getenv("ZZQ")
	if q == "" {
		t.Skip()
	}
	var eng *Engine
	if c := os.Getenv("ZZC"); c != "" {
		eng = testdataEngine(t, "layouts", c)
	} else {
		eng = testEngine(t)
	}
	var conv chat.Conversation
	for _, p := range strings.Split(q, "||") {
		var a chat.Answer
		ctx := context.Background()
		if os.Getenv("ZZR") != "" {
			ctx = WithReadings(ctx, func(rs []Reading) {
				for _, r := range rs {
					txt := r.Answer.Text
					if len(txt) > 90 {
						txt = txt[:90]
					}
					fmt.Printf("  reading %-10s cue=%.2f sup=%.2f chosen=%v found=%v %q\n", r.Kind, r.Cue, r.Support, r.Chosen, r.Answer.Found, txt)
				}
			})
		}
		a, conv = eng.Ask(ctx, p, conv)
		fmt.Printf("Q: %s\nfound=%v\n%s\n", p, a.Found, a.Text)
		for _, c := range a.Citations {
			f := ""
			if c.Fiche != nil {
				f = *c.Fiche
			}
			fmt.Printf("  cite %s fiche=%s sec=%s\n", c.Doc, f, c.Section)
		}
		fmt.Println("----")
	}
}

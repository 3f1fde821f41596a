package slack

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"schemabot/bot/chat"

	slackgo "github.com/slack-go/slack"
)

func TestMrkdwn(t *testing.T) {
	const wj = "\u2060" // the word joiner chat.Defuse puts after "@" and "<"
	tests := []struct{ name, in, want string }{
		{"bold", "Le pilote est **le Département**.", "Le pilote est *le Département*."},
		{"underscore bold", "__Pilotes__ : ASE", "*Pilotes* : ASE"},
		{"italic", "une action *prioritaire* ici", "une action _prioritaire_ ici"},
		{"bold and italic", "**Fiche 3** et *note*", "*Fiche 3* et _note_"},
		{"stars in arithmetic stay", "2 * 3 * 4", "2 * 3 * 4"},
		{"heading", "## Fiche 3 : **Accueil**", "*Fiche 3 : Accueil*"},
		{"bullets", "- un\n* deux\n  + trois", "• un\n• deux\n  • trois"},
		{"link", "voir [le schéma](https://isere.fr/schema?a=1&b=2)", "voir <https://isere.fr/schema?a=1&amp;b=2|le schéma>"},
		{"bare url", "voir https://isere.fr/schema.", "voir <https://isere.fr/schema>."},
		{"escapes", "Tom & Jerry <b> 3 > 2", "Tom &amp; Jerry &lt;b&gt; 3 &gt; 2"},
		{"broadcasts defused", "<!channel> <!here> @here", "&lt;" + wj + "!" + wj + "channel&gt; &lt;" + wj + "!" + wj + "here&gt; @" + wj + "here"},
		{"user mention defused", "<@U123> et @marie", "&lt;" + wj + "@" + wj + "U123&gt; et @" + wj + "marie"},
		{"code kept", "```\n**pas du gras**\n```", "```\n**pas du gras**\n```"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := mrkdwn(tt.in); got != tt.want {
				t.Errorf("mrkdwn(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestSplitText(t *testing.T) {
	tests := []struct {
		name  string
		in    string
		limit int
		want  []string
	}{
		{"short", "bonjour", 10, []string{"bonjour"}},
		{"empty", "  \n ", 10, nil},
		{"paragraphs first", "aaaa bbbb\n\ncccc dddd", 15, []string{"aaaa bbbb", "cccc dddd"}},
		{"then words", "aaaa bbbb cccc", 10, []string{"aaaa bbbb", "cccc"}},
		{"hard cut", "abcdefghij", 4, []string{"abcd", "efgh", "ij"}},
		{"not inside an escape", "abcdefg&amp;xyz", 10, []string{"abcdefg", "&amp;xyz"}},
		{"not inside a link", "abcde <https://x.fr|lien> fin", 20, []string{"abcde", "<https://x.fr|lien>", "fin"}},
		{"runes not bytes", strings.Repeat("é", 7), 3, []string{"ééé", "ééé", "é"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := splitText(tt.in, tt.limit)
			if fmt.Sprint(got) != fmt.Sprint(tt.want) || len(got) != len(tt.want) {
				t.Errorf("splitText(%q, %d) = %q, want %q", tt.in, tt.limit, got, tt.want)
			}
		})
	}
}

func intp(i int) *int { return &i }

func strp(s string) *string { return &s }

func TestRender(t *testing.T) {
	t.Run("empty reply posts nothing", func(t *testing.T) {
		if msgs := render(chat.Reply{}); msgs != nil {
			t.Errorf("render(empty) = %v", msgs)
		}
	})
	t.Run("answer, citations, buttons", func(t *testing.T) {
		r := chat.Reply{
			Answer: chat.Answer{Text: "Le pilote est **la DEF**.", Citations: []chat.Citation{
				{Doc: "isere-2020-2024", Fiche: strp("3"), Section: "Pilotes", Page: intp(42)},
				{Doc: "isere-2020-2024", Fiche: strp("3"), Section: "Pilotes", Page: intp(42)}, // same: shown once
				{Doc: "moselle-2019-2023", Section: "Glossaire"},
			}},
			Buttons: []chat.Button{{ID: "feedback_up", Label: "👍", Value: "r1"}, {ID: "feedback_down", Label: "👎", Value: "r1"},
				{ID: "mark_done", Label: "Fait", Value: "a"}, {ID: "mark_done", Label: "Fait", Value: "b"}},
		}
		msgs := render(r)
		if len(msgs) != 1 {
			t.Fatalf("got %d messages", len(msgs))
		}
		data, _ := json.Marshal(msgs[0].blocks)
		var blocks []map[string]any
		_ = json.Unmarshal(data, &blocks)
		var types []string
		for _, b := range blocks {
			types = append(types, b["type"].(string))
		}
		// Slack wants action ids unique in a message: the repeated one
		// gets a suffix, and all four buttons share one actions block.
		if got := strings.Join(types, ","); got != "section,context,actions" {
			t.Fatalf("blocks = %s", got)
		}
		var ids []string
		for _, e := range blocks[2]["elements"].([]any) {
			ids = append(ids, e.(map[string]any)["action_id"].(string))
		}
		if got := strings.Join(ids, ","); got != "feedback_up,feedback_down,mark_done,mark_done#2" {
			t.Errorf("action ids = %s", got)
		}
		if txt := blocks[0]["text"].(map[string]any); txt["text"] != "Le pilote est *la DEF*." || txt["type"] != "mrkdwn" {
			t.Errorf("section = %v", txt)
		}
		elems := blocks[1]["elements"].([]any)
		if len(elems) != 2 {
			t.Fatalf("citations = %v, want 2 distinct", elems)
		}
		if got := elems[0].(map[string]any)["text"]; got != "📄 *Schéma Isère (2020-2024)* · fiche 3 · Pilotes · p. 42" {
			t.Errorf("citation = %q", got)
		}
		if got := elems[1].(map[string]any)["text"]; got != "📄 *Schéma Moselle (2019-2023)* · Glossaire" {
			t.Errorf("citation = %q", got)
		}
		if msgs[0].text != "Le pilote est *la DEF*." {
			t.Errorf("fallback = %q", msgs[0].text)
		}
	})
	t.Run("limits", func(t *testing.T) {
		var cites []chat.Citation
		for i := 0; i < 40; i++ {
			cites = append(cites, chat.Citation{Doc: "d", Section: fmt.Sprintf("s%d %s", i, strings.Repeat("x", 400))})
		}
		var buttons []chat.Button
		for i := 0; i < 30; i++ {
			buttons = append(buttons, chat.Button{ID: fmt.Sprintf("b%d", i), Label: strings.Repeat("L", 100), Value: "v"})
		}
		// One word of 200 000 letters: no boundary to cut at.
		msgs := render(chat.Reply{Answer: chat.Answer{Text: strings.Repeat("a", 200000), Citations: cites}, Buttons: buttons})
		total := 0
		for i, m := range msgs {
			if len(m.blocks) > maxBlocks {
				t.Errorf("message %d has %d blocks", i, len(m.blocks))
			}
			if n := utf8.RuneCountInString(m.text); n > maxTextRunes || n == 0 {
				t.Errorf("message %d fallback has %d characters", i, n)
			}
			for _, b := range m.blocks {
				switch b := b.(type) {
				case *slackgo.SectionBlock:
					if n := utf8.RuneCountInString(b.Text.Text); n > maxTextRunes {
						t.Errorf("section of %d characters", n)
					}
					total += utf8.RuneCountInString(b.Text.Text)
				case *slackgo.ContextBlock:
					if n := len(b.ContextElements.Elements); n > maxContextElems {
						t.Errorf("context block with %d elements", n)
					}
					for _, e := range b.ContextElements.Elements {
						if n := utf8.RuneCountInString(e.(*slackgo.TextBlockObject).Text); n > maxCitationRunes {
							t.Errorf("citation of %d characters", n)
						}
					}
				case *slackgo.ActionBlock:
					if n := len(b.Elements.ElementSet); n > maxActionElems {
						t.Errorf("actions block with %d elements", n)
					}
					for _, e := range b.Elements.ElementSet {
						if n := utf8.RuneCountInString(e.(*slackgo.ButtonBlockElement).Text.Text); n > maxButtonLabel {
							t.Errorf("button label of %d characters", n)
						}
					}
				}
			}
		}
		if total != 200000 {
			t.Errorf("sections hold %d characters, want all 200000", total)
		}
	})
}

// TestCitationNamesTheSchema checks that a Slack citation names the schéma
// as Mattermost and the answers' "Source" lines do, never by its file id
// (the deployment saw "isere-2020-2024" in Slack and "Isère" in
// Mattermost), with or without the engine's library at hand.
func TestCitationNamesTheSchema(t *testing.T) {
	fromLibrary := (&Adapter{core: realCore(t)}).docName
	tests := []struct {
		name  string
		names func(string) string
		c     chat.Citation
		want  string
	}{
		{"from the id", nameFromID, chat.Citation{Doc: "isere-2020-2024", Fiche: strp("12"), Section: "Le pilote", Page: intp(59), Line: 1114},
			"📄 *Schéma Isère (2020-2024)* · fiche 12 · Le pilote · p. 59"},
		{"longest département wins", nameFromID, chat.Citation{Doc: "meurthe-et-moselle-2022-2026", Section: "Glossaire"},
			"📄 *Schéma Meurthe-et-Moselle (2022-2026)* · Glossaire"},
		{"accents and case in the id", nameFromID, chat.Citation{Doc: "Cotes_d_Armor_2020", Section: "Axe 1"},
			"📄 *Schéma Côtes-d'Armor* · Axe 1"},
		{"no département: words, not a file name", nameFromID, chat.Citation{Doc: "guide-crip", Section: "Saisine"},
			"📄 *Schéma guide crip* · Saisine"},
		{"from the library", fromLibrary, chat.Citation{Doc: "moselle-2019-2023", Fiche: strp("3"), Section: "Pilotes"},
			"📄 *Schéma Moselle (2019-2023)* · fiche 3 · Pilotes"},
		{"unknown to the library", fromLibrary, chat.Citation{Doc: "isere-2020-2024-v2", Section: "Pilotes"},
			"📄 *Schéma Isère (2020-2024)* · Pilotes"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := citationLine(tt.c, tt.names)
			if got != tt.want {
				t.Errorf("citationLine = %q, want %q", got, tt.want)
			}
			if strings.Contains(got, tt.c.Doc) {
				t.Errorf("citationLine %q shows the file id %q", got, tt.c.Doc)
			}
		})
	}
}

// An answer whose text already says its sources gets no citation blocks.
func TestRenderNamesSourcesOnce(t *testing.T) {
	r := chat.Reply{Answer: chat.Answer{Text: "Le pilote :\n- Médecin\n_Source : schéma Isère (2020-2024), fiche 12, « Le pilote », p. 59_",
		Citations: []chat.Citation{{Doc: "isere-2020-2024", Fiche: strp("12"), Section: "Le pilote", Page: intp(59)}}}}
	for _, m := range render(r) {
		for _, b := range m.blocks {
			if b.BlockType() == "context" {
				t.Errorf("citation block beside a text that names its source: %+v", b)
			}
		}
	}
}

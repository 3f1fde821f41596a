package mattermost

import (
	"net/http"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"schemabot/bot"
	"schemabot/bot/answer/answertest"
	"schemabot/bot/chat"
)

func TestMentions(t *testing.T) {
	tests := []struct {
		text, wantText string
		mentioned      bool
	}{
		{"@schemabot qui pilote la fiche 3 ?", "qui pilote la fiche 3 ?", true},
		{"@SchemaBot: qui pilote ?", "qui pilote ?", true},
		{"Bonjour @schemabot, qui pilote ?", "Bonjour  , qui pilote ?", true},
		{"qui pilote ? @schemabot", "qui pilote ?", true},
		{"(@schemabot) aide", "( ) aide", true},
		{"@schemabot @schemabot double", "double", true},
		{"@schemabot. Merci", ". Merci", true},
		{"@schemabot_test qui ?", "", false},
		{"@schemabot-dev qui ?", "", false},
		{"@schemabot.dev qui ?", "", false},
		{"écrire à contact@schemabot.org", "", false},
		{"schemabot qui pilote ?", "", false},
		{"@schémabot qui ?", "", false},
	}
	for _, tt := range tests {
		spans := mentionSpans(tt.text, "schemabot")
		if got := len(spans) > 0; got != tt.mentioned {
			t.Errorf("mentioned(%q) = %v, want %v", tt.text, got, tt.mentioned)
			continue
		}
		if tt.mentioned {
			if got := withoutMentions(tt.text, spans); got != tt.wantText {
				t.Errorf("withoutMentions(%q) = %q, want %q", tt.text, got, tt.wantText)
			}
		}
	}
}

// A line of chat to colleagues before the line that mentions the bot is not
// part of what the bot is asked.
func TestAddressedText(t *testing.T) {
	for _, tt := range []struct{ text, want string }{
		{"@paul tu regardes avec moi demain ?\n@schemabot qui pilote la fiche 8 ?", "qui pilote la fiche 8 ?"},
		{"les gens je boucle la note ce soir\n@schemabot: nb de jeunes majeurs ?", "nb de jeunes majeurs ?"},
		{"@schemabot qui pilote la fiche 8 ?\net ses partenaires ?", "qui pilote la fiche 8 ?\net ses partenaires ?"},
		{"Bonjour @schemabot, qui pilote ?", "Bonjour  , qui pilote ?"},
	} {
		if got := addressedText(tt.text, mentionSpans(tt.text, "schemabot")); got != tt.want {
			t.Errorf("addressedText(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestSplit(t *testing.T) {
	tests := []struct {
		name string
		in   string
		n    int
		want []string
	}{
		{"short", "Une réponse.", 100, []string{"Une réponse."}},
		{"empty", "  ", 10, nil},
		{"paragraphs", "aaaa bbbb\n\ncccc dddd", 12, []string{"aaaa bbbb", "cccc dddd"}},
		{"lines", "aaaa bbbb\ncccc dddd", 12, []string{"aaaa bbbb", "cccc dddd"}},
		{"words", "aaaa bbbb cccc dddd", 12, []string{"aaaa bbbb", "cccc dddd"}},
		{"no space", "ééééééééééé", 4, []string{"éééé", "éééé", "ééé"}},
	}
	for _, tt := range tests {
		got := split(tt.in, tt.n)
		if strings.Join(got, "|") != strings.Join(tt.want, "|") || len(got) != len(tt.want) {
			t.Errorf("%s: split = %q, want %q", tt.name, got, tt.want)
		}
		for _, p := range got {
			if utf8.RuneCountInString(p) > tt.n {
				t.Errorf("%s: part %q over %d runes", tt.name, p, tt.n)
			}
		}
	}
}

func TestRetryAfter(t *testing.T) {
	now := time.Date(2024, 3, 1, 12, 0, 0, 0, time.UTC)
	tests := []struct {
		name   string
		header http.Header
		want   time.Duration
	}{
		{"seconds", http.Header{"Retry-After": {"3"}}, 3 * time.Second},
		{"date", http.Header{"Retry-After": {now.Add(5 * time.Second).Format(http.TimeFormat)}}, 5 * time.Second},
		{"reset header", http.Header{"X-Ratelimit-Reset": {"2"}}, 2 * time.Second},
		{"none", http.Header{}, time.Second},
		{"bounded", http.Header{"Retry-After": {"86400"}}, maxRetryAfter},
		{"past date", http.Header{"Retry-After": {now.Add(-time.Hour).Format(http.TimeFormat)}}, 0},
	}
	for _, tt := range tests {
		if got := retryAfter(tt.header, now); got != tt.want {
			t.Errorf("%s: retryAfter = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestJitterStaysWithinHalfAndFull(t *testing.T) {
	for range 1000 {
		if d := jitter(time.Second); d < 500*time.Millisecond || d > time.Second {
			t.Fatalf("jitter(1s) = %v", d)
		}
	}
}

func TestFormatCitations(t *testing.T) {
	eng := answertest.Engine(t)
	ad := New(Config{}, bot.NewCore(eng))
	doc := eng.Library().Docs[0]
	fiche, page := "3", 41
	quote := "Puéricultrice *référente*\ntechnique PMI, " + strings.Repeat("direction de l'éducation ", 20)
	r := chat.Reply{Answer: chat.Answer{Text: "Réponse.", Lang: chat.French, Citations: []chat.Citation{
		{Doc: doc.ID, Fiche: &fiche, Section: "Le pilote", Page: &page, Quote: quote},
		{Doc: doc.ID, Section: "Glossaire", Quote: "ASE : Aide sociale à l'enfance"},
	}}}
	got := ad.format(r)
	lines := strings.Split(got, "\n")
	if len(lines) != 5 || lines[0] != "Réponse." || lines[1] != "" || lines[2] != "**Sources :**" {
		t.Fatalf("format = %q, want the answer, a blank line, the sources title and one line per source", got)
	}
	first := lines[3]
	for _, part := range []string{"- *", "fiche 3, Le pilote, p. 41 : « Puéricultrice \\*référente\\* technique PMI", "… »"} {
		if !strings.Contains(first, part) {
			t.Errorf("source %q lacks %q", first, part)
		}
	}
	if doc.Departement != "" && !strings.Contains(first, doc.Departement) {
		t.Errorf("source %q does not name the département %q", first, doc.Departement)
	}
	if q := first[strings.Index(first, "«"):]; utf8.RuneCountInString(q) > 210 {
		t.Errorf("quote of %d runes, want a short one", utf8.RuneCountInString(q))
	}
	if !strings.HasSuffix(lines[4], ", Glossaire : « ASE : Aide sociale à l'enfance »") {
		t.Errorf("second source = %q", lines[4])
	}

	r.Lang = chat.English
	if en := ad.format(r); !strings.Contains(en, "**Sources:**") || !strings.Contains(en, `Glossaire: "ASE`) {
		t.Errorf("English format = %q", en)
	}
	r.Citations = nil
	if got := ad.format(r); got != "Réponse." {
		t.Errorf("without citations: %q, want the answer alone", got)
	}
}

// An answer whose text already says its sources gets no second list.
func TestFormatNamesSourcesOnce(t *testing.T) {
	eng := answertest.Engine(t)
	ad := New(Config{}, bot.NewCore(eng))
	fiche, page := "12", 59
	for _, text := range []string{
		"**Isère (2020-2024) — Fiche action n°12**\nLe pilote :\n- Médecin\n_Source : schéma Isère (2020-2024), fiche 12, « Le pilote », p. 59_",
		"D'après le schéma Isère (2020-2024) (fiche 12) :\n> Médecin",
		"From the schéma Isère (2020-2024) (fiche 12):\n> Médecin",
	} {
		got := ad.format(chat.Reply{Answer: chat.Answer{Text: text, Lang: chat.French, Citations: []chat.Citation{
			{Doc: "isere-2020-2024", Fiche: &fiche, Section: "Le pilote", Page: &page}}}})
		if strings.Contains(got, "Sources") {
			t.Errorf("%q: a second list of sources:\n%s", text, got)
		}
	}
}

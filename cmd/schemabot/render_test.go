package main

import (
	"encoding/json"
	"strings"
	"testing"

	"schemabot/bot/chat"
	"schemabot/corpus"
)

func TestPlainText(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"bold", "**Pilote :** la DEJS", "Pilote : la DEJS"},
		{"italic source", "_Source : schéma Isère (2020-2024), fiche 12, « Le pilote », p. 59_", "Source : schéma Isère (2020-2024), fiche 12, « Le pilote », p. 59"},
		{"quote kept indented", "D'après le schéma Isère :\n> Le Département pilote.\n_p. 59_", "D'après le schéma Isère :\n  Le Département pilote.\np. 59"},
		{"heading", "## Fiche 3", "Fiche 3"},
		{"marks inside words stay", "le fichier isere_2020_2024", "le fichier isere_2020_2024"},
		{"lone stars stay", "2 * 3\n* un point", "2 * 3\n* un point"},
		{"italic in brackets", "(_voir p. 4_)", "(voir p. 4)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := plainText(tt.in); got != tt.want {
				t.Errorf("plainText(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// TestSourcesAreListedOnce checks the deployment's complaint: a text that
// names its sources gets no second list, and a list, when there is one,
// names the schéma once per place, without file ids or line numbers.
func TestSourcesAreListedOnce(t *testing.T) {
	lib, err := corpus.LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	p := &answerPrinter{lib: lib}
	fiche, page := "12", 59
	cite := chat.Citation{Doc: "isere-2020-2024", Fiche: &fiche, Section: "Le pilote", Page: &page, Line: 1114}
	tests := []struct {
		name string
		a    chat.Answer
		want string
	}{
		{"a Source line names it",
			chat.Answer{Text: "**Pilote :** la DEJS\n_Source : schéma Isère (2020-2024), fiche 12, « Le pilote », p. 59_", Citations: []chat.Citation{cite}},
			"Pilote : la DEJS\nSource : schéma Isère (2020-2024), fiche 12, « Le pilote », p. 59"},
		{"a passage names it",
			chat.Answer{Text: "D'après le schéma Isère (2020-2024) (fiche 12, « Le pilote ») :\n> La DEJS.", Citations: []chat.Citation{cite}},
			"D'après le schéma Isère (2020-2024) (fiche 12, « Le pilote ») :\n  La DEJS."},
		{"otherwise one line per place, named",
			chat.Answer{Text: "ODPE signifie « Observatoire ».", Citations: []chat.Citation{cite, cite, {Doc: "moselle-2019-2023", Section: "Glossaire"}}},
			"ODPE signifie « Observatoire ».\n\nSources :\n- schéma Isère (2020-2024), fiche 12, « Le pilote », p. 59\n- schéma Moselle (2019-2023), « Glossaire »"},
		{"English label",
			chat.Answer{Text: "Fiches on this topic.", Lang: chat.English, Citations: []chat.Citation{{Doc: "unknown-doc", Section: "Axe 1"}}},
			"Fiches on this topic.\n\nSources:\n- schéma unknown-doc, « Axe 1 »"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := p.format(tt.a); got != tt.want {
				t.Errorf("format =\n%s\nwant\n%s", got, tt.want)
			}
		})
	}
}

// TestAskPipedOutputReadsPlainly runs `ask` into a pipe: no raw markdown,
// no second list of sources, schémas named rather than files; and checks
// that --json still carries the ids and line numbers.
func TestAskPipedOutputReadsPlainly(t *testing.T) {
	data := t.TempDir()
	vars := map[string]string{"SCHEMABOT_DATA": data}
	questions := []string{
		"Qui pilote la fiche 12 en Isère ?",
		"When is the CRIP guide due?",
		"que veut dire ODPE ?",
		"quelles fiches concernent les MNA ?",
		openQuestion,
	}
	for _, q := range questions {
		t.Run(q, func(t *testing.T) {
			code, out := runWith(t, vars, "", "ask", q)
			if code != 0 {
				t.Fatalf("exit %d", code)
			}
			checkPlainAnswer(t, out)
		})
	}
	t.Run("json unchanged", func(t *testing.T) {
		code, out := runWith(t, vars, "", "ask", "--json", questions[0])
		if code != 0 {
			t.Fatalf("exit %d", code)
		}
		var a chat.Answer
		if err := json.Unmarshal([]byte(out), &a); err != nil {
			t.Fatal(err)
		}
		if len(a.Citations) == 0 || a.Citations[0].Doc != "isere-2020-2024" || a.Citations[0].Line == 0 ||
			!strings.Contains(a.Text, "**") {
			t.Errorf("the JSON answer lost its markdown, ids or lines: %s", out)
		}
	})
	t.Run("chat", func(t *testing.T) {
		code, out := runWith(t, vars, questions[0]+"\net les partenaires ?\n", "chat")
		if code != 0 {
			t.Fatalf("exit %d", code)
		}
		checkPlainAnswer(t, out)
	})
}

// checkPlainAnswer fails when piped output shows markdown marks, file ids,
// line numbers or a source twice.
func checkPlainAnswer(t *testing.T, out string) {
	t.Helper()
	for _, bad := range []string{"**", "_Source", "isere-2020-2024", "moselle-2019-2023", "ligne ", "[1]"} {
		if strings.Contains(out, bad) {
			t.Errorf("output shows %q:\n%s", bad, out)
		}
	}
	if !strings.Contains(out, "Isère (2020-2024)") && !strings.Contains(out, "Moselle (2019-2023)") {
		t.Errorf("output names no schéma:\n%s", out)
	}
	seen := map[string]bool{}
	for line := range strings.SplitSeq(out, "\n") {
		if strings.Contains(line, "Source") && line == strings.TrimSpace(line) && seen[line] {
			t.Errorf("source line %q printed twice:\n%s", line, out)
		}
		seen[line] = true
	}
	if strings.Contains(out, "Source :") && strings.Contains(out, "Sources :") ||
		strings.Contains(out, "Source:") && strings.Contains(out, "Sources:") {
		t.Errorf("sources named in the text and listed again:\n%s", out)
	}
}

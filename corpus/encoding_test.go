package corpus_test

import (
	"errors"
	"strings"
	"testing"

	"schemabot/corpus"
)

// A spreadsheet exported by a Windows tool in Windows-1252 ("ANSI") reads
// as the text it holds: accents, curly apostrophes, the euro, "œ", and
// quoted cells holding ";" and a line break.
func TestWindows1252Document(t *testing.T) {
	d := loadClass(t, "meurthe-et-moselle-ansi.csv")
	if d.Departement != "Meurthe-et-Moselle" || d.StartYear != 2025 || d.EndYear != 2029 {
		t.Errorf("département %q, period %d-%d", d.Departement, d.StartYear, d.EndYear)
	}
	for _, tc := range []struct{ fiche, title, pilot, partner string }{
		{"1", "Créer un lieu d’accueil parents-enfants", "Service de PMI", "CAF"},
		{"2", "Former les assistants familiaux à l’accueil des fratries", "Service accueil familial – cœur de métier", "IRTS"},
		{"3", "Ouvrir un foyer « petite enfance »", "Direction enfance famille", "service de pédiatrie"},
	} {
		f := d.Fiche(tc.fiche)
		if f == nil {
			t.Fatalf("no fiche %s", tc.fiche)
		}
		if f.Title != tc.title {
			t.Errorf("fiche %s: title %q, want %q", tc.fiche, f.Title, tc.title)
		}
		if got := strings.Join(f.Pilots.Texts(), "|"); got != tc.pilot {
			t.Errorf("fiche %s: pilots %q, want %q", tc.fiche, got, tc.pilot)
		}
		if got := strings.Join(f.Partners.Texts(), "|"); !strings.Contains(got, tc.partner) {
			t.Errorf("fiche %s: partners %q, want %q", tc.fiche, got, tc.partner)
		}
	}
	if f := d.Fiche("1"); f != nil && !strings.Contains(d.Text(f.Span), "12 500 €") {
		t.Errorf("fiche 1 text %q, want its budget in euros", d.Text(f.Span))
	}
	if len(d.Glossary) != 2 {
		t.Errorf("%d glossary entries, want 2", len(d.Glossary))
	}
}

// Bytes that are neither UTF-8 nor Windows-1252 text keep their error:
// a UTF-8 file with one broken byte, bytes Windows-1252 leaves undefined,
// control characters, and symbols no prose is made of.
func TestNotText(t *testing.T) {
	for _, tt := range []struct {
		name, data string
		line       int
	}{
		{"UTF-8 with a Latin-1 byte", "Schéma\nProt\xe9ger\n", 2},
		{"undefined byte", "Sch\x81ma\n", 1},
		{"control characters", "Sch\xe9ma\x01\x02\x03\n", 1},
		{"symbols", "a\n\xa4\xa6\xa8\xac\xae\xaf\xa4\xa6\xa8\xac\n", 2},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := corpus.Parse("x", "x.txt", []byte(tt.data))
			var fe *corpus.FileError
			if !errors.As(err, &fe) || fe.Problem != corpus.ProblemNotUTF8 || fe.Line != tt.line {
				t.Errorf("err = %v, want invalid UTF-8 on line %d", err, tt.line)
			}
		})
	}
}

// A text file in Windows-1252 parses as its UTF-8 twin does.
func TestWindows1252Text(t *testing.T) {
	utf := "# Schéma départemental de l’enfance 2024-2028\n\n## Fiche 1 : Prévenir les ruptures\n\nPilote : Service de l’ASE\n"
	ansi := []byte("# Sch\xe9ma d\xe9partemental de l\x92enfance 2024-2028\n\n## Fiche 1 : Pr\xe9venir les ruptures\n\nPilote : Service de l\x92ASE\n")
	want, err := corpus.Parse("x", "x.md", []byte(utf))
	if err != nil {
		t.Fatal(err)
	}
	got, err := corpus.Parse("x", "x.md", ansi)
	if err != nil {
		t.Fatal(err)
	}
	if got.Title != want.Title || len(got.Fiches) != 1 || got.Fiches[0].Title != want.Fiches[0].Title ||
		strings.Join(got.Fiches[0].Pilots.Texts(), "|") != "Service de l’ASE" {
		t.Errorf("title %q, fiches %+v; want %q and the fiche of the UTF-8 text", got.Title, got.Fiches, want.Title)
	}
}

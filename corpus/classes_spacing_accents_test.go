package corpus_test

// A layout class: the text of a scanned schéma read by OCR, or of a PDF
// made by an old typesetting tool, prints each accent as a character of
// its own beside its letter ("pre´vention", "a` domicile", "to^t"). The
// words read with their accents, as a question writes them.

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"schemabot/corpus"
)

func TestSpacingAccentClass(t *testing.T) {
	d, err := corpus.LoadFile(context.Background(), filepath.Join("testdata", "classes", "creuse-ocr-accents.txt"))
	if err != nil {
		t.Fatal(err)
	}
	checkReadDocument(t, d, axisTitle,
		[]string{"Prévenir au plus tôt", "Sécuriser les parcours"},
		[]string{"1", "2", "3"},
		[]readFiche{
			{id: "1", title: "Renforcer les visites à domicile des puéricultrices",
				pilots:     []string{"Service de prévention et de santé de la mère et de l'enfant"},
				partners:   []string{"Maternités, sages-femmes libérales, CAF"},
				indicators: []string{"Nombre de visites réalisées ; délai moyen après la sortie de maternité"},
				when:       "premier semestre 2025"},
			{id: "2", title: "Créer un lieu d'écoute pour les adolescents", indicators: []string{"Nombre de jeunes reçus"}},
			{id: "3", title: "Préparer la majorité des jeunes confiés", pilots: []string{"Service de l'aide sociale à l'enfance"}},
		},
		nil)
	text := strings.Join(d.Lines, "\n")
	for _, want := range []string{"confiés à l'Aide", "31 décembre 2022"} {
		if !strings.Contains(text, want) {
			t.Errorf("the text lacks %q", want)
		}
	}
}

// Accents beside characters French does not accent that way, and the
// backquotes and carets of markup, stay as they are.
func TestSpacingAccentsLeaveMarkup(t *testing.T) {
	for _, s := range []string{"voir la note [^3] et `code`", "x^2 + y^2", "Mme O`Brien"} {
		d, err := corpus.Parse("t", "t.md", []byte("# Titre\n\n"+s+"\n"))
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(strings.Join(d.Lines, "\n"), s) {
			t.Errorf("%q was changed: %q", s, d.Lines)
		}
	}
}

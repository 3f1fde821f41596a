package corpus_test

import (
	"strings"
	"testing"

	"schemabot/corpus"
)

// A markdown file whose fiches are HTML tables, one field a row under a
// header cell, reads as fiches: the table's title row heads the fiche,
// list items are the field's entries, a header spanning several rows
// dates each row of the calendar, entities are characters. Key figures in
// <div> blocks are lines of text, a table of data keeps its rows, and
// markdown abbreviations are the glossary.
func TestHTMLTablesInMarkdown(t *testing.T) {
	d := loadClass(t, "ardennes-tableaux-html.md")
	var axes, ids []string
	for _, a := range d.Axes {
		axes = append(axes, a.Label())
	}
	for _, f := range d.Fiches {
		ids = append(ids, f.ID)
	}
	if got := strings.Join(axes, "|"); got != "Orientation 1 : Soutenir les parents" {
		t.Errorf("axes %q", got)
	}
	if got := strings.Join(ids, "|"); got != "1|2" {
		t.Errorf("fiches %q, want 1|2", got)
	}
	for _, tc := range []struct {
		fiche, title, pilots, partners, objectives, calendar, indicators string
	}{
		{"1", "Des consultations de PMI au plus près des familles", "Service de PMI, avec l’appui des MDS",
			"Centres hospitaliers de Charleville|Sages-femmes libérales", "Voir chaque nouveau-né dans son premier mois",
			"Mars 2027 : Deux permanences ouvertes dans la pointe|2028 : Une permanence par canton",
			"Nombre de visites à domicile|Part des nouveau-nés vus à un mois"},
		{"2", "Un lieu d’accueil parents-enfants par bassin de vie", "Mission parentalité", "CAF des Ardennes", "", "Fin 2027", ""},
	} {
		f := d.Fiche(tc.fiche)
		if f == nil {
			t.Fatalf("no fiche %s", tc.fiche)
		}
		if f.Title != tc.title {
			t.Errorf("fiche %s: title %q, want %q", tc.fiche, f.Title, tc.title)
		}
		for _, fc := range []struct{ name, got, want string }{
			{"pilots", strings.Join(f.Pilots.Texts(), "|"), tc.pilots},
			{"partners", strings.Join(f.Partners.Texts(), "|"), tc.partners},
			{"objectives", strings.Join(f.Objectives.Texts(), "|"), tc.objectives},
			{"calendar", strings.Join(f.Calendar.Texts(), "|"), tc.calendar},
			{"indicators", strings.Join(f.Indicators.Texts(), "|"), tc.indicators},
		} {
			if fc.got != fc.want {
				t.Errorf("fiche %s: %s %q, want %q", tc.fiche, fc.name, fc.got, fc.want)
			}
		}
	}
	if f := d.Fiche("1"); f != nil && len(f.Milestones) != 2 {
		t.Errorf("fiche 1: milestones %+v, want 2", f.Milestones)
	}
	text := strings.Join(d.Lines, "\n")
	for _, want := range []string{"1 210 enfants confiés au 31 décembre 2025", "290 assistants familiaux agréés", "Comité technique | Deux fois par an"} {
		if !strings.Contains(text, want) {
			t.Errorf("no line holding %q", want)
		}
	}
	if strings.Contains(text, "<") || strings.Contains(text, "&rsquo;") {
		t.Errorf("HTML left in the text:\n%s", text)
	}
	var acr []string
	for _, g := range d.Glossary {
		acr = append(acr, g.Acronym+"="+g.Expansion)
	}
	if got := strings.Join(acr, "|"); got != "MDS=Maison départementale des solidarités|PMI=Protection maternelle et infantile|CAF=Caisse d'allocations familiales" {
		t.Errorf("glossary %q", got)
	}
}

// Broken HTML reads as what can be read, without failing.
func TestBrokenHTML(t *testing.T) {
	for _, text := range []string{
		"# Schéma 2025-2029\n\n<table>\n<tr><th rowspan=\"999\">Pilote</th><td>PMI\n",
		"# Schéma 2025-2029\n\n<table>\n</tr></td><td colspan=\"0\">x</th>\n</table>\n*[]: rien\n",
		"<div><span>&bogus; &#99999999;</span>\n",
	} {
		if _, err := corpus.Parse("x", "x.md", []byte(text)); err != nil && !strings.Contains(err.Error(), "x.md") {
			t.Errorf("%q: %v", text, err)
		}
	}
}

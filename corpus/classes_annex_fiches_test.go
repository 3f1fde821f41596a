package corpus_test

// A class of schémas that present each fiche twice: in the body, under its
// axis and after a numbered list of them, as a heading and a paragraph of
// aims only; then, after the glossary, in an annex of its own page that
// details it ("Annexe N : Fiche défi n°N") with bold run-in labels on the
// line of their values. The two are one fiche: the annex fills in the
// fields, the body keeps its title, axis and text. An annex that details
// no fiche stays a part of the document. The fixture is written by
// val-d-amblene-defis-en-annexe.py.

import (
	"slices"
	"strings"
	"testing"
)

func TestAnnexFichesClass(t *testing.T) {
	needPdftotext(t)
	d := loadClass(t, "val-d-amblene-defis-en-annexe.pdf")
	if got := ids(d); got != "1 2 3 4" {
		t.Fatalf("fiches %q, want 1 2 3 4", got)
	}
	for _, w := range d.Warnings {
		if strings.Contains(w, "defined twice") {
			t.Errorf("warning %q: the annex details the body's fiche", w)
		}
	}
	for _, tt := range []struct {
		fiche, title, axis, pilot, partner, indicator, aims string
		milestones                                          []string // each one's first day
	}{
		{"1", "Ouvrir des lieux d'accueil parents-enfants dans les bourgs", "Ambition 1",
			"Direction de la petite enfance – Cheffe du service de prévention précoce", "relais petite enfance",
			"Part des cantons couverts", "Beaucoup de jeunes parents des plateaux", []string{"2027-03-01"}},
		{"2", "Accompagner les familles après une première information préoccupante", "Ambition 1",
			"Direction de l'enfance – Responsable de la cellule de recueil", "centres médico-psychologiques",
			"Nombre de familles accompagnées", "Une famille sur trois", []string{"2028-01-01", "2027-09-01"}},
		{"3", "Stabiliser l'accueil chez les assistants familiaux", "Ambition 2",
			"Direction de l'enfance – Chef du service de l'accueil familial", "organismes de formation",
			"Nombre d'appels à la permanence", "Les changements de lieu d'accueil", []string{"2027-06-01", "2029-01-01"}},
		{"4", "Préparer la sortie des jeunes accueillis dès quinze ans", "Ambition 2",
			"Direction de l'insertion – Référente autonomie des jeunes", "bailleurs sociaux",
			"Part des sortants logés", "Trop de jeunes quittent", []string{"2028-01-01", "2027-12-01"}},
	} {
		f := d.Fiche(tt.fiche)
		if f.Title != tt.title {
			t.Errorf("fiche %s: title %q, want %q", tt.fiche, f.Title, tt.title)
		}
		if !strings.HasPrefix(f.Axis, tt.axis+" ") {
			t.Errorf("fiche %s: axis %q, want %s (the body's)", tt.fiche, f.Axis, tt.axis)
		}
		if got := f.Pilots.Texts(); !slices.Equal(got, []string{tt.pilot}) {
			t.Errorf("fiche %s: pilots %q, want %q", tt.fiche, got, tt.pilot)
		}
		if got := strings.Join(f.Partners.Texts(), " "); !strings.Contains(got, tt.partner) {
			t.Errorf("fiche %s: partners %q lack %q", tt.fiche, got, tt.partner)
		}
		if got := f.Indicators.Texts(); !slices.Contains(got, tt.indicator) {
			t.Errorf("fiche %s: indicators %q lack %q", tt.fiche, got, tt.indicator)
		}
		if len(f.Objectives.Items) == 0 || len(f.Actions.Items) == 0 {
			t.Errorf("fiche %s: objectives %q, actions %q: the annex gives both", tt.fiche, f.Objectives.Texts(), f.Actions.Texts())
		}
		var starts []string
		for _, m := range f.Milestones {
			starts = append(starts, m.Start.Format("2006-01-02"))
		}
		if !slices.Equal(starts, tt.milestones) {
			t.Errorf("fiche %s: milestones start %q, want %q", tt.fiche, starts, tt.milestones)
		}
		// The body's paragraph of aims stays the fiche's text.
		if got := strings.Join(fieldTexts(f, "Présentation"), " "); !strings.HasPrefix(got, tt.aims) {
			t.Errorf("fiche %s: presentation %q, want the body's %q…", tt.fiche, got, tt.aims)
		}
		for _, fl := range ficheFields(f) {
			for _, it := range fl.Items {
				if strings.Contains(it.Text, "comité de pilotage") || strings.Contains(it.Text, "Aide sociale à l'enfance") {
					t.Errorf("fiche %s: field %q holds another part's text %q", tt.fiche, fl.Label, it.Text)
				}
			}
		}
	}
	// The glossary sits before the annexes; the last annex lists the
	// members of the committee and stays a part of the document.
	if got := d.Expand("LAEP"); got != "Lieu d'accueil enfants-parents" {
		t.Errorf("LAEP expands to %q", got)
	}
	var annex bool
	for _, s := range d.Sections {
		if strings.HasPrefix(s.Heading, "Annexe 5") {
			annex = true
			if !strings.Contains(s.Text, "Représentants des jeunes accueillis") {
				t.Errorf("section %q: text %q lacks the committee's members", s.Heading, s.Text)
			}
		}
	}
	if !annex {
		t.Errorf("no section for the annex that lists the committee's members")
	}
}

package corpus_test

// A class of schémas typeset as a long report by LibreOffice Writer: a
// running header that names the chapter then the schéma on every page, a
// footer with the page number, numbered footnotes at the foot of the page
// whose calls are glued to the word they follow, French hyphenation, fiches
// as two-column tables (Rubrique | Contenu) whose header row repeats on
// each page the table runs onto, and calendars as year grids (Action |
// 2026 | 2027 … with X marks) followed by a key milestone. The fixture is
// written by haut-lisseron-rapport-writer.py.

import (
	"slices"
	"strings"
	"testing"

	"schemabot/corpus"
)

func TestWriterReportClass(t *testing.T) {
	needPdftotext(t)
	d := loadClass(t, "haut-lisseron-rapport-writer.pdf")
	if got := ids(d); got != "1 2 3 4" {
		t.Fatalf("fiches %q, want 1 2 3 4", got)
	}
	for _, tt := range []struct {
		fiche    string
		pilot    string
		partners []string
		// milestone is a row of the year grid, read as the span of
		// years its marks cover.
		milestone              string
		start, end, lastAction string
	}{
		{"1", "Direction des solidarités territoriales – Responsable de la prévention",
			[]string{"Caisse d'allocations familiales du Haut-Lisseron", "Communautés de communes des trois vallées", "Centres sociaux ruraux"},
			"Ouverture des maisons", "2027-01-01", "2028-12-31", "Organiser des ateliers collectifs de soutien à la parentalité chaque semaine."},
		// The table breaks after its first row: the header row opens the
		// next page again, above the pilot.
		{"2", "Service de protection maternelle et infantile – Médecin départemental",
			[]string{"Maternité du centre hospitalier de Sauvelle", "Sages-femmes libérales du territoire", "Caisse primaire d'assurance maladie"},
			"Équipe de puéricultrices", "2027-01-01", "2027-12-31", "Signer une convention de transmission d'informations avec la maternité."},
		{"3", "Direction de l'enfance – Cheffe du service de l'accueil",
			[]string{"Protection judiciaire de la jeunesse", "Établissements scolaires du second degré", "Association Les Chemins de l'Ouille"},
			"Extension à Ouilly", "2029-01-01", "2030-12-31", "Proposer des chantiers éducatifs pendant les vacances scolaires."},
		{"4", "Direction de l'habitat et de l'insertion – Référente jeunes majeurs",
			[]string{"Bailleurs sociaux du département", "Missions locales", "Foyers de jeunes travailleurs"},
			"Garantie locative", "2027-01-01", "2029-12-31", "Tenir un entretien d'autonomie avec chaque jeune à dix-sept ans."},
	} {
		f := d.Fiche(tt.fiche)
		if got := f.Pilots.Texts(); !slices.Equal(got, []string{tt.pilot}) {
			t.Errorf("fiche %s: pilots %q, want %q", tt.fiche, got, tt.pilot)
		}
		if got := f.Partners.Texts(); !slices.Equal(got, tt.partners) {
			t.Errorf("fiche %s: partners %q, want %q", tt.fiche, got, tt.partners)
		}
		if !slices.Contains(f.Actions.Texts(), tt.lastAction) {
			t.Errorf("fiche %s: actions %q lack %q", tt.fiche, f.Actions.Texts(), tt.lastAction)
		}
		found := false
		for _, m := range f.Milestones {
			if m.Label == tt.milestone {
				found = true
				if got := m.Start.Format("2006-01-02") + ".." + m.End.Format("2006-01-02"); got != tt.start+".."+tt.end {
					t.Errorf("fiche %s: %q runs %s, want %s..%s", tt.fiche, tt.milestone, got, tt.start, tt.end)
				}
			}
		}
		if !found {
			t.Errorf("fiche %s: no milestone %q in %+v", tt.fiche, tt.milestone, f.Milestones)
		}
		// The page's furniture stays out of every field: the running
		// header, the footer, the table's repeated header row and the
		// footnotes.
		for _, fl := range ficheFields(f) {
			for _, it := range fl.Items {
				for _, bad := range []string{"Rubrique", "Schéma enfance-famille", "Département du Haut-Lisseron", "enquête auprès des mairies",
					"Rapport d'activité du service", "Commission des situations complexes", "Étude de cohorte", "comité de pilotage"} {
					if strings.Contains(it.Text, bad) {
						t.Errorf("fiche %s: field %q holds %q: %q", tt.fiche, fl.Label, bad, it.Text)
					}
				}
			}
		}
	}
	// A word hyphenated at a line's end is whole again, and the footnote's
	// call is out of the text.
	ctx := strings.Join(fieldTexts(d.Fiche("1"), "Contexte"), " ")
	for _, want := range []string{"quarante minutes", "les permanences itinérantes", "une commune sur quatre"} {
		if !strings.Contains(ctx, want) {
			t.Errorf("fiche 1: context %q lacks %q", ctx, want)
		}
	}
	// The last chapter, whose name reads like a field's label, closes
	// the last fiche.
	if !slices.ContainsFunc(d.Sections, func(s corpus.Section) bool { return s.Heading == "Suivi et évaluation" }) {
		t.Errorf("no section %q", "Suivi et évaluation")
	}
}

// ficheFields returns every field of a fiche.
func ficheFields(f *corpus.Fiche) []corpus.Field {
	out := []corpus.Field{f.Diagnostic, f.Objectives, f.Actions, f.Pilots, f.Partners, f.Calendar,
		f.IndicatorsRealisation, f.IndicatorsImpact, f.Indicators}
	return append(out, f.Other...)
}

// fieldTexts returns the items of the fiche's fields whose label starts
// with label.
func fieldTexts(f *corpus.Fiche, label string) []string {
	var out []string
	for _, fl := range ficheFields(f) {
		if strings.HasPrefix(fl.Label, label) {
			out = append(out, fl.Texts()...)
		}
	}
	return out
}

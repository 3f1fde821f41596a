package corpus_test

// Measures each told in a bordered card (a one-cell Word table) whose
// fields are bold questions with a pictogram ("👤 Qui pilote ?", "🤝 Avec
// quels partenaires ?", "📅 Quand ?"), and a closing table that lists the
// measures again by number, title and axis, nothing more: the cards give
// the fiches their fields, and the table's rows are no text of their own
// that would answer for a measure in its card's stead.

import (
	"strings"
	"testing"

	"schemabot/corpus"
)

func TestClassOverviewTables(t *testing.T) {
	runClassCases(t, []classCase{{
		file:   "pays-de-morvelle-cartes-et-tableau.docx",
		why:    "a card's question labels are its fields; a table that only repeats the fiches' numbers, titles and axes is no text standing for them",
		axes:   []string{"Agir tôt auprès des familles", "Protéger et accueillir"},
		fiches: []string{"1", "2", "3", "4"},
		want: []readFiche{
			{id: "1", title: "Installer des points d'accueil petite enfance dans les vallées",
				pilots:     []string{"Service de PMI de la Direction des solidarités"},
				partners:   []string{"CAF de Morvelle, communes, MSA"},
				objectives: []string{"Accueillir chaque famille à moins de vingt minutes de chez elle."},
				indicators: []string{"Nombre de familles reçues"},
				when:       "2027 : trois points d'accueil ouverts"},
			{id: "2", title: "Soutenir les parents d'adolescents",
				partners:   []string{"Collèges, centre médico-psychologique, missions locales"},
				objectives: []string{"Offrir une écoute aux parents inquiets.", "Prévenir les ruptures familiales."}},
			{id: "4", title: "Recruter des familles d'accueil",
				pilots:   []string{"Service de l'accueil familial"},
				partners: []string{"Pôle emploi, IRTS de Morvelle"},
				when:     "2029 : quarante nouveaux agréments"},
		},
	}}, func(t *testing.T, d *corpus.Document) {
		for _, s := range d.Sections {
			for _, title := range []string{"Recruter des familles d'accueil", "Soutenir les parents d'adolescents"} {
				if strings.Contains(s.Text, title) {
					t.Errorf("section %q repeats fiche %q in its text: %q", s.Heading, title, s.Text)
				}
			}
			if s.Heading == "Le suivi du plan" && !strings.Contains(s.Text, "comité de suivi") {
				t.Errorf("section %q lost its text: %q", s.Heading, s.Text)
			}
		}
		if f := d.Fiche("3"); f == nil || f.AxisNumber != 2 {
			t.Errorf("fiche 3 under %q, want Levier 2", axisOf(f))
		}
	})
}

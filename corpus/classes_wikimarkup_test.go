package corpus_test

// A layout class: a Confluence (or Jira) page exported as text in wiki
// markup. Its headings are "h1." to "h6.", its lists "#" and "*" (doubled
// when nested), its tables open header cells with "||" and break lines in
// a cell with "\\", its fiches sit in "{panel:title=…}" macros, and
// other macros ({warning}, {section}, {column}, {excerpt}, {status},
// {color}) frame or colour the text. It is read as the markdown it
// stands for.

import (
	"strings"
	"testing"

	"schemabot/corpus"
)

func TestWikiMarkupClass(t *testing.T) {
	runClassCases(t, []classCase{
		{
			file:   "val-de-sauldre-wiki-confluence.txt",
			why:    "a panel's title is a heading, a \"||Label|value|\" row or a header of fields over one row is a field, \"\\\\\" breaks a cell into items, a table under a field's heading is its items, macros keep their text and a status its title",
			axes:   []string{"Accompagner les familles au plus près", "Protéger sans rupture"},
			fiches: []string{"1", "2", "3"},
			want: []readFiche{
				{id: "1", title: "Déployer un bus de la parentalité",
					pilots:     []string{"Service de prévention familiale"},
					partners:   []string{"Caisse d'allocations familiales", "Mutualité sociale agricole", "Communautés de communes"},
					objectives: []string{"Aller au-devant des parents isolés.", "Touchant d'abord les cantons sans centre social.", "Proposer des consultations sans rendez-vous."},
					actions:    []string{"Acheter et aménager un véhicule.", "Recruter une équipe itinérante de deux professionnels."},
					indicators: []string{"Nombre de communes desservies : 40 (Cible 2030)", "Nombre de familles rencontrées : 600 par an (Cible 2030)"},
					when:       "Achat du véhicule : Mars 2027 (Date) — Prévu (Avancement)"},
				{id: "2", title: "Soutenir les assistants familiaux",
					pilots:     []string{"Service de l'accueil familial", "Direction enfance"},
					partners:   []string{"Centre de formation Sauldre-Social", "Syndicat des assistants familiaux"},
					objectives: []string{"Réduire les démissions d'assistants familiaux.", "Offrir un relais pendant les congés."},
					indicators: []string{"Démissions par an : 14 (Valeur 2025) — 5 (Cible 2030)"},
					when:       "Plateforme de relais : Juin 2028 (Date)"},
				{id: "3", title: "Créer une cellule de crise pour les adolescents",
					pilots:     []string{"Mission adolescents, Direction enfance"},
					partners:   []string{"Maison des adolescents"},
					objectives: []string{"Trouver une solution d'accueil en moins de 48 heures."},
					indicators: []string{"Temps moyen de réponse : 48 heures (Cible 2030)"},
					when:       "Installation de la cellule : Janvier 2027 (Date)"},
			},
			glossary: map[string]string{"MSA": "Mutualité sociale agricole", "CAF": "Caisse d'allocations familiales"},
		},
	}, func(t *testing.T, d *corpus.Document) {
		for _, f := range d.Fiches {
			for _, m := range f.Milestones {
				if m.Raw != "" && !m.Dated() {
					t.Errorf("fiche %s: milestone %q undated", f.ID, m.Raw)
				}
			}
			if len(f.Milestones) == 0 {
				t.Errorf("fiche %s: no milestone", f.ID)
			}
		}
		for _, s := range d.Sections {
			for _, mark := range []string{"{", "h1.", "h2.", "||"} {
				if strings.Contains(s.Text, mark) || strings.Contains(s.Heading, mark) {
					t.Errorf("section %q keeps the markup %q", s.Heading, mark)
				}
			}
		}
	})
}

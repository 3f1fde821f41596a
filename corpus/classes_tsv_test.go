package corpus_test

// A plan of actions kept as a spreadsheet and saved as tab-separated text
// (a .txt file): one row an action under a header row of field labels,
// cells of several lines in double quotes (LF inside a cell, CRLF between
// rows), rows padded with tabs to the sheet's width, the axis written on
// the first row of its actions only (a merged cell), the title cell going
// on under the title with labelled paragraphs ("Constat :", "Objectifs :",
// "Modalités :" over "- " items), blocks of text in single cells before
// the table and a glossary after it. The file reads as the spreadsheet's
// CSV export does.

import (
	"slices"
	"testing"

	"schemabot/corpus"
)

func TestTabSeparatedSheetClass(t *testing.T) {
	for _, tc := range []struct {
		file   string
		why    string
		fiches []string
		// axes are the fiches of each axis number, the axis carried
		// forward over the rows that leave its cell empty.
		axes map[int][]string
		want []readFiche
		// milestones are each fiche's milestones, "label (raw)".
		milestones map[string][]string
		glossary   map[string]string
		sections   []string
	}{
		{
			file:   "testdata/classes/creuse-tableur-tabulations.txt",
			why:    "a sheet saved as tab-separated text is read as its CSV export: each row under the header a fiche coded by its own code, its title the first line of the title cell and the labelled paragraphs under it its fields, each multi-line cell its field's items, the axis carried forward, the glossary read",
			fiches: []string{"A1", "A2", "B1", "B2"},
			axes:   map[int][]string{1: {"A1", "A2"}, 2: {"B1", "B2"}},
			want: []readFiche{
				{id: "A1", title: "Déployer une équipe mobile de soutien à la parentalité",
					pilots:     []string{"Service Prévention familiale"},
					partners:   []string{"CAF de la Creuse", "MSA Limousin", "URIOPSS"},
					objectives: []string{"rejoindre les parents isolés à domicile ; éviter les ruptures de suivi après la naissance."},
					actions:    []string{"constituer une équipe mobile de trois professionnels ;", "organiser des permanences itinérantes dans les mairies."},
					indicators: []string{"Nombre de familles rencontrées", "Nombre de communes desservies"},
					when:       "2025 : recrutement de l'équipe mobile"},
				{id: "A2", title: "Ouvrir un relais petite enfance à Aubusson",
					pilots:     []string{"Direction de la PMI"},
					partners:   []string{"Communauté de communes Creuse Grand Sud", "URIOPSS"},
					objectives: []string{"offrir un mode de garde aux parents qui travaillent."},
					indicators: []string{"Nombre d'enfants accueillis"}},
				{id: "B1", title: "Créer un lieu d'accueil d'urgence pour adolescents",
					pilots:     []string{"Service de l'Aide sociale à l'enfance"},
					partners:   []string{"Protection judiciaire de la jeunesse", "URIOPSS", "Association Le Relais creusois"},
					actions:    []string{"ouvrir huit places d'accueil d'urgence à Guéret."},
					indicators: []string{"Nombre d'adolescents accueillis", "Durée moyenne de séjour"}},
				{id: "B2", title: "Former les assistants familiaux aux troubles du comportement",
					pilots:     []string{"Service Accueil familial"},
					partners:   []string{"Centre hospitalier La Valette"},
					indicators: []string{"Nombre d'assistants familiaux formés"}},
			},
			milestones: map[string][]string{
				"A1": {"recrutement de l'équipe mobile (2025)", "premières permanences itinérantes (2026)"},
				"A2": {"ouverture du relais (Septembre 2027)"},
				"B1": {"choix du gestionnaire (1er semestre 2026)", "ouverture des huit places (2028)"},
				"B2": {"deux sessions de formation par an (2025-2027)"},
			},
			glossary: map[string]string{"MSA": "Mutualité sociale agricole", "PJJ": "Protection judiciaire de la jeunesse"},
			sections: []string{"Contexte"},
		},
	} {
		t.Run(tc.file, func(t *testing.T) {
			d := loadReadFiches(t, tc.file, tc.fiches, tc.want)
			byAxis := map[int][]string{}
			for _, f := range d.Fiches {
				byAxis[f.AxisNumber] = append(byAxis[f.AxisNumber], f.ID)
			}
			for n, want := range tc.axes {
				if !slices.Equal(byAxis[n], want) {
					t.Errorf("axis %d: fiches %q, want %q", n, byAxis[n], want)
				}
			}
			for id, want := range tc.milestones {
				var ms []string
				if f := d.Fiche(id); f != nil {
					for _, m := range f.Milestones {
						if !m.Dated() {
							t.Errorf("fiche %s: milestone %q has no period", id, m.Raw)
						}
						ms = append(ms, m.Label+" ("+m.Raw+")")
					}
				}
				if !slices.Equal(ms, want) {
					t.Errorf("fiche %s: milestones %q, want %q", id, ms, want)
				}
			}
			for term, want := range tc.glossary {
				if got := glossaryMeaning(d, term); got != want {
					t.Errorf("glossary %s = %q, want %q", term, got, want)
				}
			}
			for _, h := range tc.sections {
				if !slices.ContainsFunc(d.Sections, func(s corpus.Section) bool { return s.Heading == h && s.Text != "" }) {
					t.Errorf("no section %q with its text", h)
				}
			}
			if t.Failed() {
				t.Logf("the rule: %s", tc.why)
			}
		})
	}
}

// glossaryMeaning returns the expansion d's glossary gives term, "" when
// none.
func glossaryMeaning(d *corpus.Document, term string) string {
	for _, g := range d.Glossary {
		if g.Acronym == term {
			return g.Expansion
		}
	}
	return ""
}

package corpus_test

// A layout class: the raw pages of a DokuWiki joined into one file under
// the banners of "tail", "head" or "more" (each banner names the page's
// file), pages in the order of their names rather than of the document.
// Headings are framed by "=" (six for the page's title), fields are "^
// Label | value |" rows, lists are indented by two spaces a level,
// calendars are trees by year, links show their label, tags and macros
// are no text. The pages are put back in the order the start page and
// the pages it lists give them, then read as markdown.

import (
	"strings"
	"testing"

	"schemabot/corpus"
)

func TestDokuWikiClass(t *testing.T) {
	runClassCases(t, []classCase{
		{
			file:   "morvaille-dokuwiki-more.txt",
			why:    "each banner of \"more\" opens a page; the start page lists the orientations, each orientation its fiches, so the fiches follow their orientation whatever the files' order; \"^ Porteur | … |\" rows are fields, \"\\\\\" breaks a cell into items, struck-out text is dropped, a tree by year dates its items",
			axes:   []string{"Soutenir les parents", "Accueillir sans rupture"},
			fiches: []string{"A1", "A2", "B1", "B2"},
			want: []readFiche{
				{id: "A1", title: "Créer un relais parental de nuit",
					pilots:     []string{"Service de soutien à la parentalité"},
					partners:   []string{"Caisse d'allocations familiales", "Centres sociaux du Morvaille", "Association Nuit Douce"},
					objectives: []string{"Offrir aux parents épuisés une nuit de répit.", "Éviter des placements en urgence."},
					actions:    []string{"Ouvrir un relais de quatre places à Brélac.", "Former les veilleurs de nuit, voir le catalogue."},
					indicators: []string{"Nombre de nuits de répit accordées"},
					when:       "Décembre 2026"},
				{id: "A2", title: "Généraliser les visites prénatales",
					pilots:   []string{"Protection maternelle et infantile (PMI)"},
					partners: []string{"Maternité de Brélac", "Sages-femmes libérales"},
					actions:  []string{"Recruter deux sages-femmes de PMI."},
					when:     "2027"},
				{id: "B1", title: "Stabiliser l'accueil familial",
					pilots:     []string{"Service de l'accueil familial"},
					partners:   []string{"Syndicat des assistants familiaux", "Institut régional du travail social"},
					objectives: []string{"Limiter les changements de famille d'accueil."},
					indicators: []string{"Nombre de changements de lieu d'accueil par enfant"}},
				{id: "B2", title: "Préparer la sortie des jeunes majeurs",
					pilots:   []string{"Mission autonomie des jeunes"},
					partners: []string{"Mission locale du Morvaille", "Bailleurs sociaux"}},
			},
			glossary: map[string]string{"PMI": "Protection maternelle et infantile", "MECS": "Maison d'enfants à caractère social"},
		},
	}, func(t *testing.T, d *corpus.Document) {
		if want := "Schéma départemental enfance-famille du Morvaille 2026-2030"; d.Title != want {
			t.Errorf("title %q, want %q (the start page opens the document)", d.Title, want)
		}
		if d.Adopted != "4 décembre 2025" || d.Signatory != "Hugo Marcillac" {
			t.Errorf("adopted %q, signed %q, want the editorial's 4 décembre 2025 and Hugo Marcillac", d.Adopted, d.Signatory)
		}
		for _, f := range d.Fiches {
			wantAxis := map[byte]string{'A': "Soutenir les parents", 'B': "Accueillir sans rupture"}[f.ID[0]]
			if !strings.HasSuffix(f.Axis, wantAxis) {
				t.Errorf("fiche %s: axis %q, want %q", f.ID, f.Axis, wantAxis)
			}
		}
		milestonesAre(t, "A1", d.Fiche("A1").Milestones, []due{
			{"", "Décembre 2026", "2026-12-01", "2026-12-31"},
			{"recrutement des veilleurs", "Mars 2026", "2026-03-01", "2026-03-31"},
			{"ouverture du relais", "Décembre 2026", "2026-12-01", "2026-12-31"},
		})
		milestonesAre(t, "B1", d.Fiche("B1").Milestones, []due{
			{"", "2028", "2028-01-01", "2028-12-31"},
			{"Astreinte téléphonique ouverte", "2027", "2027-01-01", "2027-12-31"},
			{"bilan des groupes d'analyse", "Juin 2028", "2028-06-01", "2028-06-30"},
		})
		for _, l := range d.Lines {
			for _, mark := range []string{"==> ", "::::::", "[[", "]]", "{{", "~~", "^ ", "//", "<del>", "Juin 2026"} {
				if strings.Contains(l, mark) {
					t.Errorf("line %q keeps %q", l, mark)
				}
			}
		}
	})
}

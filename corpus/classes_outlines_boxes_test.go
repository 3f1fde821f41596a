package corpus_test

// Three layout classes: an Emacs Org-mode outline exported as text
// (headings of stars with a state keyword, property drawers, planning
// lines, checkboxes, "::" definitions as the glossary); a documentation
// site's page whose fields are admonition boxes titled by an icon that a
// legend table of the page explains, and whose figures sit in content
// tabs; a spreadsheet tab exported as CSV that stacks blocks under header
// rows of their own, milestones joined to their fiche by its code.

import (
	"testing"

	"schemabot/corpus"
)

func TestOutlineAndBoxClasses(t *testing.T) {
	runClassCases(t, []classCase{
		{
			file:   "mayenne-outline-org.txt",
			why:    "Org headings are levels, a state keyword is no part of the title, drawer properties are fields, DEADLINE/SCHEDULED are milestones, '::' items are the glossary",
			axes:   []string{"Prévenir dès la naissance", "Accueillir et accompagner"},
			fiches: []string{"1.1", "1.2", "2.1"},
			want: []readFiche{
				{id: "1.1", title: "Ouvrir un centre parental à Laval",
					pilots:     []string{"Service de PMI"},
					partners:   []string{"CAF de la Mayenne ; centre hospitalier de Laval"},
					objectives: []string{"Accueillir les jeunes parents isolés avant et après la naissance."},
					actions:    []string{"Trouver les locaux du centre parental.", "Recruter l'équipe éducative."},
					indicators: []string{"nombre de familles accueillies"},
					when:       "2026-06-30"},
				{id: "1.2", title: "Former les professionnels de crèche au repérage",
					pilots: []string{"Mission petite enfance"}, when: "2025-09-01"},
				{id: "2.1", title: "Créer une pouponnière départementale",
					pilots: []string{"Direction enfance famille"}, partners: []string{"associations gestionnaires"}},
			},
			glossary: map[string]string{"PMI": "protection maternelle et infantile", "CAF": "caisse d'allocations familiales"},
		},
		{
			file:   "tarn-admonitions-icones.md",
			why:    "an admonition box's title is its field's label, an icon resolved through the page's own legend; its indented body is the value",
			axes:   []string{"Soutenir les familles"},
			fiches: []string{"P1", "P2", "P3"},
			want: []readFiche{
				{id: "P1", title: "Ouvrir des haltes-répit pour les parents",
					pilots:     []string{"Service de soutien à la parentalité"},
					partners:   []string{"CAF du Tarn · MSA Midi-Pyrénées Nord"},
					objectives: []string{"Offrir un répit de quelques heures aux parents épuisés."},
					when:       "Septembre 2025"},
				{id: "P2", title: "Créer un numéro unique pour les parents",
					pilots: []string{"Direction enfance famille"}, when: "Janvier 2026"},
			},
			glossary: map[string]string{"MSA": "Mutualité sociale agricole"},
		},
		{
			file:   "sarthe-blocs-empiles.csv",
			why:    "a new header row starts a new block; a block's rows coded like fiches already read are their milestones and indicators; acronym rows are the glossary",
			fiches: []string{"AC-1", "AC-2"},
			want: []readFiche{
				{id: "AC-1", title: "Ouvrir une maison des familles au Mans",
					pilots:     []string{"Mission parentalité"},
					partners:   []string{"CAF de la Sarthe ; centres sociaux"},
					objectives: []string{"Rompre l'isolement des parents"},
					indicators: []string{"lieu retenu", "nombre de familles reçues"},
					when:       "Choix du lieu : 31/03/2026 (fait)"},
				{id: "AC-2", title: "Recruter des assistants familiaux",
					pilots:     []string{"Service accueil familial"},
					indicators: []string{"nombre de candidatures"},
					when:       "Campagne de recrutement : 30/09/2025 (en cours)"},
			},
			glossary: map[string]string{"CAF": "caisse d'allocations familiales"},
		},
	}, func(t *testing.T, d *corpus.Document) {
		// An Org state keyword is the fiche's status.
		if d.Fiche("2.1") == nil || d.Fiche("1.1").Title != "Ouvrir un centre parental à Laval" {
			return
		}
		for id, want := range map[string]string{"1.1": "EN_COURS", "2.1": "ABANDONNE (clos le 2025-03-12)"} {
			if got := otherText(d.Fiche(id), "Statut"); got != want {
				t.Errorf("fiche %s: status %q, want %q", id, got, want)
			}
		}
	})
}

// otherText is the first item of a fiche's field outside the vocabulary.
func otherText(f *corpus.Fiche, label string) string {
	for _, o := range f.Other {
		if o.Label == label && len(o.Items) > 0 {
			return o.Items[0].Text
		}
	}
	return ""
}

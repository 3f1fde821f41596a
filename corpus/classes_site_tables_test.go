package corpus_test

// Two layouts of the same schéma that the parser misread. A page of a
// département's website inside its site template (a consent banner, the
// header's tools, a breadcrumb, share links, the footer), whose priorities
// are panels opened by a button and hidden until then, each action a
// <details> headed by its <summary>, the pilot and partners a definition
// list, the calendar a list by year whose items give their month in
// brackets. And Word's plain-text export of fiches built as tables (BOM,
// CRLF, cells set apart by tabs, bullets as "•" and a tab, a cell's later
// paragraphs on lines of their own), whose axis row stands above or below
// the title row and may give the axis without its word, with a closing
// summary table whose axis is printed on the first row of its group only.

import (
	"strings"
	"testing"

	"schemabot/corpus"
)

func TestSitePagesAndTabTablesClass(t *testing.T) {
	runClassCases(t, []classCase{
		{
			file:   "val-de-comble-site-accordeons-2031-2035.html",
			why:    "a web page is its <main>; a hidden panel that a button opens is read, the button naming it; a <summary> heads its action; <dt>/<dd> are label and value; a list by year dates each item, a month in brackets its date in that year",
			axes:   []string{"Repérer tôt les familles en difficulté", "Accueillir dignement les enfants confiés"},
			fiches: []string{"1.1", "1.2", "2.1"},
			want: []readFiche{
				{id: "1.1", title: "Créer un numéro départemental d'écoute parentale",
					pilots:     []string{"Service Prévention et Parentalité"},
					objectives: []string{"Offrir une écoute anonyme six jours sur sept"}},
				{id: "1.2", title: "Former les enseignants au repérage des violences",
					pilots:   []string{"Cellule départementale de recueil des informations préoccupantes"},
					partners: []string{"Rectorat", "Inspection académique"}},
				{id: "2.1", title: "Ouvrir une maison d'accueil pour les fratries",
					pilots:   []string{"Direction de l'Enfance et des Familles"},
					partners: []string{"Fondation Les Tilleuls", "Commune de Saint-Orme"}},
			},
			glossary: map[string]string{"ASE": "Aide sociale à l'enfance"},
		},
		{
			file:   "val-de-comble-tableaux-word-tabulations-2031-2035.txt",
			why:    "a fiche's axis row (\"Orientation de rattachement<TAB>Orientation 1 – …\", or \"…<TAB>2 – …\"), above or below its title row, gives the fiche its axis and is no title; the \"Intitulé\" row titles it",
			axes:   []string{"REPÉRER TÔT LES FAMILLES EN DIFFICULTÉ", "ACCUEILLIR DIGNEMENT LES ENFANTS CONFIÉS"},
			fiches: []string{"1", "2", "3"},
			want: []readFiche{
				{id: "1", title: "Créer un numéro départemental d'écoute parentale",
					pilots:     []string{"Service Prévention et Parentalité"},
					partners:   []string{"Caisse d'allocations familiales du Val-de-Comble", "Association Parents Relais", "Centres sociaux"},
					objectives: []string{"Offrir une écoute anonyme six jours sur sept", "Orienter les parents vers le bon service"},
					indicators: []string{"Nombre d'appels reçus", "Part des appels orientés vers un service"},
					when:       "2031 : choix du prestataire"},
				{id: "2", title: "Former les enseignants au repérage des violences",
					pilots:   []string{"Cellule départementale de recueil des informations préoccupantes"},
					partners: []string{"Rectorat", "Inspection académique"},
					when:     "2031-2035 : sessions de formation"},
				{id: "3", title: "Ouvrir une maison d'accueil pour les fratries",
					pilots:   []string{"Direction de l'Enfance et des Familles"},
					partners: []string{"Fondation Les Tilleuls", "Commune de Saint-Orme"},
					when:     "2033 : ouverture de la maison"},
			},
			glossary: map[string]string{"ODPE": "Observatoire départemental de la protection de l'enfance"},
		},
	}, func(t *testing.T, d *corpus.Document) {
		axisOf := map[string]int{"1.1": 1, "1.2": 1, "2.1": 2, "1": 1, "2": 1, "3": 2}
		for _, f := range d.Fiches {
			if f.AxisNumber != axisOf[f.ID] {
				t.Errorf("fiche %s: axis %d, want %d", f.ID, f.AxisNumber, axisOf[f.ID])
			}
		}
		if !strings.Contains(d.Signatory, "Claire Montbrun") && strings.Contains(d.ID, "site") {
			t.Errorf("signatory %q, want Claire Montbrun", d.Signatory)
		}
		if d.Adopted == "" {
			t.Errorf("no adoption date")
		}
		var seen []string
		for _, s := range d.Sections {
			seen = append(seen, s.Text)
		}
		text := strings.Join(seen, "\n")
		for _, chrome := range []string{"traceurs", "Espace presse", "Mastodon", "Mentions légales", "Accueil ›"} {
			if strings.Contains(text, chrome) {
				t.Errorf("the site's template read as text: %q", chrome)
			}
		}
		// The closing summary's rows below the first of a group keep the
		// axis the merged cell gives them.
		if strings.Contains(text, "SYNTHÈSE") || strings.Contains(text, "Fiche — Intitulé") {
			if !strings.Contains(text, "Orientation 1 – Repérer tôt les familles en difficulté : 2 — Former les enseignants") {
				t.Errorf("summary row without its merged axis:\n%s", text)
			}
		}
	})
}

package corpus_test

// Axes lettered rather than numbered ("Priorité A", "Orientation B"),
// listed with their fiches in an overview chapter, then the fiches coded by
// their axis's letter ("Fiche B.2") under running captions of another form
// ("PRIORITÉ B · PROTÉGER…"), no axis heading of their own before them:
// each fiche belongs to the axis its code's letter names, not to the last
// axis of the list.

import (
	"testing"

	"schemabot/corpus"
)

func TestClassLetteredAxes(t *testing.T) {
	runClassCases(t, []classCase{{
		file:   "val-de-lisse-priorites-lettrees.txt",
		why:    "a fiche coded by a letter belongs to the axis lettered alike",
		axes:   []string{"Accompagner les parents dès la naissance", "Protéger sans attendre", "Préparer la sortie des jeunes majeurs"},
		fiches: []string{"A.1", "A.2", "B.1", "B.2", "C.1"},
		want: []readFiche{
			{id: "A.1", title: "Ouvrir des permanences de puériculture dans les bourgs",
				pilots:   []string{"Service de PMI du Val-de-Lisse"},
				partners: []string{"Communes, centres sociaux, CAF du Val-de-Lisse"},
				when:     "2027 : ouverture de six permanences"},
			{id: "B.2", title: "Ouvrir une unité d'accueil des enfants victimes",
				pilots:     []string{"Centre hospitalier de Lisseville"},
				partners:   []string{"Parquet de Lisseville, gendarmerie, Direction de l'enfance"},
				objectives: []string{"Entendre les enfants victimes dans un lieu adapté."},
				indicators: []string{"Nombre d'enfants accueillis"},
				when:       "2028 : ouverture de l'unité"},
			{id: "C.1", title: "Garantir un logement à chaque jeune de 18 ans",
				pilots: []string{"Service jeunes majeurs de la Direction de l'enfance"}},
		},
	}}, func(t *testing.T, d *corpus.Document) {
		for id, axis := range map[string]string{
			"A.1": "Priorité A : Accompagner les parents dès la naissance",
			"A.2": "Priorité A : Accompagner les parents dès la naissance",
			"B.1": "Priorité B : Protéger sans attendre",
			"B.2": "Priorité B : Protéger sans attendre",
			"C.1": "Priorité C : Préparer la sortie des jeunes majeurs",
		} {
			if f := d.Fiche(id); f == nil || f.Axis != axis {
				t.Errorf("fiche %s under %q, want %q", id, axisOf(f), axis)
			}
		}
	})
}

func axisOf(f *corpus.Fiche) string {
	if f == nil {
		return "(no fiche)"
	}
	return f.Axis
}

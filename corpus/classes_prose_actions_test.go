package corpus_test

// A layout class: a schéma exported from a word processor as continuous
// prose, one paragraph a line. Orientations hold objectives numbered
// "Objectif 1.1 – …", some with a paragraph of introduction, and those
// hold actions numbered "Action 1.1.1 – …". An action has no label: its
// pilot, partners, calendar and indicators are only in its sentences
// ("C'est le Service… qui coordonnera ce programme", "… sera chargé de ce
// chantier", "… conduira cette action", "Elle prévoit l'ouverture…", "…
// feront l'objet d'un suivi", "Le Département se fixe l'objectif d'…"),
// and a paragraph may open on a word that is a label elsewhere ("Avec 120
// naissances par an…"). An objective's heading is structure: it is no
// item of its actions.

import (
	"context"
	"path/filepath"
	"testing"

	"schemabot/corpus"
)

func TestProseActionsClass(t *testing.T) {
	path := filepath.Join("testdata", "classes", "savoie-recit-actions.txt")
	d, err := corpus.LoadFile(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	checkInvariants(t, d)
	checkReadDocument(t, d, axisTitle,
		[]string{"AGIR AVANT LA CRISE", "ACCUEILLIR SANS RUPTURE"},
		[]string{"1.1.1", "1.2.1", "2.1.1"},
		[]readFiche{
			{id: "1.1.1", title: "Installer des permanences d'accueil parents-bébés dans les vallées",
				pilots:     []string{"Le Service de l'enfance"},
				actions:    []string{"Elle prévoit l'ouverture de six permanences hebdomadaires dans les mairies et les maisons de santé."},
				indicators: []string{"Le nombre de permanences tenues et la fréquentation des familles saisonnières feront l'objet d'un suivi trimestriel."},
				when:       "Les permanences ouvriront à l'automne 2026."},
			{id: "1.2.1", title: "Créer un numéro d'écoute pour les parents d'adolescents",
				pilots:     []string{"L'Espace santé jeunes de Chambéry sera chargé de ce chantier, avec l'appui de l'Union départementale des associations familiales."},
				objectives: []string{"Le Département se fixe l'objectif d'une réponse donnée le jour même à chaque appel d'un parent."},
				when:       "Le numéro sera ouvert d'ici mars 2027."},
			{id: "2.1.1", title: "Ouvrir des petites unités d'accueil dans chaque bassin de vie",
				pilots:     []string{"L'association gestionnaire retenue"},
				indicators: []string{"Le suivi portera sur le nombre d'enfants accueillis à moins de trente kilomètres de leur domicile."},
				when:       "Les deux premières unités ouvriront en 2027."},
		},
		map[string]string{"MSA": "Mutualité sociale agricole"})
	// "Avec 120 naissances…" opens the fiche's presentation: it names no
	// partner.
	for _, p := range d.Fiche("1.1.1").Partners.Texts() {
		if p == "120 naissances par an dans les hautes vallées et aucune consultation hebdomadaire, les jeunes parents attendent souvent plusieurs semaines un premier rendez-vous." {
			t.Errorf("fiche 1.1.1: a sentence opening on « Avec » read as partners: %q", p)
		}
	}
}

package corpus_test

// A layout class: a schéma presented as a widescreen slide deck exported
// to PDF. Each fiche is one slide, its pilot, partners, deadlines and
// indicators in a band at the foot under small captions, each value
// wrapped in its narrow column; a porteur may open on a role whose first
// word is a label's ("Responsable de la Cellule…"). The deck prints no
// blank line, so a part's heading ("Éditorial") is the first line of its
// slide, and its editorial may be signed twice, by the Président(e) and a
// vice-président.

import (
	"testing"

	"schemabot/corpus"
)

func TestSlideBandClass(t *testing.T) {
	runClassCases(t, []classCase{{
		file: "haute-brenne-diaporama-bandeaux.pdf",
		why: "a caption band's values are read under their captions, a role that opens on a label's word is the value whole, " +
			"a heading is the first line of its slide, and an editorial signed twice is the Président(e)'s",
		axes:   []string{"Agir tôt auprès des familles", "Protéger et accompagner les enfants confiés"},
		fiches: []string{"1", "2", "3", "4"},
		want: []readFiche{
			{id: "1", title: "Ouvrir un accueil parents-enfants dans chaque bassin de vie",
				pilots:     []string{"Coordinatrice du Pôle petite enfance (Direction des solidarités)"},
				partners:   []string{"Caisse d'allocations familiales, communautés de communes, centres sociaux ruraux"},
				objectives: []string{"Offrir un lieu d'accueil à moins de vingt minutes de chaque famille", "Rompre l'isolement des parents de tout-petits"},
				actions:    []string{"Ouvrir quatre lieux d'accueil itinérants", "Former les accueillants à l'écoute des parents"},
				when:       "Deux lieux ouverts en septembre 2026 ; les quatre en 2027"},
			{id: "2", title: "Repérer les fragilités dès la grossesse",
				pilots:   []string{"Médecin départemental de PMI"},
				partners: []string{"Maternités de Vierzelles et de Saint-Aubrac, réseau de périnatalité"},
				when:     "Convention signée au premier semestre 2026"},
			{id: "3", title: "Raccourcir l'évaluation des informations préoccupantes",
				pilots:     []string{"Responsable de la Cellule départementale de recueil (CDR)"},
				partners:   []string{"Parquet de Vierzelles, Éducation nationale, hôpitaux du département"},
				indicators: []string{"Délai moyen d'évaluation ; part des émetteurs informés"},
				when:       "Équipes en place en janvier 2027"},
			{id: "4", title: "Préparer la sortie des jeunes majeurs",
				pilots:   []string{"Service jeunes majeurs (Direction enfance-famille)"},
				partners: []string{"Bailleurs sociaux, missions locales, foyers de jeunes travailleurs"},
				when:     "Logements réservés d'ici fin 2028"},
		},
		glossary: map[string]string{"CDR": "Cellule départementale de recueil des informations préoccupantes"},
	}}, func(t *testing.T, d *corpus.Document) {
		if d.Signatory != "Hélène Morvan" || d.SignatoryRole != "Présidente du Conseil départemental" {
			t.Errorf("signatory %q (%q), want Hélène Morvan, Présidente du Conseil départemental", d.Signatory, d.SignatoryRole)
		}
		if d.Adopted != "12 décembre 2025" {
			t.Errorf("adopted %q, want 12 décembre 2025", d.Adopted)
		}
		axes := map[string]string{
			"1": "Axe I : Agir tôt auprès des familles", "2": "Axe I : Agir tôt auprès des familles",
			"3": "Axe II : Protéger et accompagner les enfants confiés", "4": "Axe II : Protéger et accompagner les enfants confiés",
		}
		for _, f := range d.Fiches {
			if f.Axis != axes[f.ID] {
				t.Errorf("fiche %s: axis %q, want %q", f.ID, f.Axis, axes[f.ID])
			}
		}
	})
}

package corpus_test

// A layout class: the council's deliberation (visas, "DÉCIDE :",
// articles, "Pour extrait conforme" over the Président's name) carrying
// the schéma as its annex, a Word file whose actions are numbered in an
// outline (A, A.1, A.1.1) and whose pilot and partners are bold words
// inside running sentences ("pilotée par **la Mission…**, en lien avec
// **la CAF…**", "Le service de PMI conduira cette action avec…"). The
// session's date is the adoption, not the date a visa cites; the pilot
// and the partners are the phrases the sentences assign.

import (
	"testing"

	"schemabot/corpus"
)

func TestDeliberationProseClass(t *testing.T) {
	runClassCases(t, []classCase{{
		file:   "haute-lorgne-deliberation-annexe.docx",
		why:    "a deliberation's session is the adoption and its extract's signer the signatory; a field in running prose is the noun phrase the sentence assigns, bounded by bold when there is bold",
		fiches: []string{"A.1.1", "A.1.2", "B.1.1"},
		want: []readFiche{
			{id: "A.1.1", title: "Ouvrir des maisons des familles", pilots: []string{"La Mission parentalité"},
				partners: []string{"La CAF de Haute-Lorgne", "Les centres sociaux", "La MSA"}},
			{id: "A.1.2", title: "Former les assistantes maternelles au repérage", pilots: []string{"Le service de PMI"},
				partners: []string{"L’IRTS de Lorgne", "Le relais petite enfance"}},
			{id: "B.1.1", title: "Créer un accueil de jour pour adolescents", pilots: []string{"L’Association Lorgne Jeunesse"},
				partners: []string{"La Maison des adolescents", "La PJJ"}},
		},
	}}, func(t *testing.T, d *corpus.Document) {
		if d.Adopted != "4 mars 2027" {
			t.Errorf("adopted %q, want the session's date, not the visa's", d.Adopted)
		}
		if d.Signatory != "Claire Dumontel" {
			t.Errorf("signatory %q, want Claire Dumontel", d.Signatory)
		}
	})
}

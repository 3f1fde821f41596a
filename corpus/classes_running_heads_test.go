package corpus_test

// A schéma printed as a PDF whose every page opens on a running header,
// the schéma's title at the left and the current orientation at the
// right, joined on one line by the conversion or the orientation wrapped
// onto a line of its own, then a footer "Page N" that the conversion
// puts above the page's text. Each fiche's fields sit in a narrow label
// column whose labels wrap over two or three lines ("Porteur de" /
// "l'action", "Indicateurs de" / "résultat" / "attendus", "Liens avec" /
// "les autres" / "fiches"), printed apart from their values; a pilot may
// open on "Copilotage :".

import (
	"testing"

	"schemabot/corpus"
)

func TestRunningHeadsClass(t *testing.T) {
	runClassCases(t, []classCase{{
		file:   "val-de-sorne-bandeaux-libelles.txt",
		why:    "a running header that opens alike and names the section, the footer above the text, and labels wrapped in a label column, are no text, no heading and no value",
		axes:   []string{"Agir avant la crise auprès des parents", "Sécuriser le parcours des enfants accueillis"},
		fiches: []string{"1", "2", "3", "4"},
		want: []readFiche{
			{id: "1", title: "Ouvrir des permanences parentales dans les bourgs",
				pilots:     []string{"Responsable de la mission parentalité"},
				partners:   []string{"Caisse d'allocations familiales du Val-de-Sorne", "Centres sociaux ruraux"},
				indicators: []string{"Nombre de parents reçus", "Nombre de bourgs couverts"},
				when:       "Première permanence ouverte : mars 2028"},
			{id: "2", title: "Prévenir les violences éducatives ordinaires",
				pilots:     []string{"Médecin responsable de la PMI et Cheffe du service prévention"},
				partners:   []string{"Crèches et assistantes maternelles", "Réseau des médiathèques"},
				indicators: []string{"Nombre de professionnels sensibilisés"},
				when:       "Campagne d'information : septembre 2028"},
			{id: "3", title: "Créer un relais pour les assistants familiaux",
				pilots:     []string{"Chef du service de l'accueil familial"},
				partners:   []string{"Association départementale des assistants familiaux", "Centre hospitalier de Sornay"},
				indicators: []string{"Nombre d'appels reçus par l'astreinte"},
				when:       "Astreinte téléphonique : janvier 2029"},
			{id: "4", title: "Préparer la sortie des jeunes majeurs",
				pilots:     []string{"Responsable de la cellule autonomie"},
				partners:   []string{"Mission locale du Val-de-Sorne", "Bailleurs sociaux"},
				indicators: []string{"Part des jeunes logés à la sortie"},
				when:       "Protocole logement signé : juin 2028"},
		},
		glossary: map[string]string{"PMI": "Protection maternelle et infantile", "ASE": "Aide sociale à l'enfance"},
	}}, func(t *testing.T, d *corpus.Document) {
		// The fiches each links to are a field of their own, no fiche.
		for id, want := range map[string]string{"1": "Fiche 3", "2": "Fiche 1", "3": "Fiche 4", "4": "Fiche 3"} {
			f := d.Fiche(id)
			got := ""
			for _, o := range f.Other {
				if texts := o.Texts(); len(texts) > 0 {
					got = texts[len(texts)-1]
				}
			}
			if got != want {
				t.Errorf("fiche %s: linked fiche %q, want %q", id, got, want)
			}
		}
		for _, w := range d.Warnings {
			t.Errorf("warning %q, want none", w)
		}
	})
}

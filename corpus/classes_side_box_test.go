package corpus_test

// A fiche a page whose shaded side box (porteur, co-porteur, partners,
// deadlines, indicators, linked fiches) the PDF draws last: the box comes
// after the actions in the extracted text, in lines as narrow as the box.
// The fiches it links to ("Fiche A2", "Fiche-action B2"), and a reference
// that ends a sentence cut after "la", head no fiche; a value cut inside a
// parenthesis, before a capital or anywhere in a list set apart by " ; "
// is read whole, and a deadline that opens on "»" goes on below.

import (
	"slices"
	"testing"

	"schemabot/corpus"
)

func TestSideBoxClass(t *testing.T) {
	runClassCases(t, []classCase{{
		file:   "haute-serrane-encadre-lateral.pdf",
		why:    "the box's links to other fiches, and a reference that ends a wrapped sentence, head no fiche; a value the box's narrow lines cut is one item",
		axes:   []string{"AGIR TÔT AUPRÈS DES FAMILLES", "SÉCURISER LES PARCOURS"},
		fiches: []string{"A1", "A2", "B1", "B2"},
		want: []readFiche{
			{id: "A1", title: "Ouvrir un relais parental dans chaque canton",
				pilots:     []string{"Cheffe du service prévention (Pôle des solidarités)"},
				partners:   []string{"Caisse d'allocations familiales de Haute-Serrane ; centres sociaux ruraux ; UDAF ; communes"},
				actions:    []string{"1. Ouvrir un relais parental dans les cantons qui n'en ont pas.", "2. Recruter deux animatrices itinérantes."},
				indicators: []string{"» Nombre de familles reçues dans les relais", "» Nombre de cantons couverts"},
				when:       "» 2026 : diagnostic des besoins de chaque canton"},
			{id: "A2", title: "Repérer plus tôt les difficultés des tout-petits",
				pilots:     []string{"Médecin départementale de PMI", "Délégation territoriale Agence Régionale de Santé"},
				partners:   []string{"Éducation nationale ; pédiatres libéraux ; maternité du centre hospitalier de Valserre"},
				indicators: []string{"» Part des enfants de quatre ans vus par la PMI"},
				when:       "» Septembre 2026 : bilan dans toutes les écoles"},
			{id: "B1", title: "Diversifier l'accueil des enfants confiés",
				pilots:   []string{"Direction de l'enfance – Service accueil et parcours"},
				partners: []string{"Tribunal judiciaire de Valserre ; associations habilitées ; assistants familiaux"},
				actions:  []string{"1. Ouvrir vingt places d'accueil de jour.", "2. Confier plus d'enfants à un tiers digne de confiance, en lien avec la fiche A2."},
				when:     "» 1er semestre 2027 : vingt places d'accueil de jour ouvertes"},
			{id: "B2", title: "Accompagner les jeunes majeurs vers le logement",
				pilots:     []string{"Responsable de la mission jeunes majeurs"},
				partners:   []string{"Mission locale de Valserre ; bailleurs sociaux ; foyer de jeunes travailleurs"},
				indicators: []string{"» Part des jeunes logés à leur sortie"}},
		},
	}}, func(t *testing.T, d *corpus.Document) {
		// The links are a field of the fiche, not its indicators.
		for id, want := range map[string][]string{"A1": {"Fiche A2", "Fiche B2"}, "A2": {"Fiche-action A1"}, "B1": {"Fiche B2"}, "B2": {"Fiche A1"}} {
			f := d.Fiche(id)
			var got []string
			for _, o := range f.Other {
				if o.Label == "FICHES LIÉES" {
					got = o.Texts()
				}
			}
			if !slices.Equal(got, want) {
				t.Errorf("fiche %s: linked fiches %q, want %q", id, got, want)
			}
		}
		for _, w := range d.Warnings {
			t.Errorf("warning %q, want none", w)
		}
	})
}

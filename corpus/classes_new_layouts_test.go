package corpus_test

// Three layout classes the parser met in documents written without its
// conventions: a plan told in running text (fiches as numbered
// paragraphs, fields in sentences, lettered sub-actions, a glossary
// paragraph), the XML export of a plan-tracking tool (here with English
// element names, read through the same vocabulary as field labels), and
// markdown whose labels are an emoji and a plain question on consecutive
// lines, fiches coded by two letters and a number under "caps".

import (
	"strings"
	"testing"

	"schemabot/corpus"
)

func TestNewLayoutClasses(t *testing.T) {
	runClassCases(t, []classCase{
		{
			file:   "mayotte-recit-continu.pdf",
			why:    "a numbered paragraph is a fiche, its first sentence the title; sentences name the fields; a) b) are actions",
			axes:   []string{"Accompagner les parents dès la naissance", "Protéger les enfants en danger"},
			fiches: []string{"1.1", "1.2", "2.1"},
			want: []readFiche{
				{id: "1.1", title: "Développer les consultations de PMI dans les villages.",
					pilots:     []string{"La direction de la PMI"},
					partners:   []string{"Les communes du sud et le centre hospitalier de Mayotte y sont associés."},
					actions:    []string{"a) ouvrir trois antennes de consultation dans les villages ;", "b) recruter quatre infirmières puéricultrices pour ces antennes."},
					indicators: []string{"On suivra le nombre de consultations réalisées dans les antennes chaque année."}},
				{id: "1.2", title: "Soutenir les jeunes mères isolées.",
					pilots:   []string{"Le service social départemental"},
					partners: []string{"Les associations de quartier y participent."}},
				{id: "2.1", title: "Créer une équipe d’évaluation de nuit.",
					pilots: []string{"La cellule de recueil"},
					when:   "L’équipe sera opérationnelle en septembre 2027."},
			},
			glossary: map[string]string{"CRIP": "cellule de recueil des informations préoccupantes", "ASE": "aide sociale à l’enfance"},
		},
		{
			file:   "haute-corse-export-xml.txt",
			why:    "an XML export's elements are read as the field labels they name, whatever the language",
			axes:   []string{"Soutenir les familles dans les villages", "Accueillir près de chez soi"},
			fiches: []string{"HC-1", "HC-2", "HC-3"},
			want: []readFiche{
				{id: "HC-01", title: "Ouvrir des permanences de PMI itinérantes",
					pilots:     []string{"Service de PMI de Bastia"},
					partners:   []string{"Communauté de communes du Cap Corse", "CAF de la Haute-Corse"},
					objectives: []string{"Rendre la PMI accessible à moins de 30 minutes de chaque village"},
					actions:    []string{"Équiper un véhicule de consultation", "Tenir une permanence mensuelle dans 12 villages"}},
				{id: "HC-02", actions: []string{"Organiser deux sessions de formation par an & un guide"}},
				{id: "hc3", pilots: []string{"Service de l'accueil familial"}},
			},
			glossary: map[string]string{"PMI": "Protection maternelle et infantile", "CAF": "Caisse d'allocations familiales"},
		},
		{
			file:   "guadeloupe-questions-emoji.md",
			why:    "an emoji before a question label is decoration; a middle dot ends a coded fiche's number; a cap is an axis",
			axes:   []string{"Soutenir les parents", "Protéger sans attendre"},
			fiches: []string{"GP-1", "GP-2", "GP-3"},
			want: []readFiche{
				{id: "GP-01", title: "Des visites de PMI dans chaque commune",
					pilots:     []string{"Le service de PMI de Basse-Terre"},
					partners:   []string{"Les CCAS, la CAF de la Guadeloupe"},
					objectives: []string{"Pour que chaque nouveau-né soit vu avant son premier mois."},
					indicators: []string{"Nombre de visites réalisées · part des nouveau-nés vus"},
					when:       "Visites généralisées d'ici juin 2027"},
				{id: "GP-03", pilots: []string{"La cellule de recueil des informations préoccupantes"},
					indicators: []string{"Délai de prise en compte (objectif : moins de 24 heures)"},
					when:       "Janvier 2027"},
			},
			glossary: map[string]string{"CCAS": "centre communal d'action sociale", "PMI": "protection maternelle et infantile"},
		},
	}, nil)
}

// TestMalformedXMLExport checks that an export cut short is read as text,
// without a panic: the text readers take what they can.
func TestMalformedXMLExport(t *testing.T) {
	for _, src := range []string{
		"<plan><axe num=\"1\" titre=\"Prévenir\"><fiche code=\"EF-01\"><intitule>Titre</intitule><pilote>PMI</pilote>",
		"<plan><fiche><pilote>a</pilote><partenaires>b</partenaires></fiche></plan><plan/>",
		"<a>" + strings.Repeat("<b>", 100) + strings.Repeat("</b>", 100) + "</a>",
		"<plan>&unknown;</plan>",
	} {
		if _, err := corpus.Parse("x", "x.txt", []byte(src)); err != nil {
			t.Logf("%q: %v", src[:20], err)
		}
	}
}

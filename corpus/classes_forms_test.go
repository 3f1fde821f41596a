package corpus_test

// Three layout classes written by people who never saw the parser: a
// plan-tracking tool's JSON export pasted under a line of text (its keys
// read through the vocabulary of field labels, as an XML export's
// elements are), a PDF of forms whose options are all printed and only
// the ticked ones carry a mark, and fiches named by theme codes whose
// pilots, calendar and indicators stand only in annex tables and
// definition lists keyed by those codes.

import (
	"testing"

	"schemabot/corpus"
)

func TestFormAndAnnexClasses(t *testing.T) {
	runClassCases(t, []classCase{
		{
			file:   "indre-export-json.txt",
			why:    "a JSON export under a pasted note: keys are field labels, records of values are items, a due date is a calendar entry",
			axes:   []string{"Soutenir les parents"},
			fiches: []string{"A1", "A2"},
			want: []readFiche{
				{id: "A1", title: "Ouvrir un relais parents à Issoudun",
					pilots:     []string{"Direction de l'enfance – Service prévention (pilote)"},
					partners:   []string{"CAF de l'Indre", "Ville d'Issoudun"},
					objectives: []string{"Rompre l'isolement des jeunes parents"},
					indicators: []string{"Nombre de familles reçues (Valeur reference : 0, Cible : 300 par an)"},
					when:       "Louer un local en centre-ville : septembre 2026"},
				{id: "A2", title: "Former les puéricultrices au repérage",
					pilots:   []string{"Service de PMI (pilote)"},
					partners: []string{"Centre hospitalier de Châteauroux"},
					when:     "Organiser quatre sessions : juin 2027"},
			},
			glossary: map[string]string{"PMI": "Protection maternelle et infantile"},
		},
		{
			file:   "tarn-formulaire-coche.pdf",
			why:    "only the ticked options of a printed list are values; a list with nothing ticked is no value; ticked years that run on are a span",
			fiches: []string{"1", "2", "3"},
			want: []readFiche{
				{id: "1", title: "Ouvrir une maison des familles à Castres",
					pilots:   []string{"PMI"},
					partners: []string{"CAF ; Mutualité sociale agricole"},
					when:     "2027-2028"},
				{id: "2", pilots: []string{"ASE"},
					partners:   []string{"IRTS Occitanie"},
					indicators: []string{"Nombre d’assistants familiaux formés."},
					when:       "2026"},
				{id: "3", pilots: []string{"Prévention"},
					partners: []string{"Mutualité sociale agricole ; Communes"},
					when:     "2029-2030"},
			},
			glossary: map[string]string{"IRTS": "Institut régional du travail social"},
		},
		{
			file:   "cantal-annexes-codees.md",
			why:    "headings coded by a theme and a number are fiches; annex rows and definitions keyed by the code land in the fiche's fields",
			axes:   []string{"Prévenir", "Protéger"},
			fiches: []string{"FAM-1", "FAM-2", "ENF-1"},
			want: []readFiche{
				{id: "FAM-1", title: "Des visites de PMI dans les vallées",
					pilots:     []string{"Service de PMI"},
					partners:   []string{"CAF du Cantal, communes"},
					actions:    []string{"acheter un véhicule de consultation ;", "tenir une permanence mensuelle dans douze communes."},
					indicators: []string{"Nombre de consultations dans les vallées."},
					when:       "Échéance : juin 2026"},
				{id: "FAM-2", pilots: []string{"Service de l'ASE"},
					indicators: []string{"Taux d'occupation de l'accueil de jour."}},
				{id: "ENF-1", title: "Une cellule de recueil joignable le soir",
					pilots:   []string{"Cellule de recueil"},
					partners: []string{"Parquet d'Aurillac, gendarmerie"},
					when:     "Échéance : décembre 2025"},
			},
			glossary: map[string]string{"ASE": "Aide sociale à l'enfance"},
		},
	}, func(t *testing.T, d *corpus.Document) {
		if f := d.Fiche("FAM-1"); f != nil && len(f.Milestones) < 2 {
			t.Errorf("fiche FAM-1: milestones %v, want the deadline and the years", f.Milestones)
		}
	})
}

// TestMalformedJSONExport checks that an export cut short or nested
// without end is read as text, without a panic.
func TestMalformedJSONExport(t *testing.T) {
	deep := ""
	for i := 0; i < 200; i++ {
		deep += `{"a":`
	}
	for _, src := range []string{
		"Note\n{\"plan\": {\"titre\": \"X\", \"fiches\": [{\"numero\": \"1\", \"pilote\": \"PMI\"",
		"{\"a\": [1, 2,, 3]}",
		deep + "1",
		"[1] Une note de bas de page.\n\nFiche 1 : Titre\nPilote : PMI\n",
		"{} trailing",
	} {
		if _, err := corpus.Parse("x", "x.txt", []byte(src)); err != nil {
			t.Logf("%.20q: %v", src, err)
		}
	}
}

package corpus_test

// Fiches whose own actions are numbered under the fiche's number: a
// heading "Chantier n° 2 – …" (or "Mesure 2 – …") over labelled
// paragraphs ("Pilote :", "Échéances :") and paragraphs "Action 2.1 – …",
// "Action 2.2 – …" that are that fiche's actions, not fiches of their own.
// A document whose only numbered units are "Action 1.1" headings, under
// axes and no enclosing fiche heading, keeps reading them as fiches.

import (
	"slices"
	"testing"

	"schemabot/corpus"
)

func TestOwnNumberedActionsClass(t *testing.T) {
	for _, tc := range []struct {
		file   string
		why    string
		fiches []string
		want   []readFiche
		// milestones are each fiche's milestones as written, "raw
		// (start/end)", each with its period.
		milestones map[string][]string
	}{
		{
			file:   "haut-vivarais-chantiers-actions.md",
			why:    "\"Action 2.1 – …\" paragraphs under the heading \"## Chantier n° 2 – …\" are the chantier's actions, with or without an \"Actions :\" label over them; the chantier keeps its calendar and indicators",
			fiches: []string{"1", "2", "3", "4"},
			want: []readFiche{
				{id: "1", title: "Ouvrir des maisons des familles dans les vallées",
					pilots:     []string{"Direction de la prévention et de la santé familiale"},
					partners:   []string{"CAF du Haut-Vivarais, centres sociaux ruraux, Mutualité sociale agricole"},
					actions:    []string{"Action 1.1 – Aménager une maison des familles à Val-d'Érieux", "Action 1.2 – Former les animateurs des centres sociaux à l'accueil des tout-petits"},
					indicators: []string{"Nombre de familles accueillies chaque année", "Nombre d'animateurs formés"},
					when:       "maison de Val-d'Érieux ouverte en 2027 ; formation des animateurs de 2026 à 2028."},
				{id: "2", title: "Repérer les difficultés des jeunes parents à la maternité",
					pilots:     []string{"Service de protection maternelle et infantile", "Centre hospitalier de Montrivet"},
					partners:   []string{"sages-femmes libérales, Caisse primaire d'assurance maladie"},
					actions:    []string{"Action 2.1 – Proposer un entretien postnatal à domicile à toutes les mères isolées", "Action 2.2 – Créer une ligne d'écoute pour les jeunes parents", "Action 2.3 – Réunir chaque trimestre les équipes de la maternité et de la PMI"},
					indicators: []string{"Part des mères isolées ayant reçu un entretien postnatal"}},
				{id: "4", title: "Préparer la sortie des jeunes de dix-sept ans",
					pilots:     []string{"Mission jeunes majeurs"},
					actions:    []string{"Action 4.1 – Réaliser un entretien de préparation à l'autonomie à dix-sept ans", "Action 4.2 – Réserver vingt logements auprès des bailleurs sociaux"},
					indicators: []string{"Nombre d'entretiens d'autonomie réalisés"}},
			},
			milestones: map[string][]string{
				"1": {"maison de Val-d'Érieux ouverte en 2027 (2027-01/2027-12)", "formation des animateurs de 2026 à 2028 (2026-01/2028-12)"},
				"2": {"ligne d'écoute ouverte au second semestre 2026 (2026-07/2026-12)", "entretiens généralisés en 2028 (2028-01/2028-12)"},
				"3": {"appel à projets en 2026 (2026-01/2026-12)", "ouverture de la maison en 2029 (2029-01/2029-12)"},
			},
		},
		{
			file:   "marche-sur-loire-mesures-actions.txt",
			why:    "plain text with CRLF lines: \"Action 1.2 : …\" under \"Mesure 1 – …\" is the mesure's action, the mesure's calendar and indicators its own",
			fiches: []string{"1", "2", "3"},
			want: []readFiche{
				{id: "1", title: "Renforcer l'évaluation des informations préoccupantes",
					pilots:     []string{"Cellule de recueil des informations préoccupantes (CRIP)"},
					partners:   []string{"Parquet de Loiry, Éducation nationale, gendarmerie"},
					actions:    []string{"Action 1.1 : Recruter deux évaluateurs à la cellule", "Action 1.2 : Signer un protocole avec le parquet de Loiry"},
					indicators: []string{"Délai moyen de traitement d'une information préoccupante"}},
				{id: "3", title: "Soutenir les assistants familiaux",
					pilots:     []string{"Service de l'accueil familial"},
					actions:    []string{"Action 3.1 : Ouvrir un relais d'écoute pour les assistants familiaux"},
					indicators: []string{"Nombre d'assistants familiaux ayant recours au relais"},
					when:       "relais ouvert en 2027."},
			},
			milestones: map[string][]string{
				"1": {"protocole signé en juin 2025 (2025-06/2025-06)", "évaluateurs recrutés en 2026 (2026-01/2026-12)"},
				"2": {"places ouvertes en 2026 (2026-01/2026-12)", "évaluation en 2028 (2028-01/2028-12)"},
			},
		},
		{
			file:   "val-de-brenne-actions-seules.txt",
			why:    "\"Action 1.2 – …\" headings under an axis and no fiche heading of another shape are the document's fiches, as before",
			fiches: []string{"1.1", "1.2", "2.1"},
			want: []readFiche{
				{id: "1.2", title: "Développer les visites à domicile des puéricultrices",
					pilots: []string{"Service de PMI"}, when: "2026"},
				{id: "2.1", pilots: []string{"Centre hospitalier du Val-de-Brenne"},
					partners: []string{"Parquet, gendarmerie"}, when: "2027"},
			},
		},
	} {
		t.Run(tc.file, func(t *testing.T) {
			d := loadClass(t, tc.file)
			checkReadDocument(t, d, axisTitle, nil, tc.fiches, tc.want, nil)
			for id, want := range tc.milestones {
				if got := milestonePeriods(d.Fiche(id)); !slices.Equal(got, want) {
					t.Errorf("fiche %s: milestones %q, want %q", id, got, want)
				}
			}
			if t.Failed() {
				t.Logf("the rule: %s", tc.why)
			}
		})
	}
}

// milestonePeriods returns a fiche's milestones as "raw (start/end)", by
// month; nil for a missing fiche.
func milestonePeriods(f *corpus.Fiche) []string {
	if f == nil {
		return nil
	}
	var out []string
	for _, m := range f.Milestones {
		out = append(out, m.Raw+" ("+m.Start.Format("2006-01")+"/"+m.End.Format("2006-01")+")")
	}
	return out
}

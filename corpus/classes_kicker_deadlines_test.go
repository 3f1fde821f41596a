package corpus_test

// A layout class: a schéma written as a web page and printed to PDF by a
// word processor. Each axis opens with a banner in capitals, an
// introduction and the list of its fiches; each fiche is headed by a small
// kicker line that names its axis and its number ("ORIENTATION 2 /
// FICHE-ACTION 3") above its title, and has no calendar field: the
// deadline of each action is stated in the prose that describes it ("d'ici
// la mi-2028", "au second semestre 2027", "au cours de la deuxième année
// du schéma"). The kicker's last number is the fiche's; the sentences that
// state a deadline are its milestones, the plan's own years dated by its
// period, and a year before the plan is the action's history.

import (
	"slices"
	"testing"
)

func TestKickerDeadlinesClass(t *testing.T) {
	d := loadClass(t, "haute-carline-bandeaux-fiches.pdf")
	checkInvariants(t, d)
	checkReadDocument(t, d, axisTitle,
		[]string{"Soutenir les familles avant que les difficultés ne s'installent", "Diversifier l'accueil des enfants confiés"},
		[]string{"1", "2", "3", "4"},
		[]readFiche{
			{id: "1", title: "Ouvrir des relais parentaux dans les petites villes du plateau",
				pilots:     []string{"Direction des solidarités – Mission prévention familiale"},
				objectives: []string{"Offrir un lieu d'écoute des parents à moins de vingt minutes de chaque famille", "Associer les communes au repérage des familles isolées"},
				indicators: []string{"Nombre de familles reçues dans les relais", "Temps de trajet moyen jusqu'au relais le plus proche"},
				when:       "Une convention de financement avec la Caisse d'allocations familiales sera conclue au cours de la première année du schéma"},
			{id: "3", title: "Recruter et fidéliser les familles d'accueil",
				pilots: []string{"Direction de l'enfance – Service de l'accueil familial"}},
		},
		map[string]string{"PJJ": "Protection judiciaire de la jeunesse"})
	for _, tc := range []struct {
		fiche string
		axis  int
		want  []msWant
	}{
		{"1", 1, []msWant{
			{label: "Une convention de financement avec la Caisse d'allocations familiales sera conclue au cours de la première année du schéma",
				raw: "au cours de la première année du schéma", start: "2026-01-01", end: "2026-12-31"},
			{label: "Quatre relais parentaux ouvriront dans les bourgs-centres d'ici la mi-2028, en commençant par le canton de Sorbiers",
				raw: "d'ici la mi-2028", start: "2028-04-01", end: "2028-09-30"},
			{label: "Les animateurs des relais seront formés à l'écoute active au second semestre 2027",
				raw: "au second semestre 2027", start: "2027-07-01", end: "2027-12-31"},
		}},
		// Two deadlines in one sentence: each clause is its own milestone.
		{"2", 1, []msWant{
			{label: "Une ligne d'écoute pour les parents d'adolescents sera ouverte en 2027", raw: "en 2027", start: "2027-01-01", end: "2027-12-31"},
			{label: "elle sera évaluée à l'horizon 2029", raw: "à l'horizon 2029", start: "2029-01-01", end: "2029-12-31"},
		}},
		{"3", 2, []msWant{
			{label: "Une campagne de recrutement sera lancée dès janvier 2027 dans la presse locale et sur les réseaux sociaux",
				raw: "dès janvier 2027", start: "2027-01-01", end: "2027-01-31"},
			{label: "Un tutorat des nouvelles familles par des familles expérimentées sera mis en place au cours de la deuxième année du schéma",
				raw: "au cours de la deuxième année du schéma", start: "2027-01-01", end: "2027-12-31"},
			{label: "Une prime d'installation sera versée à partir de 2028", raw: "à partir de 2028", start: "2028-01-01", end: "2028-12-31"},
		}},
		{"4", 2, []msWant{
			{label: "Un appel à projets sera publié au premier trimestre 2027", raw: "au premier trimestre 2027", start: "2027-01-01", end: "2027-03-31"},
			{label: "La maison d'accueil des fratries, de douze places, ouvrira à Vérans avant la fin du schéma",
				raw: "avant la fin du schéma", start: "2030-01-01", end: "2030-12-31"},
		}},
	} {
		f := d.Fiche(tc.fiche)
		if f == nil {
			t.Fatalf("no fiche %s", tc.fiche)
		}
		if f.AxisNumber != tc.axis {
			t.Errorf("fiche %s: axis %d, want %d", tc.fiche, f.AxisNumber, tc.axis)
		}
		// The lines are the document's: only what is due and when is
		// checked here.
		got := slices.Clone(f.Milestones)
		for i := range got {
			got[i].Span.StartLine = 0
		}
		checkMilestones(t, "fiche "+tc.fiche, got, tc.want)
		if len(f.Calendar.Items) != len(tc.want) || f.Calendar.Label != "Déroulement" {
			t.Errorf("fiche %s: calendar %q %q, want the %d sentences under « Déroulement »", tc.fiche, f.Calendar.Label, f.Calendar.Texts(), len(tc.want))
		}
	}
}

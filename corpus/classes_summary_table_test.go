package corpus_test

// A class of schémas typeset by LibreOffice Writer with no fiches: a
// hierarchy of numbered headings (Orientation n, Objectif n.n, Action
// n.n.n), each action a paragraph of prose, and its pilot, partners and
// deadline given only in a closing summary table on landscape pages
// (Code | Intitulé de l'action | Pilote | Partenaires | Échéance). The
// table's header labels are centred above their columns and repeated on
// each page, a row may break across two pages, and its cells are narrow
// enough that long ones wrap and fill their width, so that -layout sets
// two cells one space apart. The fixture is written by
// haute-sereine-tableau-synthese.py.

import (
	"slices"
	"strings"
	"testing"
)

func TestSummaryTableClass(t *testing.T) {
	needPdftotext(t)
	d := loadClass(t, "haute-sereine-tableau-synthese.pdf")
	want := "1.1.1 1.1.2 1.2.1 1.2.2 2.1.1 2.1.2 2.2.1 2.2.2 2.2.3 3.1.1 3.1.2 3.2.1 3.2.2"
	if got := ids(d); got != want {
		t.Fatalf("fiches %q, want %q", got, want)
	}
	for _, tt := range []struct {
		id, title, pilot, partners, due string
		// prose is a sentence of the action's paragraph, which stays
		// the fiche's.
		prose string
	}{
		{"1.1.1", "Installer des permanences familiales dans les bourgs ruraux",
			"Direction des solidarités – Service de l'action sociale de proximité",
			"Communautés de communes du plateau, centres sociaux ruraux, Mutualité sociale agricole",
			"Premier semestre 2027", "une permanence hebdomadaire dans chacun des douze bourgs-centres"},
		// The title fills its cell: one space sets it apart from the
		// pilot on the first line.
		{"2.1.1", "Réduire à trois mois le délai des évaluations",
			"Cellule départementale de recueil des informations préoccupantes",
			"Parquet du tribunal judiciaire de Sereinville, Éducation nationale, gendarmerie",
			"Fin 2026", "Deux postes d'évaluateurs seront créés"},
		// The pilot fills its cell: one space before the partners.
		{"2.2.2", "Recruter quarante assistants familiaux",
			"Service de l'accueil familial – Responsable du recrutement",
			"France Travail, service des agréments, Direction de la communication",
			"Campagne annuelle 2026-2030", "Des réunions d'information seront organisées dans chaque canton"},
		// The row breaks across two pages, under the repeated header.
		{"3.1.1", "Tenir un entretien d'autonomie à dix-sept ans",
			"Direction de l'enfance et de la famille – Cellule jeunes majeurs",
			"Missions locales, Caisse d'allocations familiales, établissements d'accueil",
			"2026", "Un référent autonomie sera désigné dans chaque territoire"},
		{"3.2.2", "Publier chaque année un bilan lisible du schéma",
			"Observatoire départemental de la protection de l'enfance",
			"Conseil des jeunes accueillis, partenaires du schéma",
			"Chaque année, en juin", "le présentera à l'assemblée départementale"},
	} {
		f := d.Fiche(tt.id)
		if f == nil {
			t.Errorf("no fiche %s", tt.id)
			continue
		}
		if f.Title != tt.title {
			t.Errorf("fiche %s: title %q, want %q", tt.id, f.Title, tt.title)
		}
		if got := f.Pilots.Texts(); !slices.Equal(got, []string{tt.pilot}) {
			t.Errorf("fiche %s: pilots %q, want %q", tt.id, got, tt.pilot)
		}
		if got := strings.Join(f.Partners.Texts(), ", "); got != tt.partners {
			t.Errorf("fiche %s: partners %q, want %q", tt.id, got, tt.partners)
		}
		if got := strings.Join(f.Calendar.Texts(), " "); got != tt.due {
			t.Errorf("fiche %s: calendar %q, want %q", tt.id, got, tt.due)
		}
		var text []string
		for _, fl := range ficheFields(f) {
			text = append(text, fl.Texts()...)
		}
		if all := strings.Join(text, " "); !strings.Contains(all, tt.prose) {
			t.Errorf("fiche %s: its prose %q is lost: %q", tt.id, tt.prose, all)
		}
		// The page's furniture and the table's header stay out of the
		// fields.
		for _, fl := range ficheFields(f) {
			for _, it := range fl.Items {
				for _, bad := range []string{"Département de la Haute-Sereine", "Schéma de l'enfance et des familles", "Intitulé de l'action"} {
					if strings.Contains(it.Text, bad) {
						t.Errorf("fiche %s: field %q holds %q: %q", tt.id, fl.Label, bad, it.Text)
					}
				}
			}
		}
	}
	if len(d.Fiche("2.2.1").Milestones) == 0 {
		t.Errorf("fiche 2.2.1: no milestone read from %q", d.Fiche("2.2.1").Calendar.Texts())
	}
	for _, w := range d.Warnings {
		if strings.Contains(w, "has no pilot") {
			t.Errorf("warning %q: the summary gives every action its pilot", w)
		}
	}
}

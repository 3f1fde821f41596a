package corpus_test

import (
	"strings"
	"testing"
)

// A web page whose fiches are HTML tables with rowspan and colspan reads
// as fiches: the header row spanning the table titles the fiche, a group
// label spanning the rows of its fields gives way to each field's own
// label, a label spanning rows with values beside it takes each row as an
// item, and a calendar, in the fiche table's own year columns or in a
// table nested in a cell, dates each step by the columns its marks or
// short dates are in. A summary table with a cell spanning rows stays a
// table, the cell repeated in each row it covers.
func TestHTMLSpannedTablesClass(t *testing.T) {
	d := loadClass(t, "val-d-oriel-tableaux-fusionnes-2025-2029.html")
	var ids []string
	for _, f := range d.Fiches {
		ids = append(ids, f.ID)
	}
	if got := strings.Join(ids, "|"); got != "1|2|3" {
		t.Fatalf("fiches %q, want 1|2|3", got)
	}
	for _, tc := range []struct {
		fiche, title, axis, pilots, partners, objectives, actions, indicators string
		milestones                                                            []wantMilestone
	}{
		{"1", "Des bilans de santé en crèche", "Axe A : Prévenir au plus tôt",
			"Service de PMI du Val-d'Oriel|Caisse d'allocations familiales", "Crèches municipales|Médecins généralistes",
			"Voir chaque enfant de deux ans en crèche|Orienter sans délai les enfants repérés",
			"Former les auxiliaires de puériculture au repérage", "Nombre de bilans réalisés|Part des enfants orientés",
			[]wantMilestone{
				{"Expérimentation sur un canton", "2026-01-01", "2026-12-31"},
				{"Extension à tout le département", "2027-06-01", "2028-12-31"},
				{"Bilan de l'engagement", "2029-01-01", "2029-12-31"},
			}},
		{"2", "Une médiation familiale itinérante", "Axe A : Prévenir au plus tôt",
			"Mission parentalité", "Associations de médiation|Centres sociaux ruraux",
			"Rapprocher la médiation des familles isolées", "", "",
			[]wantMilestone{
				{"Achat du véhicule", "2026-01-01", "2026-06-30"},
				{"Premières tournées", "2026-07-01", "2027-06-30"},
				{"Fin", "2027-12-01", "2027-12-31"},
			}},
		{"3", "Des places d'accueil d'urgence", "Axe B : Protéger",
			"Direction de l'enfance et de la famille",
			"Foyer départemental : accueil des 13-18 ans|Associations habilitées : accueil de jour",
			"Ouvrir douze places d'urgence", "", "", nil},
	} {
		f := d.Fiche(tc.fiche)
		if f == nil {
			t.Errorf("no fiche %s", tc.fiche)
			continue
		}
		for _, fc := range []struct{ name, got, want string }{
			{"title", f.Title, tc.title},
			{"axis", f.Axis, tc.axis},
			{"pilots", strings.Join(f.Pilots.Texts(), "|"), tc.pilots},
			{"partners", strings.Join(f.Partners.Texts(), "|"), tc.partners},
			{"objectives", strings.Join(f.Objectives.Texts(), "|"), tc.objectives},
			{"actions", strings.Join(f.Actions.Texts(), "|"), tc.actions},
			{"indicators", strings.Join(f.Indicators.Texts(), "|"), tc.indicators},
		} {
			if fc.got != fc.want {
				t.Errorf("fiche %s: %s %q, want %q", tc.fiche, fc.name, fc.got, fc.want)
			}
		}
		if len(f.Milestones) != len(tc.milestones) {
			t.Errorf("fiche %s: %d milestones %+v, want %d", tc.fiche, len(f.Milestones), f.Milestones, len(tc.milestones))
			continue
		}
		for i, w := range tc.milestones {
			m := f.Milestones[i]
			if !strings.Contains(m.Label, w.label) || m.Start.Format("2006-01-02") != w.start || m.End.Format("2006-01-02") != w.end {
				t.Errorf("fiche %s: milestone %d = %q %s–%s, want %q %s–%s", tc.fiche, i, m.Label,
					m.Start.Format("2006-01-02"), m.End.Format("2006-01-02"), w.label, w.start, w.end)
			}
		}
	}
	text := strings.Join(d.Lines, "\n")
	for _, want := range []string{"| Axe A. Prévenir | 2. Une médiation familiale itinérante | Mission parentalité |", "PMI : Protection maternelle et infantile"} {
		if !strings.Contains(text, want) {
			t.Errorf("no line holding %q", want)
		}
	}
	for _, unwanted := range []string{"J'accepte", "Routes", "| Gouvernance |", "Phases"} {
		if strings.Contains(text, unwanted) {
			t.Errorf("%q read into the text", unwanted)
		}
	}
	var acr []string
	for _, g := range d.Glossary {
		acr = append(acr, g.Acronym+"="+g.Expansion)
	}
	if got := strings.Join(acr, "|"); got != "PMI=Protection maternelle et infantile|CAF=Caisse d'allocations familiales" {
		t.Errorf("glossary %q", got)
	}
}

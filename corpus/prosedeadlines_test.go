package corpus

import "testing"

// A sentence of an action's prose states a deadline when a word places a
// time expression ("d'ici", "au cours du", "à l'horizon", "dès"…) or when it
// counts in the plan's own years; the plan's period dates those, and
// without it the expression is kept undated. A year before the plan is
// history, and a year no word places is no deadline.
func TestStatedDeadline(t *testing.T) {
	for _, tt := range []struct {
		text       string
		start, end int
		raw        string
		from, to   string // "" for an undated deadline
	}{
		{"Le guide sera diffusé au cours du premier semestre 2026.", 2025, 2029, "au cours du premier semestre 2026", "2026-01-01", "2026-06-30"},
		{"La maison ouvrira d'ici la mi-2027, avec deux antennes.", 2025, 2029, "d'ici la mi-2027", "2027-04-01", "2027-09-30"},
		{"Les territoires seront couverts d'ici fin 2026", 2025, 2029, "d'ici fin 2026", "2026-10-01", "2026-12-31"},
		{"Le programme couvrira tout le département à l'horizon 2028.", 2025, 2029, "à l'horizon 2028", "2028-01-01", "2028-12-31"},
		{"Le plan sera élaboré d'ici la fin de l'année 2026.", 2025, 2029, "d'ici la fin de l'année 2026", "2026-10-01", "2026-12-31"},
		{"Le cadre entrera en vigueur au 1er janvier 2027, après un diagnostic.", 2025, 2029, "au 1er janvier 2027", "2027-01-01", "2027-01-01"},
		{"Le protocole sera signé dès la première année du schéma.", 2025, 2029, "dès la première année du schéma", "2025-01-01", "2025-12-31"},
		{"Le bilan sera présenté au cours de la troisième année du schéma.", 2026, 2030, "au cours de la troisième année du schéma", "2028-01-01", "2028-12-31"},
		{"L'unité ouvrira avant la fin du schéma.", 2026, 2030, "avant la fin du schéma", "2030-01-01", "2030-12-31"},
		{"Le protocole sera signé dès la première année du schéma.", 0, 0, "dès la première année du schéma", "", ""},
		{"Le relais ouvert en 2022 servira de modèle.", 2025, 2029, "", "", ""},
		{"Conformément à la loi du 7 février 2022, chaque jeune sera reçu.", 0, 0, "", "", ""},
		{"Le schéma 2020-2024 a permis de créer des places.", 2025, 2029, "", "", ""},
		{"Les groupes de parole seront proposés dans chaque collège.", 2025, 2029, "", "", ""},
	} {
		per, raw, ok := statedDeadline(tt.text, tt.start, tt.end)
		if tt.raw == "" {
			if ok {
				t.Errorf("%q: deadline %q", tt.text, raw)
			}
			continue
		}
		from, to := "", ""
		if !per.Start.IsZero() {
			from, to = per.Start.Format("2006-01-02"), per.End.Format("2006-01-02")
		}
		if !ok || raw != tt.raw || from != tt.from || to != tt.to {
			t.Errorf("%q: %v %q %s…%s, want %q %s…%s", tt.text, ok, raw, from, to, tt.raw, tt.from, tt.to)
		}
	}
}

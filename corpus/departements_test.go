package corpus

import "testing"

func TestOfDepartement(t *testing.T) {
	for name, want := range map[string]string{
		"Isère": "de l'Isère", "Moselle": "de la Moselle", "Nord": "du Nord", "Yvelines": "des Yvelines",
		"Mayotte": "de Mayotte", "La Réunion": "de La Réunion", "Ain": "de l'Ain", "Deux-Sèvres": "des Deux-Sèvres",
	} {
		if got := OfDepartement(name); got != want {
			t.Errorf("OfDepartement(%q) = %q, want %q", name, got, want)
		}
	}
	// Every département named in the table has its article, or none by choice.
	for _, name := range Departements {
		if _, ok := articles[name]; !ok && name != "Paris" && name != "Mayotte" && name != "La Réunion" && name != "Saint-Pierre-et-Miquelon" {
			t.Errorf("no article for %s", name)
		}
	}
}

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

// The collectivités that hold a département's child-welfare powers are
// places by the name people use for them, and a longer name that holds
// theirs ("Haute-Corse") stays its own département.
func TestCollectivitesArePlaces(t *testing.T) {
	for name, want := range map[string]string{
		"Alsace": "6AE", "Corse": "20R", "Haute-Corse": "2B", "Corse-du-Sud": "2A", "Métropole de Lyon": "69M",
		"Saint-Pierre-et-Miquelon": "975", "Bas-Rhin": "67",
	} {
		if got, ok := DepartementCode(name); !ok || got != want {
			t.Errorf("DepartementCode(%q) = %q, %v; want %q", name, got, ok, want)
		}
	}
	for name, want := range map[string]string{"Alsace": "de l'Alsace", "Corse": "de la Corse"} {
		if got := OfDepartement(name); got != want {
			t.Errorf("OfDepartement(%q) = %q, want %q", name, got, want)
		}
	}
}

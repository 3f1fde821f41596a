package understand

import "testing"

// What a count asks for: the noun after "combien de" / "how many", with
// its adjective, and the things joined to it; not the verb after it.
func TestCountedWords(t *testing.T) {
	for _, tt := range []struct{ folded, want string }{
		{" combien d'habitants compte l'isere ?", "habitants"},
		{" combien de jeunes majeurs accompagnes ?", "jeunes majeurs"},
		{" how many children and young people had an ase measure ?", "children and young"},
		{" combien d'enfants et de jeunes beneficient d'une mesure ?", "enfants et jeunes"},
		{" how many people attended the conference ?", "attended"},
	} {
		if got := countedWords(tt.folded); got != tt.want {
			t.Errorf("countedWords(%q) = %q, want %q", tt.folded, got, tt.want)
		}
	}
}

package understand

import "testing"

// A rank with no noun, or before the list's own noun, names an item of
// the list the thread last gave; before another noun ("la deuxième UAPED",
// "the last step") it qualifies that noun and names no item.
func TestOrdinalOne(t *testing.T) {
	tests := []struct {
		q    string
		want int
	}{
		{"et la troisième ?", 3},
		{"the fourth one?", 4},
		{"qui pilote la deuxième ?", 2},
		{"la 2e fiche, c'est pour quand ?", 2},
		{"and the second of those?", 2},
		{"la dernière, elle court jusqu'à quand ?", LastOrdinal},
		{"la deuxième UAPED à Arcachon c'est pour quand ?", 0},
		{"le deuxième protocole est prévu quand ?", 0},
		{"what's the last step of the plan?", 0},
	}
	for _, tt := range tests {
		if got := OrdinalOne(" " + fold(tt.q) + " "); got != tt.want {
			t.Errorf("OrdinalOne(%q) = %d, want %d", tt.q, got, tt.want)
		}
	}
}

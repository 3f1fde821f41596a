package retrieval

import "testing"

// A word family meets once its derivation endings are off: the person
// named by what they do and the doing, not words that only begin alike.
func TestFamilyRoot(t *testing.T) {
	for _, c := range []struct {
		a, b string
		same bool
	}{
		{"décrocheurs", "décrochage", true},
		{"financeurs", "financement", true},
		{"signaleur", "signalement", true},
		{"parental", "parentalité", true},
		{"décrocheurs", "décret", false},
		{"placement", "plaquette", false},
		{"violence", "violet", false},
	} {
		ra, rb := familyRoot(Stem(c.a)), familyRoot(Stem(c.b))
		if (ra == rb) != c.same {
			t.Errorf("%s (%s) and %s (%s): same family = %v, want %v", c.a, ra, c.b, rb, ra == rb, c.same)
		}
	}
}

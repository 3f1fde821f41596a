package retrieval

import (
	"strings"
	"testing"
)

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

// An English participle translates as its verb does.
func TestVerbFormsTranslate(t *testing.T) {
	for _, tt := range []struct{ q, want string }{
		{"how is the plan steered?", "pilot"},
		{"when is the service launched?", "lancement"},
		{"who is this evaluated by?", "évalu"},
		{"educators hired in 2020", "recrut"},
	} {
		if got := Translate(tt.q); !strings.Contains(got, tt.want) {
			t.Errorf("Translate(%q) = %q, want %q in it", tt.q, got, tt.want)
		}
	}
}

// The trades are "métiers" in the schémas, and what makes them attractive
// their "attractivité".
func TestJobsAndTheirAttractiveness(t *testing.T) {
	for _, tt := range []struct{ q, want string }{
		{"making social jobs more attractive", "métiers"},
		{"making social jobs more attractive", "attractivité"},
		{"is the job attractive enough?", "métier"},
	} {
		if got := Translate(tt.q); !strings.Contains(got, tt.want) {
			t.Errorf("Translate(%q) = %q, want %q in it", tt.q, got, tt.want)
		}
	}
}

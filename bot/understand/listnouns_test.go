package understand

import "testing"

// A schéma that calls its fiches "chantiers" is asked for a list of them
// by that word, as one that calls them "mesures" or "fiches".
func TestListAsksForChantiers(t *testing.T) {
	ps := loadLexicon("intents").phrases("list")
	for _, q := range []string{
		" list the chantiers under the orientation about a stable pathway ",
		" quels chantiers pour garantir a chaque enfant un parcours stable ? ",
		" which chantiers concern foster carers ? ",
	} {
		found := false
		for _, p := range ps {
			if i, _ := scan(q).index(p); i >= 0 && !p.weak {
				found = true
				break
			}
		}
		if !found {
			t.Errorf("%q: no strong list cue", q)
		}
	}
}

package understand

import (
	"testing"

	"schemabot/corpus"
)

// A sentence that refers to people or things named before it, by a
// demonstrative or by an object pronoun before a verb, points back; an
// article before a plural noun does not.
func TestPointsBack(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"est-ce que le schéma dit quelque chose sur le fait de mieux les soutenir au quotidien ?", true},
		{"il y a quelque chose de prévu pour les aider ?", true},
		{"et pour les loger, il y a quoi ?", true},
		{"do they say anything concrete about housing them?", true},
		{"qui porte ce chantier ?", true},
		{"quelles fiches parlent des familles d'accueil ?", false},
		{"qui pilote la fiche sur les mineurs non accompagnés ?", false},
		{"what does the plan do for foster carers?", false},
		{"les foyers et les assistants familiaux, c'est quelle fiche ?", false},
	} {
		if got := PointsBack(" " + corpus.Fold(tc.text) + " "); got != tc.want {
			t.Errorf("PointsBack(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

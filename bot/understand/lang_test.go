package understand

import (
	"testing"

	"schemabot/bot/chat"
)

func TestDetectLang(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Qui pilote la fiche 12 ?", chat.French},
		{"qui pilote fiche 12 isere", chat.French},
		{"Que veut dire ODPE ?", chat.French},
		{"c'est quoi l'ODPE ?", chat.French},
		{"Quelles fiches concernent les MNA ?", chat.French},
		{"Who pilots fiche 12 in Isère?", chat.English},
		{"Who pilots fiche 12?", chat.English},
		{"What does ODPE stand for?", chat.English},
		{"When is the CRIP guide due?", chat.English},
		{"Which fiches are due in 2021?", chat.English},
		{"Isère's pilots?", chat.English},
		// Mixed: the language most of the words are in.
		{"When is the échéance of fiche 12?", chat.English},
		{"Quand est due la fiche 12 ?", chat.French},
		{"", chat.French},
		{"CRIP", chat.French},
	} {
		if got := DetectLang(tc.in); got != tc.want {
			t.Errorf("DetectLang(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

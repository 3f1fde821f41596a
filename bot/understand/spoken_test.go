package understand

import "testing"

func TestSpokenNumbers(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"qui sont les partenaires de la fiche douze", "qui sont les partenaires de la fiche 12"},
		{"whats the point of fiche twenty nine in isere", "whats the point of fiche 29 in isere"},
		{"objectifs fiche vingt-trois isère", "objectifs fiche 23 isère"},
		{"fiche action numéro un qui pilote", "fiche action numéro 1 qui pilote"},
		{"which fiches are under orientation one the prevention one", "which fiches are under orientation 1 the prevention one"},
		{"les indicateurs de la fiche dix non pardon la neuf de la moselle", "les indicateurs de la fiche 9 de la moselle"},
		{"fiche huit euh non enfin la neuf", "fiche 9"},
		{"which steps have twenty twenty two as their date", "which steps have 2022 as their date"},
		{"quels bilans en deux mille vingt et un", "quels bilans en 2021"},
		{"la loi de deux mille seize", "la loi de 2016"},
		{"pour les niveaux un a trois", "pour les niveaux 1 a 3"},
		{"fiches deux et quatre", "fiches 2 et 4"},
		// Number words that number nothing stay as they are.
		{"il y a un guide pour les trois territoires", "il y a un guide pour les trois territoires"},
		{"one of the fiches is new", "one of the fiches is new"},
		{"un foyer neuf", "un foyer neuf"},
	} {
		if got := SpokenNumbers(tt.in); got != tt.want {
			t.Errorf("SpokenNumbers(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestSpelledAcronyms(t *testing.T) {
	known := func(a string) bool { return a == "CRIP" || a == "ODPE" || a == "CLLAJ" || a == "IP" }
	for _, tt := range []struct{ in, want string }{
		{"c'est quoi la c r i p", "c'est quoi la CRIP"},
		{"ils parlent de la c r i p c'est quoi", "ils parlent de la CRIP c'est quoi"},
		{"la c r i p a dit", "la CRIP a dit"},
		{"what is a c r i p", "what is a CRIP"},
		{"the moselle plan mentions the c l l a j whats that", "the moselle plan mentions the CLLAJ whats that"},
		{"o d p e ça veut dire quoi", "ODPE ça veut dire quoi"},
		// Dotted letters are an acronym typed, read as such elsewhere.
		{"P.I.P.P.I stands for", "P.I.P.P.I stands for"},
		// Letters that spell no known acronym stay apart.
		{"il y a un guide", "il y a un guide"},
		{"la fiche a b", "la fiche a b"},
	} {
		if got := SpelledAcronyms(tt.in, known); got != tt.want {
			t.Errorf("SpelledAcronyms(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

package understand

import "testing"

// What a count asks for: the noun after "combien de" / "how many", with
// its adjective, and the things joined to it; not the verb after it;
// each of the things a message counts.
func TestCountedWords(t *testing.T) {
	for _, tt := range []struct{ folded, want string }{
		{" combien d'habitants compte l'isere ?", "habitants"},
		{" combien de jeunes majeurs accompagnes ?", "jeunes majeurs"},
		{" how many children and young people had an ase measure ?", "children and young"},
		{" combien d'enfants et de jeunes beneficient d'une mesure ?", "enfants et jeunes"},
		// People counted: what they did is not what is counted.
		{" how many people attended the conference ?", ""},
		{" how many people answered the barometer ?", ""},
		// A noun's complement is counted with it; a length of time
		// counts nothing named.
		{" combien de conferences des familles en 2020 ?", "conferences familles"},
		{" combien de places de creche ?", "places creche"},
		{" combien de temps dure la formation ?", ""},
		// Each thing a message counts, either of which a figure may count.
		{" how many staff, how many schools ?", "staff or schools"},
		{" combien d'etablissements, combien de moniteurs ?", "etablissements or moniteurs"},
		{" how many schools and how many educators ?", "schools or educators"},
	} {
		if got := countedWords(tt.folded); got != tt.want {
			t.Errorf("countedWords(%q) = %q, want %q", tt.folded, got, tt.want)
		}
	}
}

// The pronoun of an inverted question is the verb's subject: it leaves
// the verb, and names nothing; a hyphenated word is left whole.
func TestInvertedPronounsLeaveTheVerb(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{" quel objectif fixe-t-elle ? ", " quel objectif fixe ? "},
		{" la moselle evalue-t-on chaque annee ? ", " la moselle evalue chaque annee ? "},
		{" sont-ils pilotes par la pmi ? ", " sont pilotes par la pmi ? "},
		{" comment va-t-on evaluer ? ", " comment va evaluer ? "},
		{" a-t-il ete signe ? ", " a ete signe ? "},
		{" le dispositif mere-enfant ", " le dispositif mere-enfant "},
		{" peut-etre en 2022 ", " peut-etre en 2022 "},
	} {
		if got := reInverted.ReplaceAllString(tt.in, "$1$2"); got != tt.want {
			t.Errorf("%q → %q, want %q", tt.in, got, tt.want)
		}
	}
}

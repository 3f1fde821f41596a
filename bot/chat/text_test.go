package chat

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestCleanInput(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"<@U123> qui pilote la fiche 3 ?", "qui pilote la fiche 3 ?"},
		{"<@U123|bot> qui pilote la fiche 3 ?", "qui pilote la fiche 3 ?"},
		{"<!here> bonjour", "bonjour"},
		{"<!subteam^S1|@equipe> bonjour", "bonjour"},
		{"voir <https://x.y|lien>", "voir lien"},
		{"voir <https://x.y/a?b=c>", "voir https://x.y/a?b=c"},
		{"dans <#C123|general> svp", "dans #general svp"},
		{"a &amp; b &lt;c&gt;", "a & b <c>"},
		{"écrire à jean.dupont@isere.fr", "écrire à jean.dupont@isere.fr"},
		{"  plusieurs   espaces \n\t ici ", "plusieurs espaces ici"},
		{"zéro\u200blargeur\ufeff", "zérolargeur"},
		{"contrôle\x00\x07ici", "contrôle ici"},
		{"\xff\xfeIsère", "Isère"},
		{"", ""},
		{"@here qqn a le chiffre ? sinon je demande à @schemabot", "qqn a le chiffre ? sinon je demande à"},
		{"les gens, je boucle la note ce soir\n@schemabot combien de jeunes majeurs ?", "combien de jeunes majeurs ?"},
		{"@paul tu regardes demain ?\n<@U1> qui pilote la fiche 8 ?", "qui pilote la fiche 8 ?"},
		{"@channel qui pilote la fiche 8 ?\nmerci d'avance", "qui pilote la fiche 8 ? merci d'avance"},
	} {
		if got := CleanInput(tc.in); got != tc.want {
			t.Errorf("CleanInput(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	long := CleanInput(strings.Repeat("é", 40000))
	if n := utf8.RuneCountInString(long); n > MaxQuestionRunes || !utf8.ValidString(long) {
		t.Errorf("40 000 runes cleaned to %d runes (max %d), valid=%v", n, MaxQuestionRunes, utf8.ValidString(long))
	}
}

func TestFromLine(t *testing.T) {
	text := "@paul tu regardes ?\n<@U1> qui pilote ?"
	if got := FromLine(text, strings.Index(text, "<@U1>")); got != "<@U1> qui pilote ?" {
		t.Errorf("FromLine after a line to a colleague = %q", got)
	}
	if got := FromLine("bonjour <@U1> qui pilote ?", 8); got != "bonjour <@U1> qui pilote ?" {
		t.Errorf("FromLine on the first line = %q", got)
	}
}

func TestDefuse(t *testing.T) {
	for _, tc := range []struct {
		in       string
		same     bool // the text must come back unchanged
		mustLack []string
	}{
		{in: "Qui pilote la fiche 12 ?", same: true},
		{in: "écrire à jean.dupont@isere.fr", same: true},
		{in: "contact: prenom.nom+enfance@cg57.fr.", same: true},
		{in: "@here", mustLack: []string{"@here"}},
		{in: "hello @channel!", mustLack: []string{"@channel"}},
		{in: "@Channel @EVERYONE @all", mustLack: []string{"@channel", "@everyone", "@all"}},
		{in: "<!channel> et <!here|here>", mustLack: []string{"<!"}},
		{in: "<@U123> et <@W9|nom>", mustLack: []string{"<@"}},
		{in: "demander à @jean", mustLack: []string{"@jean"}},
		{in: "(@here)", mustLack: []string{"@here"}},
	} {
		got := Defuse(tc.in)
		if tc.same && got != tc.in {
			t.Errorf("Defuse(%q) = %q, want it unchanged", tc.in, got)
		}
		for _, m := range tc.mustLack {
			if strings.Contains(strings.ToLower(got), strings.ToLower(m)) {
				t.Errorf("Defuse(%q) = %q still holds %q", tc.in, got, m)
			}
		}
		// People still read the same text: only word joiners are added.
		if strings.ReplaceAll(got, "\u2060", "") != tc.in {
			t.Errorf("Defuse(%q) = %q changes more than word joiners", tc.in, got)
		}
		if Defuse(got) != got {
			t.Errorf("Defuse is not idempotent on %q: %q", got, Defuse(got))
		}
	}
}

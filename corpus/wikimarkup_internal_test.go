package corpus

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzWikiMarkup feeds the wiki-markup converter any text: it must not
// panic, and what it writes must stay valid UTF-8 when what it reads is.
func FuzzWikiMarkup(f *testing.F) {
	for _, s := range []string{
		"h1. Titre\nh2. Axe 1\n{panel:title=Fiche 1 : Agir|bgColor=#EEF}\n||Pilote|Service \\\\ _Direction_|\n{panel}",
		"||Jalon||Date||\n|Achat|Mars 2027|\n|Tournée|{status:colour=Grey|title=Prévu}|",
		"{toc}\n{info:title=Note}\ntexte *gras* -barré- +souligné+ [lien|http://x]\n{info}\n# un\n## deux",
		"||a||b||\n|sans fin\nsuite|\n{code}\n*brut*\n{code}\n{quote}\n{panel}\n{panel}",
		"h7. rien\n{{mono}} !image.png|thumbnail! [~user] {color:red}rouge{color}\n|||\n||",
		"{panel:title=\xff}\n||\xfe||\n|\\\\|",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		// The markers are added so that most inputs are read as wiki markup.
		in := "h1. A\nh2. B\n{panel:title=C}\n" + s
		out := unfoldWikiMarkup(strings.Split(in, "\n"))
		if !utf8.ValidString(in) {
			return
		}
		for _, l := range out {
			if !utf8.ValidString(l) {
				t.Fatalf("invalid UTF-8 %q from %q", l, s)
			}
		}
	})
}

// TestWikiMarkupLeavesOtherText checks that a text quoting one sign of
// wiki markup, or written in markdown, is left as it is.
func TestWikiMarkupLeavesOtherText(t *testing.T) {
	for _, s := range []string{
		"# Titre\n\n| Pilote | Partenaires |\n| --- | --- |\n| a | b |\n\n* item\n",
		"Le schéma h1. n'est pas un titre.\nh2. Un seul titre\n{toc}",
		"Plain text {with braces}\n|| one row ||\n",
	} {
		lines := strings.Split(s, "\n")
		if got := strings.Join(unfoldWikiMarkup(slicesClone(lines)), "\n"); got != s {
			t.Errorf("%q rewritten as %q", s, got)
		}
	}
}

// slicesClone copies lines, which unfoldWikiMarkup may not change in place.
func slicesClone(lines []string) []string { return append([]string(nil), lines...) }

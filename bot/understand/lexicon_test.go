package understand

import (
	"io/fs"
	"strings"
	"testing"
)

// Forms of one word match; words derived from it do not, nor words that
// merely start alike.
func TestSameWord(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		want bool
	}{
		{"pilote", "pilotent", true},
		{"piloter", "pilotees", true},
		{"responsable", "responsables", true},
		{"lead", "leading", true},
		{"heads", "heading", true},
		{"involve", "involved", true},
		{"priority", "priorities", true},
		{"partenaire", "partenaires", true},
		{"evaluate", "evaluation", false},
		{"adopte", "adoption", false},
		{"assessed", "assessment", false},
		{"pilote", "pilotage", false},
		{"date", "data", false},
		{"2021", "2022", false},
		{"tel", "tels", false},
	} {
		if got := sameWord(tt.a, tt.b); got != tt.want {
			t.Errorf("sameWord(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

// Phrases match whole words in order, inflected, and never across a
// question mark or a comma.
func TestPhraseMatching(t *testing.T) {
	lex, err := parseLexicon(strings.NewReader("[x]\nqui pilote\n~mise en place\n=fiches\n"))
	if err != nil {
		t.Fatal(err)
	}
	ps := lex.phrases("x")
	for _, tt := range []struct {
		text string
		want string // the phrase found, "" for none
	}{
		{" qui pilotent la fiche 3 ? ", "qui pilote"},
		{" qui ? pilote ", ""},
		{" quelles fiches ? ", "fiches"},
		{" la fiche sur le ppe ", ""},
		{" la mise en place du dispositif ", "mise en place"},
		{" l'emise en placement ", ""},
	} {
		got := ""
		for _, p := range ps {
			if i, _ := scan(tt.text).index(p); i >= 0 {
				got = p.text
				break
			}
		}
		if got != tt.want {
			t.Errorf("%q: matched %q, want %q", tt.text, got, tt.want)
		}
	}
	if !ps[1].weak || ps[0].weak || !ps[2].exact {
		t.Errorf("flags: %+v", ps)
	}
	if _, err := parseLexicon(strings.NewReader("orphan\n")); err == nil {
		t.Error("a phrase outside a section must be refused")
	}
}

// "..." in a phrase stands for a few words of the same clause: a subject
// or a complement between the question word and the verb.
func TestPhraseGaps(t *testing.T) {
	lex, err := parseLexicon(strings.NewReader("[x]\nwho ... owns\nhow will ... evaluate\n"))
	if err != nil {
		t.Fatal(err)
	}
	ps := lex.phrases("x")
	for _, tt := range []struct {
		text string
		want bool
	}{
		{" who owns that action ? ", true},
		{" who on the departement side owns that action ? ", true},
		{" how will isere evaluate the action ? ", true},
		{" how will the departement and partners evaluate it ? ", true},
		{" who, on the other hand, owns it ? ", false},
		{" who is it ? the team owns the project ", false},
		{" who in the whole wide world of schemes owns it ? ", false},
	} {
		got := scan(tt.text).has(ps)
		if got != tt.want {
			t.Errorf("%q: matched %v, want %v", tt.text, got, tt.want)
		}
	}
	for _, bad := range []string{"[x]\n... owns\n", "[x]\nwho ...\n"} {
		if _, err := parseLexicon(strings.NewReader(bad)); err == nil {
			t.Errorf("%q: a gap with nothing on one side must be refused", bad)
		}
	}
}

// Every vocabulary file parses, every section the code asks for exists, and
// no line is another line's inflection: one line covers a word's forms.
func TestVocabularyFiles(t *testing.T) {
	files, err := fs.Glob(vocabFS, "vocab/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no vocabulary: %v", err)
	}
	for _, f := range files {
		name := strings.TrimSuffix(strings.TrimPrefix(f, "vocab/"), ".txt")
		lex := loadLexicon(name)
		for sec, ps := range lex {
			for i, p := range ps {
				for _, o := range ps[:i] {
					if o.weak == p.weak && o.exact == p.exact && !p.exact && samePhrase(o, p) {
						t.Errorf("%s [%s]: %q is a form of %q; one line is enough", f, sec, p.text, o.text)
					}
				}
			}
		}
	}
	for _, f := range append(fieldOrder, "summary") {
		fieldVocab.phrases(f)
	}
	for _, k := range overviewOrder {
		overviewVocab.phrases(k)
	}
	for _, c := range []string{"glossary", "list", "count", "number", "money", "duration", "date", "place", "contact", "name",
		"among", "relative-period", "other-schema", "anaphora", "people-pronoun", "same-time", "results", "next-fiche", "previous-fiche", "reported", "wanting", "whether-any", "frequency"} {
		intentVocab.phrases(c)
	}
}

func samePhrase(a, b phrase) bool {
	if len(a.words) != len(b.words) {
		return false
	}
	for i := range a.words {
		if !sameWord(a.words[i], b.words[i]) {
			return false
		}
	}
	return true
}

// The words that ask for a field leave the topic: the leftmost cue goes
// first, and of two cues at one place the shorter, so that a cue's verb
// does not stay behind and the topic's words do not go.
func TestWithoutCues(t *testing.T) {
	for _, tt := range []struct {
		field, text, gone, kept string
	}{
		{"partners", "pour le parrainage, le departement travaille avec qui", "travaille", "parrainage"},
		{"partners", "on collabore avec qui sur les violences conjugales", "collabore", "violences"},
		{"partners", "who do they team up with on domestic violence", "team", "domestic"},
		{"indicators", "la fiche pour mieux mesurer l'impact de la politique : quels indicateurs", "indicateurs", "impact"},
	} {
		got := without(tt.text, fieldVocab.phrases(tt.field))
		if strings.Contains(got, tt.gone) || !strings.Contains(got, tt.kept) {
			t.Errorf("without(%q, %s) = %q; want %q gone and %q kept", tt.text, tt.field, got, tt.gone, tt.kept)
		}
	}
}

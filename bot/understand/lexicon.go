package understand

import (
	"bufio"
	"embed"
	"fmt"
	"io"
	"strings"
	"sync"

	"schemabot/corpus"
)

// The cues of questions (which field is asked, what kind of answer, which
// fact of the schéma) are data, not code: vocab/*.txt hold one phrase a
// line under a [section] naming the cue. Phrases are matched on folded words
// and their inflections, so one line covers a word's forms ("piloter" also
// matches "pilote", "pilotent", "pilotées"; "lead" matches "leads",
// "leading"), but not the words derived from it ("pilotage"). A line starting with "~" is a weak cue: it may also describe a
// topic ("la mise en place de…"), and counts only when no strong cue does.
// A line starting with "^" is a manner word ("concrètement"): it asks for
// its field only when no other field's strong cue is in the question ("et
// concrètement les indicateurs ?" asks for indicators).
// A line starting with "=" matches its words as written: "fiches" asks for
// a list where "la fiche" does not. "..." inside a line lets up to maxGap
// words of the same clause stand there: "who ... owns" matches "who on the
// Département side owns".
//
//go:embed vocab/*.txt
var vocabFS embed.FS

// phrase is one line of a vocabulary file.
type phrase struct {
	text  string   // as written, folded
	words []string // its words, folded
	weak  bool
	exact bool // words match as written, not on their stems
	// fallback is a manner word that asks only when no other cue does.
	fallback bool
	// gap[j] lets up to maxGap words stand before words[j] ("...").
	gap []bool
}

// maxGap is how many words a "..." of a phrase stands for at most: a
// subject or a short complement ("how will Isère evaluate").
const maxGap = 4

// lexicon maps a section of a vocabulary file to its phrases, in file order.
type lexicon map[string][]phrase

// loadLexicon reads vocab/<name>.txt; a malformed embedded file is a
// programming error, caught by the package's tests.
func loadLexicon(name string) lexicon {
	f, err := vocabFS.Open("vocab/" + name + ".txt")
	if err != nil {
		panic(fmt.Sprintf("vocabulary %s: %v", name, err))
	}
	defer f.Close()
	lex, err := parseLexicon(f)
	if err != nil {
		panic(fmt.Sprintf("vocabulary %s: %v", name, err))
	}
	return lex
}

// parseLexicon reads a vocabulary file: "# comments", "[section]" headers,
// and one phrase a line.
func parseLexicon(r io.Reader) (lexicon, error) {
	lex := lexicon{}
	section := ""
	sc := bufio.NewScanner(r)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if i := strings.Index(line, " #"); i >= 0 {
			line = strings.TrimSpace(line[:i])
		}
		switch {
		case line == "" || strings.HasPrefix(line, "#"):
			continue
		case strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]"):
			section = strings.TrimSpace(line[1 : len(line)-1])
			continue
		case section == "":
			return nil, fmt.Errorf("line %d: phrase outside a [section]", n)
		}
		p := phrase{}
		for len(line) > 0 && (line[0] == '~' || line[0] == '=' || line[0] == '^') {
			p.weak = p.weak || line[0] == '~'
			p.exact = p.exact || line[0] == '='
			p.fallback = p.fallback || line[0] == '^'
			line = strings.TrimSpace(line[1:])
		}
		p.text = corpus.Fold(line)
		for i, part := range strings.Split(p.text, "...") {
			ws := phraseWords(part)
			if len(ws) == 0 {
				return nil, fmt.Errorf("line %d: nothing on a side of \"...\" in %q", n, line)
			}
			for j := range ws {
				p.gap = append(p.gap, i > 0 && j == 0)
			}
			p.words = append(p.words, ws...)
		}
		if len(p.words) == 0 {
			return nil, fmt.Errorf("line %d: no word in %q", n, line)
		}
		lex[section] = append(lex[section], p)
	}
	return lex, sc.Err()
}

// phrases returns a section's phrases; it panics on an unknown section,
// which is a typo in the code, not in user input.
func (l lexicon) phrases(section string) []phrase {
	ps, ok := l[section]
	if !ok {
		panic("vocabulary: no section " + section)
	}
	return ps
}

func phraseWords(s string) []string {
	var out []string
	for _, t := range tokenize(s) {
		out = append(out, s[t.start:t.end])
	}
	return out
}

// token is a word of a folded text, by byte offsets.
type token struct{ start, end int }

func tokenize(s string) []token {
	var out []token
	start := -1
	for i := 0; i <= len(s); i++ {
		if i < len(s) && isWordByte(s[i]) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			out = append(out, token{start, i})
			start = -1
		}
	}
	return out
}

// text is a folded question scanned once into words, to match many
// phrases against it.
type text struct {
	s    string
	toks []token
}

func scan(s string) text { return text{s: s, toks: tokenize(s)} }

// index returns the byte range of the first match of p in t, or -1, -1.
// Consecutive words of p must be consecutive words of t, separated by
// spaces or an apostrophe only (a comma or a "?" ends a phrase).
func (t text) index(p phrase) (int, int) {
	n := len(p.words)
	fillers := fillerWords()
	joined := func(k int) bool { return strings.Trim(t.s[t.toks[k-1].end:t.toks[k].start], " '") == "" }
	for i := 0; i+n <= len(t.toks); i++ {
		ok, k, skipped := true, i, false
		for j := 0; j < n && ok; j++ {
			if k >= len(t.toks) {
				ok = false
				break
			}
			w := t.s[t.toks[k].start:t.toks[k].end]
			ok = p.matches(j, w)
			// "who ... owns": a few words of the same clause may stand
			// before this word.
			for g := 1; !ok && p.gap[j] && g <= maxGap && k+g < len(t.toks) && joined(k) && joined(k+g); g++ {
				if p.matches(j, t.s[t.toks[k+g].start:t.toks[k+g].end]) {
					ok, k = true, k+g
				}
			}
			// One filler word inside a phrase ("what are they actually
			// planning") does not break it.
			if !ok && j > 0 && !skipped && fillers[w] && k+1 < len(t.toks) && joined(k) {
				skipped, k = true, k+1
				w = t.s[t.toks[k].start:t.toks[k].end]
				ok = p.matches(j, w)
			}
			if ok && j > 0 && !joined(k) {
				ok = false
			}
			k++
		}
		if ok {
			return t.toks[i].start, t.toks[k-1].end
		}
	}
	return -1, -1
}

// matches tells whether w is the j-th word of p.
func (p phrase) matches(j int, w string) bool {
	if p.exact {
		return w == p.words[j]
	}
	return sameWord(w, p.words[j])
}

// fillerWords are the words a phrase of the vocabulary may have inside it
// without changing what it asks ([filler] in vocab/intents.txt).
var fillerWords = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, p := range intentVocab.phrases("filler") {
		m[p.text] = true
	}
	return m
})

// has reports whether any of ps is in t.
func (t text) has(ps []phrase) bool {
	for _, p := range ps {
		if i, _ := t.index(p); i >= 0 {
			return true
		}
	}
	return false
}

// hasStrong reports whether a phrase of ps that is not weak is in t.
func (t text) hasStrong(ps []phrase) bool {
	for _, p := range ps {
		if i, _ := t.index(p); i >= 0 && !p.weak {
			return true
		}
	}
	return false
}

// without returns s with every match of ps replaced by a space.
func without(s string, ps []phrase) string {
	t := scan(s)
	// The leftmost match goes first: "travaille avec qui" loses
	// "travailler avec", not "avec qui" and then a verb that no longer
	// reads as a cue. Of two matches at one place the shorter goes, as
	// the longer one's last words may be the topic ("mesurer l'impact de
	// la politique" is a fiche's title).
	for {
		bi, bj := -1, -1
		for _, p := range ps {
			if i, j := t.index(p); i >= 0 && (bi < 0 || i < bi || i == bi && j < bj) {
				bi, bj = i, j
			}
		}
		if bi < 0 {
			return t.s
		}
		t = scan(t.s[:bi] + " " + t.s[bj:])
	}
}

// minStem is the shortest stem two different words may share and still be
// one word: shorter stems join unrelated words ("date" and "data").
const minStem = 4

// inflections are the endings that make forms of one word: plurals,
// feminines, verb endings and participles, French and English. Derived
// words are other words: "évaluation" is no form of "évaluer", "adoption"
// (of a child) none of "adopté" (the schéma), "assessment" none of
// "assessed".
var inflections = map[string]bool{"": true, "s": true, "x": true, "e": true, "es": true, "ee": true, "ees": true,
	"er": true, "ez": true, "ent": true, "ant": true, "ants": true, "ante": true, "antes": true, "ait": true,
	"aient": true, "era": true, "eront": true, "ed": true, "d": true, "ing": true, "ings": true, "y": true,
	"ies": true, "ied": true}

// sameWord compares two folded words: equal, or two forms of one word (a
// shared stem of at least minStem letters followed by inflections only).
func sameWord(a, b string) bool {
	if a == b {
		return true
	}
	if len(a) < minStem || len(b) < minStem || isNumeric(a) || isNumeric(b) {
		return false
	}
	cp := 0
	for cp < len(a) && cp < len(b) && a[cp] == b[cp] {
		cp++
	}
	for k := cp; k >= minStem; k-- {
		if inflections[a[k:]] && inflections[b[k:]] {
			return true
		}
	}
	return false
}

func isNumeric(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return true
}

// NamesMeans reports whether a sentence of a document names a means of
// making a schéma: a survey, a conference, a committee, working groups, a
// consultancy (the [means] section of vocab/overview.txt).
func NamesMeans(sentence string) bool {
	return scan(" " + corpus.Fold(sentence) + " ").has(overviewVocab.phrases("means"))
}

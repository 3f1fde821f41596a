package understand

import (
	"regexp"
	"sort"
	"strings"

	"schemabot/corpus"
	"schemabot/retrieval"
)

// Weights are the numbers that weigh a question's cues against each other.
// They are fitted with the answering parameters (answer.Params), on every
// question set together.
type Weights struct {
	// WeakCue is the weight of a phrase that may also describe a topic
	// ("~" in vocab/fields.txt: "la mise en place de la commission"),
	// against a phrase that only asks.
	WeakCue float64
	// TitledCue is the weight of a field's phrase that a fiche's title
	// holds beside another word of the question: "les réunions d'info des
	// partenaires" may name fiche 7 rather than ask for partners.
	TitledCue float64
	// LaterCue is what a phrase loses by coming late in the question, as
	// a share of its weight at the very end: of two fields asked, the one
	// asked first is the question's ("à quoi sert la fiche sur les
	// réunions des partenaires" asks for objectives).
	LaterCue float64
}

// DefaultWeights are the fitted weights.
var DefaultWeights = Weights{WeakCue: 0.5, TitledCue: 0.6, LaterCue: 0.4}

// fieldNouns are the names of a fiche's parts, folded.
var fieldNouns = map[string]bool{"pilote": true, "pilotes": true, "pilot": true, "pilots": true, "partenaires": true,
	"partners": true, "calendrier": true, "calendar": true, "echeance": true, "echeances": true, "deadline": true,
	"deadlines": true, "indicateurs": true, "indicateur": true, "indicators": true, "indicator": true, "objectifs": true,
	"objectives": true}

var reWord = regexp.MustCompile(`[a-z]+`)

// fixFieldTypos writes the name of a fiche's part where a word no
// dictionary knows is a typo of it ("calendirer ?", "indicatuers",
// "partenairs"): typed on a phone, the one word of a follow-up is often
// the field asked, and a typo must not lose it.
func fixFieldTypos(folded string) string {
	return reWord.ReplaceAllStringFunc(folded, func(w string) string {
		if len(w) < 6 || fieldNouns[w] || retrieval.KnownForm(w) {
			return w
		}
		best, bestD := w, 0
		for _, n := range fieldNounList {
			if d, ok := retrieval.TypoDistance(w, n); ok && len(n) >= 6 && (best == w || d < bestD) {
				best, bestD = n, d
			}
		}
		return best
	})
}

// fieldNounList is fieldNouns in a fixed order, for the typo fix, with
// the other nouns that name what is asked of a schéma or a fiche (its
// orientations, contributors, method, a definition): a typo in the one
// word that asks must not lose it ("orientatons schema moselle",
// "contribteurs ?").
var fieldNounList = func() []string {
	out := []string{"contributeurs", "contributors", "orientations", "orientation", "methodologie", "methodology",
		"definition", "glossaire", "glossary", "modalites", "actions"}
	for n := range fieldNouns {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}()

// chooseField returns the field whose cues in seg weigh most, whether its
// best cue is weak, and the fields that some strong cue asks. A cue weighs
// 1, times WeakCue when weak and TitledCue when a fiche title holds it,
// less LaterCue for its place; on equal weights the longer phrase, then
// the order of fieldOrder, decides.
func chooseField(lib *corpus.Library, seg text, w Weights) (field string, weakOnly bool, strong map[string]bool) {
	strong = map[string]bool{}
	n := float64(len(seg.s) + 1)
	best, bestLen := 0.0, 0
	// A manner word ("concrètement") gives way to a field named by its
	// name ("et concrètement les indicateurs ?"); a verb that may ask for
	// a field ("faire participer l'enfant") does not name it.
	other := false
	for _, f := range fieldOrder {
		for _, p := range fieldVocab.phrases(f) {
			if !p.fallback && !p.weak && len(p.words) == 1 && fieldNouns[p.words[0]] {
				if i, _ := seg.index(p); i >= 0 {
					other = true
				}
			}
		}
	}
	for _, f := range fieldOrder {
		for _, p := range fieldVocab.phrases(f) {
			if p.fallback && other {
				continue
			}
			i, j := seg.index(p)
			if i < 0 {
				continue
			}
			weight := 1.0
			if p.weak {
				weight = w.WeakCue
			} else {
				strong[f] = true
				if inFicheTitle(lib, seg.s[i:j], around(seg.s, i, j, 3)) {
					weight = w.TitledCue
				}
			}
			weight *= 1 - w.LaterCue*float64(i)/n
			// Of two phrases as heavy, the longer says more: "intend to
			// do" asks for actions where "intend to" alone asks aims.
			if weight > best || weight == best && j-i > bestLen {
				best, bestLen, field, weakOnly = weight, j-i, f, p.weak
			}
		}
	}
	return field, weakOnly, strong
}

// around returns the n words on each side of s[i:j], within its clause: a
// field word names a fiche's title only beside the title's other words
// ("les réunions d'info des partenaires"), not anywhere in the question
// ("… la démarche PPE ? des actions concrètes ?").
func around(s string, i, j, n int) string {
	before := s[:i]
	if k := strings.LastIndexAny(before, "?,;:!."); k >= 0 {
		before = before[k+1:]
	}
	after := s[j:]
	if k := strings.IndexAny(after, "?,;:!."); k >= 0 {
		after = after[:k]
	}
	bw, aw := strings.Fields(before), strings.Fields(after)
	bw = bw[max(0, len(bw)-n):]
	aw = aw[:min(n, len(aw))]
	return strings.Join(append(bw, aw...), " ")
}

// CoordinatedFields returns the fields a question asks together, named by
// cues that only ask ("le calendrier et les indicateurs", "pilote et
// partenaires", "objectives/actions") joined by "et", "and", a comma or a
// slash, in their order; nil when it asks one field or fewer.
func CoordinatedFields(question string) []string {
	seg := scan(" " + corpus.Fold(question) + " ")
	type match struct {
		field string
		i, j  int
	}
	var ms []match
	for _, f := range fieldOrder {
		for _, p := range fieldVocab.phrases(f) {
			if i, j := seg.index(p); i >= 0 && !p.weak {
				ms = append(ms, match{f, i, j})
			}
		}
	}
	sort.SliceStable(ms, func(a, b int) bool { return ms[a].i < ms[b].i })
	var out []string
	for k := 1; k < len(ms); k++ {
		a, b := ms[k-1], ms[k]
		if a.field == b.field || b.i < a.j || !joinsFields(seg.s[a.j:b.i]) {
			continue
		}
		out = AppendUnique(AppendUnique(out, a.field), b.field)
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

// joinsFields reports the words between two field cues that coordinate
// them: a conjunction, a comma or a slash, and articles.
func joinsFields(between string) bool {
	// "our partners' calendar" joins nothing: a conjunction, a comma or a
	// slash must.
	// "… au pilotage, ou seulement comme contributeurs ?" asks which of
	// the two: both are shown.
	if !strings.ContainsAny(between, ",/&+") && !strings.Contains(" "+between+" ", " et ") && !strings.Contains(" "+between+" ", " and ") &&
		!strings.Contains(" "+between+" ", " ou ") && !strings.Contains(" "+between+" ", " or ") {
		return false
	}
	for _, w := range strings.FieldsFunc(between, func(r rune) bool { return strings.ContainsRune(" ,/&+'", r) }) {
		switch w {
		case "et", "and", "ainsi", "que", "le", "la", "les", "l", "ses", "son", "sa", "leur", "leurs", "the", "its", "their", "des", "du", "de",
			"ou", "or", "seulement", "only", "juste", "just", "comme", "as", "simplement", "merely", "dans", "in", "among", "parmi":
		default:
			return false
		}
	}
	return true
}

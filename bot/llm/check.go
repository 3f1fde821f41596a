package llm

import (
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"

	"schemabot/bot/answer"
	"schemabot/corpus"
)

// ErrUngrounded is wrapped by the errors of Check: the answer is not
// supported by the passages it was given.
var ErrUngrounded = errors.New("answer not grounded in the passages")

// ErrNotAnswered is returned by Generate when the model says the passages
// do not answer the question.
var ErrNotAnswered = errors.New("the model found no answer in the passages")

// marker matches citation markers: [1], [1, 2], [1;3], [2-4].
var marker = regexp.MustCompile(`\[(\s*\d{1,4}\s*(?:[,;\-–]\s*\d{1,4}\s*)*)\]`)

// Check verifies that an answer rests on the passages it was given, and
// returns the 1-based numbers of the passages it cites, sorted. The answer
// must cite at least one passage, every marker must refer to a given
// passage ([7] of 3 passages is an error), and every date expression
// ("Semestre 2 / 2021", "juin 2021", a year) and every organisation or
// service name (capitalised words, acronyms) it states must appear in the
// passages it cites: a model that changes a structured field such as a pilot
// or a deadline is caught here. Errors wrap ErrUngrounded.
func Check(text string, passages []answer.Passage) (cited []int, err error) {
	for _, m := range marker.FindAllStringSubmatch(text, -1) {
		nums, err := markerNumbers(m[1])
		if err != nil {
			return nil, fmt.Errorf("%w: citation %s: %v", ErrUngrounded, m[0], err)
		}
		for _, n := range nums {
			if n < 1 || n > len(passages) {
				return nil, fmt.Errorf("%w: citation %s refers to no passage (%d given)", ErrUngrounded, m[0], len(passages))
			}
			if !slices.Contains(cited, n) {
				cited = append(cited, n)
			}
		}
	}
	if len(cited) == 0 {
		return nil, fmt.Errorf("%w: no citation", ErrUngrounded)
	}
	slices.Sort(cited)

	src := newSource(passages, cited)
	for _, f := range dateFacts(fold(text)) {
		if !src.dates[f.key] {
			return nil, fmt.Errorf("%w: %q is not in the cited passages", ErrUngrounded, f.text)
		}
	}
	for _, c := range chunks(text) {
		if !src.grounds(c) {
			return nil, fmt.Errorf("%w: %q is not in the cited passages", ErrUngrounded, c.text())
		}
	}
	return cited, nil
}

// markerNumbers reads "1, 2" or "2-4" inside a marker.
func markerNumbers(s string) ([]int, error) {
	var out []int
	for _, part := range strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ';' }) {
		lo, hi, isRange := strings.Cut(strings.ReplaceAll(part, "–", "-"), "-")
		a, err := strconv.Atoi(strings.TrimSpace(lo))
		if err != nil {
			return nil, err
		}
		b := a
		if isRange {
			if b, err = strconv.Atoi(strings.TrimSpace(hi)); err != nil {
				return nil, err
			}
			if b < a || b-a > 50 {
				return nil, errors.New("bad range")
			}
		}
		for n := a; n <= b; n++ {
			out = append(out, n)
		}
	}
	return out, nil
}

// refusal tells whether an answer without citation says the passages do
// not answer, as the system prompt asks it to.
func refusal(text string) bool {
	t := fold(text)
	for _, s := range []string{"ne permettent pas de repondre", "ne permet pas de repondre", "do not answer", "don't answer", "does not answer", "doesn't answer"} {
		if strings.Contains(t, s) {
			return true
		}
	}
	return false
}

// fold compares texts without case, accents or typographic variants, as
// the rest of the bot does.
func fold(s string) string { return corpus.Fold(s) }

// ---- Dates ----

type dateFact struct {
	key  string // "s:2:2021", "t:3:2021", "m:6:2021", "y:2021"
	text string // as found, for the error message
}

const year = `((?:19|20)\d{2})`

var (
	semNumbered = regexp.MustCompile(`\b(?:semestres?|semesters?|s|h)\s*([12])\s*(?:/|-|,|de|du|of)?\s*` + year + `\b`)
	semOrdinal  = regexp.MustCompile(`\b(1|2|1er|1re|1ere|2e|2eme|2nd|1st|premier|second|deuxieme|first)\s+(?:semestre|semester|half)\s*(?:de l'annee|of the year|de|du|of)?\s*` + year + `\b`)
	triNumbered = regexp.MustCompile(`\b(?:trimestres?|quarters?|q|t)\s*([1-4])\s*(?:/|-|,|de|du|of)?\s*` + year + `\b`)
	triOrdinal  = regexp.MustCompile(`\b(1|2|3|4|1er|1re|1ere|2e|2eme|3e|3eme|4e|4eme|2nd|3rd|4th|1st|premier|second|deuxieme|troisieme|quatrieme|first|third|fourth)\s+(?:trimestre|quarter)\s*(?:de l'annee|of the year|de|du|of)?\s*` + year + `\b`)
	fullDate    = regexp.MustCompile(`\b(\d{1,2})[/.-](\d{1,2})[/.-]` + year + `\b`)
	monthNum    = regexp.MustCompile(`\b(\d{1,2})/` + year + `\b`)
	monthName   = regexp.MustCompile(`\b(` + corpus.MonthNames + `)\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?(?:de\s+|of\s+)?` + year + `\b`)
	yearOnly    = regexp.MustCompile(`\b` + year + `\b`)
)

// ordinal writes a rank ("1er", "second", "third") as its digit.
func ordinal(s string) string {
	if n, ok := corpus.Rank(s); ok {
		return strconv.Itoa(n)
	}
	return s
}

func monthOf(w string) time.Month {
	m, _ := corpus.MonthNamed(w)
	return m
}

// dateFacts lists the date expressions of folded text: half-years,
// quarters, months and years. Each expression is read once: "Semestre
// 2/2021" is a half-year, not also February 2021.
func dateFacts(t string) []dateFact {
	var out []dateFact
	take := func(re *regexp.Regexp, key func(m []string) string) {
		t = re.ReplaceAllStringFunc(t, func(s string) string {
			if k := key(re.FindStringSubmatch(s)); k != "" {
				out = append(out, dateFact{k, s})
			}
			return strings.Repeat(" ", len(s))
		})
	}
	// Years are listed last, so that an error names the whole expression.
	var years []dateFact
	for _, y := range yearOnly.FindAllString(t, -1) {
		years = append(years, dateFact{"y:" + y, y})
	}
	take(semNumbered, func(m []string) string { return "s:" + m[1] + ":" + m[2] })
	take(semOrdinal, func(m []string) string { return "s:" + ordinal(m[1]) + ":" + m[2] })
	take(triNumbered, func(m []string) string { return "t:" + m[1] + ":" + m[2] })
	take(triOrdinal, func(m []string) string { return "t:" + ordinal(m[1]) + ":" + m[2] })
	month := func(mm, y string) string {
		n, err := strconv.Atoi(mm)
		if err != nil || n < 1 || n > 12 {
			return ""
		}
		return "m:" + strconv.Itoa(n) + ":" + y
	}
	take(fullDate, func(m []string) string { return month(m[2], m[3]) })
	take(monthNum, func(m []string) string { return month(m[1], m[2]) })
	take(monthName, func(m []string) string { return "m:" + strconv.Itoa(int(monthOf(m[1]))) + ":" + m[2] })
	return append(out, years...)
}

// ---- Names ----

// connectors may join the capitalised words of a name: "Direction de
// l'Éducation, de la Jeunesse et du Sport". Words of one letter (the l of
// l'Isère) are connectors too.
var connectors = map[string]bool{
	"de": true, "du": true, "des": true, "la": true, "le": true, "les": true, "et": true, "en": true,
	"a": true, "au": true, "aux": true, "pour": true, "sur": true, "dans": true,
	"of": true, "the": true, "and": true, "for": true, "in": true, "at": true, "on": true, "to": true,
}

// ordinary are capitalised words that name no organisation: they need not
// appear in the passages.
var ordinary = map[string]bool{
	"fiche": true, "fiches": true, "action": true, "actions": true, "sheet": true, "sheets": true,
	"passage": true, "passages": true, "extrait": true, "extraits": true, "source": true, "sources": true,
	"semestre": true, "semestres": true, "semester": true, "trimestre": true, "quarter": true, "half": true,
	"pilote": true, "pilotes": true, "pilot": true, "calendrier": true, "calendar": true, "timeline": true,
	"objectif": true, "objectifs": true, "objective": true, "objectives": true, "note": true,
	"question": true, "reponse": true, "answer": true, "english": true, "french": true,
	"francais": true, "anglais": true, "oui": true, "non": true, "yes": true, "no": true, "ok": true,
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true,
	"july": true, "august": true, "september": true, "october": true, "november": true, "december": true,
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true,
}

// word is a word of an answer as the name check reads it.
type word struct {
	folded  string
	cap     bool // starts with a capital letter
	acronym bool // two letters or more, all capitals
}

// chunk is a run of capitalised words, possibly joined by connectors, that
// may name an organisation: "Conseillère", "Département de l'Isère",
// "DEJS du Département de l'Isère".
type chunk struct {
	words []word
	start bool // the first word begins a sentence
}

func (c chunk) text() string {
	var b []string
	for _, w := range c.words {
		b = append(b, w.folded)
	}
	return strings.Join(b, " ")
}

var token = regexp.MustCompile(`[\p{L}\p{M}\p{N}]+|\S`)

var roman = regexp.MustCompile(`^[IVX]+$`)

func isAcronym(w string) bool {
	n := 0
	for _, r := range w {
		if !unicode.IsUpper(r) {
			return false
		}
		n++
	}
	return n >= 2 && !roman.MatchString(w)
}

// chunks splits text into the runs of capitalised words it contains.
func chunks(text string) []chunk {
	var out []chunk
	for _, line := range strings.Split(text, "\n") {
		var (
			cur      chunk
			pending  []word // connectors seen after the chunk's last capitalised word
			sentence = true
			prevEnd  = -1
		)
		flush := func() {
			if len(cur.words) > 0 {
				out = append(out, cur)
			}
			cur, pending = chunk{}, nil
		}
		for _, loc := range token.FindAllStringIndex(line, -1) {
			tok := line[loc[0]:loc[1]]
			r := []rune(tok)
			switch {
			case strings.ContainsFunc(tok, unicode.IsDigit):
				// A number, or an id such as S2 or U024BE7LH: not a name.
				flush()
				sentence = false
			case unicode.IsLetter(r[0]):
				f := fold(tok)
				w := word{folded: f, cap: unicode.IsUpper(r[0]) && len(r) > 1, acronym: isAcronym(tok)}
				switch {
				case w.cap:
					if len(cur.words) == 0 {
						cur.start = sentence
					} else {
						cur.words = append(cur.words, pending...)
					}
					pending = nil
					cur.words = append(cur.words, w)
				case (connectors[f] || len(r) == 1) && len(cur.words) > 0:
					pending = append(pending, w)
				default:
					flush()
				}
				sentence = false
			default:
				switch tok {
				case "'", "’", ",":
					// l'Isère: the connector before it is already pending.
					// "Direction de l'Éducation, de la Jeunesse…": a comma
					// may go on with the same name; grounds can split there.
				case "-", "‐":
					// Sous-Direction joins; a spaced dash separates.
					if loc[0] != prevEnd || loc[1] >= len(line) || line[loc[1]] == ' ' {
						flush()
					}
				case ".", "!", "?", ":", "…":
					flush()
					sentence = true
				default:
					flush()
				}
			}
			prevEnd = loc[1]
		}
		flush()
	}
	return out
}

// source is what the cited passages contain, folded for comparison.
type source struct {
	seq   string          // words of the passages, one space apart, passages separated by " | "
	caps  map[string]bool // words that appear capitalised in the passages
	dates map[string]bool // date facts of the passages
}

func newSource(passages []answer.Passage, cited []int) source {
	s := source{caps: map[string]bool{}, dates: map[string]bool{}}
	var seq []string
	for _, n := range cited {
		p := passages[n-1]
		for _, t := range []string{p.Text, p.Heading, p.Section, p.Quote, strings.ReplaceAll(p.Doc, "-", " ")} {
			var words []string
			for _, tok := range token.FindAllString(t, -1) {
				r := []rune(tok)
				if !unicode.IsLetter(r[0]) && !unicode.IsDigit(r[0]) {
					continue
				}
				f := fold(tok)
				words = append(words, f)
				if unicode.IsUpper(r[0]) {
					s.caps[f] = true
				}
			}
			seq = append(seq, strings.Join(words, " "))
			for _, f := range dateFacts(fold(t)) {
				s.dates[f.key] = true
			}
		}
		// The document id ("isere-2020-2024") names the département.
		for _, w := range strings.FieldsFunc(fold(p.Doc), func(r rune) bool { return !unicode.IsLetter(r) }) {
			s.caps[w] = true
		}
	}
	s.seq = " " + strings.Join(seq, " | ") + " "
	return s
}

// grounds tells whether a chunk can be read as names the passages contain:
// it must split, at its connectors, into parts that are either a phrase of
// the passages (several words), a word the passages write with a capital
// (one word), or an ordinary word. A first word that begins a sentence may
// be an ordinary capitalised word ("Le", "Selon") and is then skipped,
// unless it is an acronym.
func (s source) grounds(c chunk) bool {
	// caps[i] is the index in c.words of the i-th capitalised word.
	var caps []int
	for i, w := range c.words {
		if w.cap {
			caps = append(caps, i)
		}
	}
	n := len(caps)
	ok := make([]bool, n+1)
	ok[0] = true
	for i := 0; i < n; i++ {
		if !ok[i] {
			continue
		}
		first := c.words[caps[i]]
		if connectors[first.folded] || ordinary[first.folded] || (i == 0 && c.start && !first.acronym) {
			ok[i+1] = true
		}
		for j := i + 1; j <= n; j++ {
			if s.contains(c.words[caps[i] : caps[j-1]+1]) {
				ok[j] = true
			}
		}
	}
	return ok[n]
}

func (s source) contains(ws []word) bool {
	if len(ws) == 1 {
		return s.caps[ws[0].folded]
	}
	parts := make([]string, len(ws))
	for i, w := range ws {
		parts[i] = w.folded
	}
	return strings.Contains(s.seq, " "+strings.Join(parts, " ")+" ")
}

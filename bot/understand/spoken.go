package understand

import (
	"regexp"
	"strconv"
	"strings"

	"schemabot/corpus"
)

// A question dictated to a phone reaches the bot as speech-to-text writes
// it: numbers in words ("la fiche douze", "twenty twenty two"), a number
// corrected as it is said ("la fiche dix non pardon la neuf") and acronyms
// letter by letter ("la c r i p"). This file writes them as they would
// have been typed, before the question is read.

// spokenUnits are the number words, folded, with their values; "cent",
// "mille", "hundred" and "thousand" multiply.
var spokenUnits = map[string]int{
	"zero": 0, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "neuf": 9,
	"dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16,
	"vingt": 20, "vingts": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60, "cent": 100, "cents": 100, "mille": 1000,
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
	"eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
	"eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
	"seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "thousand": 1000,
}

// reSpokenWord is a word of a dictated question, hyphenated compounds
// ("vingt-trois", "twenty-two") cut at their hyphens.
var reSpokenWord = regexp.MustCompile(`\pL+`)

// reNumberedThing is the word before a number that names a fiche, an axis
// or a measure ("fiche", "orientation", "objectif stratégique", "sheet"),
// perhaps with "numéro" or "number" after it, folded.
var reNumberedThing = regexp.MustCompile(`\b(?:fiches?(?: actions?)?|actions?|mesures?|measures?|orientations?|axes?|objectifs? strategiques?|priorites?|enjeux?|ambitions?|sheets?|action sheets?|chantiers?|niveaux?|levels?)(?:\s+(?:numero|number|n°|no))?\s*$`)

// reRangeLink joins the numbers of a range or a list: "fiches trois à
// cinq", "levels one to three", "fiches deux et quatre".
var reRangeLink = regexp.MustCompile(`^\s*(?:a|au|to|et|and|ou|or|,|-)\s*$`)

// correctionWords say that the number just said is taken back ("non
// pardon la", "enfin", "I mean", "sorry, no"); spokenFillers may stand
// among them.
var (
	correctionWords = map[string]bool{"non": true, "pardon": true, "enfin": true, "sorry": true, "no": true, "wait": true,
		"mean": true, "oups": true, "oops": true, "plutot": true, "rather": true, "dire": true}
	spokenFillers = map[string]bool{"euh": true, "um": true, "uh": true, "i": true, "je": true, "veux": true, "la": true, "le": true,
		"the": true, "fiche": true, "sheet": true, "c": true, "est": true, "it": true, "s": true}
)

// takesBack reports whether the words between two numbers take the first
// back: correction words, perhaps among fillers (spokenFillers), and nothing else.
func takesBack(between string) bool {
	words := reSpokenWord.FindAllString(corpus.Fold(strings.ToLower(between)), -1)
	marked := false
	for _, w := range words {
		switch {
		case correctionWords[w]:
			marked = true
		case !spokenFillers[w]:
			return false
		}
	}
	return marked
}

// SpokenNumbers writes as figures the numbers a dictated question spells
// out where they number a fiche or an axis ("fiche douze" → "fiche 12")
// or give a year ("deux mille vingt deux", "twenty twenty two" → 2022),
// and keeps only the last of numbers the speaker corrected. Other number
// words stay as they are: the search reads "trois priorités" as it reads
// "3 priorités".
func SpokenNumbers(text string) string {
	locs := reSpokenWord.FindAllStringIndex(text, -1)
	if len(locs) == 0 {
		return text
	}
	var b strings.Builder
	last := 0       // end of the text written so far
	lastRef := -1   // where the last number of a fiche written as figures starts in b
	lastRefEnd := 0 // where it ended in text
	for i := 0; i < len(locs); {
		w := corpus.Fold(strings.ToLower(text[locs[i][0]:locs[i][1]]))
		if _, ok := spokenUnits[w]; !ok {
			i++
			continue
		}
		// The run of number words from i, joined by spaces, hyphens and
		// "et"/"and".
		j := i + 1
		words := []string{w}
		for j < len(locs) {
			gap := text[locs[j-1][1]:locs[j][0]]
			if strings.Trim(gap, " -") != "" {
				break
			}
			n := corpus.Fold(strings.ToLower(text[locs[j][0]:locs[j][1]]))
			// "vingt et un", "soixante et onze", "one hundred and five": "et"
			// and "and" inside one number, not between two ("deux et
			// quatre").
			if (n == "et" || n == "and") && j+1 < len(locs) && strings.Trim(text[locs[j][1]:locs[j+1][0]], " -") == "" {
				prev, next := words[len(words)-1], corpus.Fold(strings.ToLower(text[locs[j+1][0]:locs[j+1][1]]))
				tens := spokenUnits[prev] >= 20 && spokenUnits[prev] < 100 && spokenUnits[prev]%10 == 0
				if n == "et" && tens && (next == "un" || next == "une" || next == "onze") || n == "and" && (prev == "hundred" || prev == "thousand") {
					j++
					continue
				}
			}
			if _, ok := spokenUnits[n]; !ok {
				break
			}
			words = append(words, n)
			j++
		}
		before := corpus.Fold(strings.ToLower(text[:locs[i][0]]))
		value, year := spokenValue(words)
		numbered := value > 0 && value < 100 && (reNumberedThing.MatchString(before) ||
			lastRef >= 0 && reRangeLink.MatchString(corpus.Fold(strings.ToLower(text[lastRefEnd:locs[i][0]]))))
		corrected := value > 0 && value < 100 && lastRef >= 0 &&
			takesBack(text[lastRefEnd:locs[i][0]])
		switch {
		case corrected:
			// "fiche dix non pardon la neuf": the number taken back and
			// the words that take it back give way to the new one.
			kept := b.String()[:lastRef]
			b.Reset()
			b.WriteString(kept)
		case numbered || year:
			b.WriteString(text[last:locs[i][0]])
		default:
			i = j
			continue
		}
		if !year {
			lastRef = b.Len()
		}
		b.WriteString(strconv.Itoa(value))
		last = locs[j-1][1]
		if !year {
			lastRefEnd = last
		}
		i = j
	}
	b.WriteString(text[last:])
	return b.String()
}

// spokenValue returns the number a run of number words says, and whether
// it is a year ("deux mille seize", "twenty twenty two", "two thousand
// and twenty"); -1 when the words make no number.
func spokenValue(words []string) (int, bool) {
	// "twenty twenty two", "nineteen ninety": a year said as two numbers.
	if len(words) >= 2 && (words[0] == "twenty" || words[0] == "nineteen") {
		if rest, _ := spokenValue(words[1:]); rest >= 10 && rest < 100 && spokenUnits[words[1]] >= 10 {
			return spokenUnits[words[0]]*100 + rest, true
		}
	}
	total, cur := 0, 0
	for k, w := range words {
		v := spokenUnits[w]
		switch {
		case v == 1000:
			total += max(cur, 1) * 1000
			cur = 0
		case v == 100:
			cur = max(cur, 1) * 100
		case w == "vingt" || w == "vingts":
			if cur == 4 { // "quatre-vingt"
				cur = 80
			} else {
				cur += 20
			}
		case v < 10 && cur%10 != 0 && cur%100 != 0 && k > 0:
			return -1, false // "deux trois": two numbers, not one
		default:
			cur += v
		}
	}
	n := total + cur
	return n, n >= 1900 && n < 2100 && len(words) > 1
}

// SpelledAcronyms joins the letters of an acronym said letter by letter
// ("c'est quoi une c t t", "the c l l a j") into the acronym, when known
// says it is one (a document's or the trade's): "il y a" stays as it is.
func SpelledAcronyms(text string, known func(string) bool) string {
	locs := reSpokenWord.FindAllStringIndex(text, -1)
	var b strings.Builder
	last := 0
	// A letter said alone, not the elided "c" of "c'est".
	letter := func(k int) bool {
		return locs[k][1]-locs[k][0] == 1 && !strings.HasPrefix(text[locs[k][1]:], "'") && !strings.HasPrefix(text[locs[k][1]:], "’")
	}
	for i := 0; i < len(locs); {
		// Letters apart by spaces only: "P.I.P.P.I" is typed, and read
		// as such elsewhere.
		end := i
		for end < len(locs) && letter(end) && (end == i || strings.Trim(text[locs[end-1][1]:locs[end][0]], " ") == "") {
			end++
		}
		// "what is a l e a p", "il y a c t t": a one-letter word before the
		// letters is no letter of the acronym.
		for end-i > 2 && (text[locs[i][0]:locs[i][1]] == "a" || text[locs[i][0]:locs[i][1]] == "y") {
			i++
		}
		// The longest run of letters from i that spells a known acronym.
		j := end
		for ; j-i >= 2; j-- {
			var acr strings.Builder
			for k := i; k < j; k++ {
				acr.WriteString(strings.ToUpper(text[locs[k][0]:locs[k][1]]))
			}
			if known(acr.String()) {
				b.WriteString(text[last:locs[i][0]])
				b.WriteString(acr.String())
				last = locs[j-1][1]
				break
			}
		}
		i = max(end, i+1)
	}
	b.WriteString(text[last:])
	return b.String()
}

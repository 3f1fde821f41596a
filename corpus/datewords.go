package corpus

import (
	"regexp"
	"sort"
	"strings"
	"time"
)

// The words of dates, French and English, in one place: every parser of
// dates (a fiche's calendar, a period a user types, the dates a generated
// answer states, the dates of a passage) reads months and ranks from here.

// monthWords are the months as texts write them, folded, with their usual
// abbreviations.
var monthWords = map[string]time.Month{
	"janvier": 1, "janv": 1, "january": 1, "jan": 1,
	"fevrier": 2, "fevr": 2, "fev": 2, "february": 2, "feb": 2,
	"mars": 3, "march": 3, "mar": 3,
	"avril": 4, "avr": 4, "april": 4, "apr": 4,
	"mai": 5, "may": 5,
	"juin": 6, "june": 6, "jun": 6,
	"juillet": 7, "juil": 7, "july": 7, "jul": 7,
	"aout": 8, "august": 8, "aug": 8,
	"septembre": 9, "sept": 9, "september": 9, "sep": 9,
	"octobre": 10, "oct": 10, "october": 10,
	"novembre": 11, "nov": 11, "november": 11,
	"decembre": 12, "dec": 12, "december": 12,
}

// MonthNamed returns the month a word names ("février", "fevr", "March"),
// in any case, with or without accents.
func MonthNamed(w string) (time.Month, bool) {
	m, ok := monthWords[Fold(w)]
	return m, ok
}

// MonthNames is a regular-expression alternation of the months' full
// names, folded (French and English, longest first), for texts folded with
// Fold.
var MonthNames = func() string {
	var names []string
	for w := range monthWords {
		if len(w) > 4 || w == "mai" || w == "may" || w == "juin" || w == "june" || w == "july" || w == "aout" || w == "mars" {
			names = append(names, w)
		}
	}
	sort.Slice(names, func(i, j int) bool {
		if len(names[i]) != len(names[j]) {
			return len(names[i]) > len(names[j])
		}
		return names[i] < names[j]
	})
	return strings.Join(names, "|")
}()

// FrenchMonthNames is an alternation of the French months' full names as
// a document writes them, with and without accents, for texts that are
// not folded.
const FrenchMonthNames = `janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre`

// rankWords are the ranks of a half-year or a quarter in words.
var rankWords = map[string]int{
	"premier": 1, "premiere": 1, "first": 1,
	"second": 2, "seconde": 2, "deuxieme": 2,
	"troisieme": 3, "third": 3, "quatrieme": 4, "fourth": 4,
}

var reRank = regexp.MustCompile(`^([1-4])(er|re|ere|e|eme|nd|nde|st|rd|th)?$`)

// Rank reads the rank of a half-year or a quarter: "1", "1er", "2e",
// "2nd", "3rd", "premier", "second", "third"… (1 to 4), folded or not.
func Rank(w string) (int, bool) {
	w = Fold(w)
	if m := reRank.FindStringSubmatch(w); m != nil {
		return int(m[1][0] - '0'), true
	}
	n, ok := rankWords[w]
	return n, ok
}

// numberWords are the small cardinal numbers in words, French and English,
// folded.
var numberWords = map[string]int{
	// "neuf" is also "new": left out.
	"deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8, "dix": 10,
	"two": 2, "three": 3, "four": 4, "five": 5, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
}

// NumberWord reads a small cardinal number written in words ("trois",
// "four"), folded or not; 0 when w is none.
func NumberWord(w string) int { return numberWords[Fold(w)] }

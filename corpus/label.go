package corpus

import (
	"regexp"
	"strconv"
	"strings"
)

// reLabelSuffix matches the Latin ordinal suffixes a label may carry ("3 bis").
var reLabelSuffix = regexp.MustCompile(`(?i)^(.*?\d)\s*(bis|ter|quater)$`)

// reRomanDash is a label numbered under a Roman axis number: "II-3".
var reRomanDash = regexp.MustCompile(`^([ivx]{1,4})\s*[-–]\s*(\d{1,2})$`)

// reLetterDash is a label numbered under a lettered axis: "B-3".
var reLetterDash = regexp.MustCompile(`^([a-z])\s*[-–]\s*(\d{1,2}(?:\.\d{1,2})?)$`)

// reToolCode is the code a plan-tracking tool gives a fiche: two letters,
// a dash and a number ("EF-01"), which readers also write "EF1" or "ef 01".
var reToolCode = regexp.MustCompile(`^([a-z]{2})\s*[-–]?\s*0*(\d{1,2})$`)

// reThemeCode is a fiche code of three letters that abbreviate its theme,
// a dash and a number ("PRE-1", "GOV-2"), which readers also write
// "PRE1"; the dash is needed to tell it from a word and a number.
var reThemeCode = regexp.MustCompile(`^([a-z]{3})\s*[-–]\s*0*(\d{1,2})$`)

// reLetteredCode is a fiche coded by its axis and a letter: "P1-A", the
// first project of priority 1, which readers also write "P1A" or "p1 a".
var reLetteredCode = regexp.MustCompile(`^([a-z]{1,2})\s*(\d{1,2})\s*[-–]?\s*([a-h])$`)

// reLabelShape is what a label is once folded: at most two letters, then
// numbers separated by dots ("12", "1.2", "A3", "AB1.2"); a Roman axis
// number of up to four letters before a dot ("III.2", "VIII.1"); or one
// capital letter ("C"), in a plan that letters its actions A, B, C….
var reLabelShape = regexp.MustCompile(`^(?:[A-Z]{0,2}\.?\d+(?:\.\d+)*|[A-Z]{3}\d+(?:\.\d+)*|[IVX]{3,4}\.\d+(?:\.\d+)*|[IVX]{1,4}\.[A-H]\.\d+|[A-Z])$`)

// CanonicalFicheID returns the canonical form of a fiche label, so that the
// ways people and documents write one label compare equal: "n°12" and "012"
// give "12", "3bis" and "3 BIS" give "3 bis", "a 3" gives "A3", "1 .2" gives
// "1.2", "c" gives "C". It returns "" when s holds no label.
func CanonicalFicheID(s string) string {
	s = strings.TrimSpace(Fold(s))
	s = strings.TrimPrefix(s, "n°")
	s = strings.TrimPrefix(s, "no ")
	s = strings.TrimSpace(strings.TrimRight(s, ".:-–— "))
	// "II-3": the third action of orientation II.
	if m := reRomanDash.FindStringSubmatch(s); m != nil {
		n, _ := strconv.Atoi(m[2])
		return strings.ToUpper(m[1]) + "-" + strconv.Itoa(n)
	}
	// "B-3": the third action of axis B, which readers also write "B3".
	if m := reLetterDash.FindStringSubmatch(s); m != nil {
		s = m[1] + m[2]
	}
	// "EF-01": the leading zero of a tool's code carries no meaning; the
	// dash stays, as documents and readers print these codes with it.
	if m := reToolCode.FindStringSubmatch(s); m != nil && m[1] != "no" {
		n, _ := strconv.Atoi(m[2])
		return strings.ToUpper(m[1]) + "-" + strconv.Itoa(n)
	} else if m := reThemeCode.FindStringSubmatch(s); m != nil {
		n, _ := strconv.Atoi(m[2])
		return strings.ToUpper(m[1]) + "-" + strconv.Itoa(n)
	}
	if m := reLetteredCode.FindStringSubmatch(s); m != nil {
		n, _ := strconv.Atoi(m[2])
		return strings.ToUpper(m[1]) + strconv.Itoa(n) + "-" + strings.ToUpper(m[3])
	}
	suffix := ""
	if m := reLabelSuffix.FindStringSubmatch(s); m != nil {
		s, suffix = m[1], " "+strings.ToLower(m[2])
	}
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == ' ' || r == '\u00a0':
		case r >= '0' && r <= '9', r == '.':
			b.WriteRune(r)
		case r >= 'a' && r <= 'z':
			b.WriteRune(r - 'a' + 'A')
		default:
			return ""
		}
	}
	id := strings.Trim(b.String(), ".")
	if !reLabelShape.MatchString(id) {
		return ""
	}
	// Leading zeros of each numeric part carry no meaning: "01.2" is "1.2".
	parts := strings.Split(id, ".")
	for i, p := range parts {
		if n, err := strconv.Atoi(p); err == nil {
			parts[i] = strconv.Itoa(n)
		}
	}
	return strings.Join(parts, ".") + suffix
}

// labelNumber returns the label as an integer when it is one, else 0.
func labelNumber(id string) int {
	n, err := strconv.Atoi(id)
	if err != nil || n < 0 {
		return 0
	}
	return n
}

// romanValue reads a Roman numeral (I to XXXIX) and returns 0 when s is not one.
func romanValue(s string) int {
	vals := map[byte]int{'I': 1, 'V': 5, 'X': 10, 'L': 50}
	s = strings.ToUpper(s)
	if s == "" || len(s) > 6 {
		return 0
	}
	total := 0
	for i := 0; i < len(s); i++ {
		v, ok := vals[s[i]]
		if !ok {
			return 0
		}
		if i+1 < len(s) && vals[s[i+1]] > v {
			total -= v
		} else {
			total += v
		}
	}
	if total <= 0 || total > 39 {
		return 0
	}
	return total
}

// CompareFicheIDs orders labels as a reader expects: numeric parts by value
// ("2" before "10", "1.2" before "1.10"), then letters, then suffixes.
func CompareFicheIDs(a, b string) int {
	pa, pb := labelParts(a), labelParts(b)
	for i := 0; i < len(pa) && i < len(pb); i++ {
		x, y := pa[i], pb[i]
		nx, ex := strconv.Atoi(x)
		ny, ey := strconv.Atoi(y)
		switch {
		case ex == nil && ey == nil:
			if nx != ny {
				return nx - ny
			}
		case ex == nil:
			return -1
		case ey == nil:
			return 1
		default:
			if c := strings.Compare(x, y); c != 0 {
				return c
			}
		}
	}
	return len(pa) - len(pb)
}

// labelParts splits "A1.2 bis" into "A", "1", "2", "bis".
func labelParts(s string) []string {
	var parts []string
	cur, digit := "", false
	flush := func() {
		if cur != "" {
			parts = append(parts, cur)
		}
		cur = ""
	}
	for _, r := range s {
		isDigit := r >= '0' && r <= '9'
		switch {
		case r == '.' || r == ' ':
			flush()
		case cur != "" && isDigit != digit:
			flush()
			cur = string(r)
		default:
			cur += string(r)
		}
		digit = isDigit
	}
	flush()
	return parts
}

// labelKey is what two labels must share to name the same fiche: "A.1"
// and "A1" are one label, written with and without the dot.
func labelKey(id string) string {
	if len(id) > 2 && id[1] == '.' && id[0] >= 'A' && id[0] <= 'Z' {
		return id[:1] + id[2:]
	}
	return id
}

package corpus

import (
	"regexp"
	"strconv"
	"strings"
	"time"
)

// Period is a date range read from a time expression of a calendar. Open is
// set for expressions with a start and no end ("à partir de 2021"); the
// caller decides how far such a period runs.
type Period struct {
	Start, End time.Time
	Open       bool
}

// semesterRank reads the rank of a half-year: a rank, or "s1", "s2".
func semesterRank(w string) (int, bool) {
	if w == "s1" || w == "s2" {
		return int(w[1] - '0'), true
	}
	return Rank(w)
}

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// lastDay returns the last day of month m of year y.
func lastDay(y int, m time.Month) time.Time { return day(y, m+1, 1).AddDate(0, 0, -1) }

var (
	reYear      = regexp.MustCompile(`^(?:en |annee |l'annee )?((?:19|20)\d\d)$`)
	reYearShort = regexp.MustCompile(`^((?:19|20)\d\d) ?- ?(\d\d)$`)
	// "semestre 2 / 2019", "semestre 2 2019", "semestre 1 : 2021", "2e semestre 2021", "s2 2021", "s2/2021"
	reSemester  = regexp.MustCompile(`^(?:([^\s/:,]+) semestre|semestre ([^\s/:,]+)|(s[12]))(?: ?[/:,-]? ?(?:de |de l'annee )?((?:19|20)\d\d))?$`)
	reQuarter   = regexp.MustCompile(`^(?:([^\s/:,]+) trimestre|trimestre ([^\s/:,]+)|[tq]([1-4]))(?: ?[/:,-]? ?(?:de )?((?:19|20)\d\d))?$`)
	reMonth     = regexp.MustCompile(`^(?:(?:debut|fin|mi) )?(?:(?:le )?mois (?:de |d')?)?([a-z]+)\.? ?((?:19|20)\d\d)?$`)
	reDay       = regexp.MustCompile(`^(?:le )?(\d{1,2})(?:er)? ([a-z]+)\.? ((?:19|20)\d\d)$`)
	reFuzzyYear = regexp.MustCompile(`^(debut|fin|mi|courant|au cours de|dans le courant de|premier semestre|second semestre)(?: de l'annee| d'annee)?[ -]?((?:19|20)\d\d)$`)
	// "31/12/2026", "01.09.2025": a day as spreadsheets and forms print it.
	reNumericDay = regexp.MustCompile(`^(\d{1,2})[/.](\d{1,2})[/.]((?:19|20)\d\d)$`)
	// "06/2025": a month.
	reNumericMonth = regexp.MustCompile(`^(\d{1,2})/((?:19|20)\d\d)$`)
	// "dec.-25", "juin-26": a month as a spreadsheet formats a date.
	reSheetMonth = regexp.MustCompile(`^([a-z]{3,9})\.?-(\d\d)$`)
	// "2025 t2", "2025-s1", "2025 q3": a quarter or a half-year after its
	// year, as the columns of a chart are headed.
	reYearFirst = regexp.MustCompile(`^((?:19|20)\d\d) ?[-/ ]? ?([tqs][1-4])$`)
	// "2025-03": a month as ISO 8601 writes it.
	reISOMonth = regexp.MustCompile(`^((?:19|20)\d\d)-(\d\d)$`)
	// "rentree 2025", "la rentree scolaire 2025": the start of a school year.
	reSchoolYear = regexp.MustCompile(`^(?:a la |la )?rentree(?: scolaire)? (?:de |de septembre )?((?:19|20)\d\d)$`)
	reFrom       = regexp.MustCompile(`^(?:a partir d[eu']|a compter d[eu']|des |depuis )\s*(.+)$`)
	reUntil      = regexp.MustCompile(`^(?:d'ici|avant|au plus tard|jusqu'a|jusqu'en|d'ici a|d'ici fin)\s*(?:en |a |le |la |l')?(.+)$`)

	// "printemps 2025", "à l'automne 2026": a season, as drafts plan
	// what is not yet set to the month.
	reSeason = regexp.MustCompile(`^(?:au |a l'|en |l'|le )?(printemps|ete|automne|hiver)(?: de l'annee)? ((?:19|20)\d\d)$`)
)

var timeReplacer = strings.NewReplacer("–", "-", "—", "-", "‑", "-", "’", "'", "\u00a0", " ", " / ", "/", "/ ", "/", " /", "/")

// normalizeTime folds a time expression for matching: lower case, no
// accents, one kind of dash, single spaces, no final punctuation.
func normalizeTime(s string) string {
	s = foldAccents(strings.ToLower(s))
	s = timeReplacer.Replace(s)
	s = strings.Join(strings.Fields(s), " ")
	s = strings.TrimRight(s, " .;,")
	return s
}

// ParsePeriod reads a calendar's time expression: "Semestre 2 / 2019",
// "Semestre 1 / 2020 – Semestre 2 / 2024", "2020 - 2021", "2022-24", "2020",
// "1er trimestre 2021", "fin 2021", "début 2022", "mi-2020", "juin 2021",
// "à partir de 2021"… It reports false when the text is not a time
// expression it can read; it never guesses.
func ParsePeriod(raw string) (Period, bool) {
	s := normalizeTime(raw)
	if s == "" {
		return Period{}, false
	}
	if m := reFrom.FindStringSubmatch(s); m != nil {
		p, ok := parseSingle(m[1], 0)
		if !ok {
			return Period{}, false
		}
		return Period{Start: p.Start, Open: true}, true
	}
	if m := reUntil.FindStringSubmatch(s); m != nil {
		if p, ok := parseSingle(m[1], 0); ok {
			// The end is known; the start is "now", which only the caller knows.
			return Period{End: p.End}, true
		}
		return Period{}, false
	}
	if p, ok := parseSingle(s, 0); ok {
		return p, true
	}
	if m := reYearShort.FindStringSubmatch(s); m != nil {
		y1, _ := strconv.Atoi(m[1])
		y2, _ := strconv.Atoi(m[1][:2] + m[2])
		if y2 >= y1 {
			return Period{Start: day(y1, 1, 1), End: day(y2, 12, 31)}, true
		}
	}
	// A range: "X - Y", "X a Y", "de X a Y", "entre X et Y".
	s2 := strings.TrimPrefix(strings.TrimPrefix(s, "de "), "entre ")
	for _, sep := range []string{" - ", "-", " a ", " au ", " et ", "/"} {
		i := strings.Index(s2, sep)
		for i >= 0 {
			left, right := strings.TrimSpace(s2[:i]), strings.TrimSpace(s2[i+len(sep):])
			if p2, ok := parseSingle(right, 0); ok {
				// The left side may borrow the right side's year: "Semestre 1 - Semestre 2 / 2021".
				if p1, ok := parseSingle(left, p2.End.Year()); ok && !p1.Start.After(p2.End) {
					return Period{Start: p1.Start, End: p2.End}, true
				}
			}
			j := strings.Index(s2[i+len(sep):], sep)
			if j < 0 {
				break
			}
			i += len(sep) + j
		}
	}
	return Period{}, false
}

// parseSingle reads one point of time (a year, a semester, a quarter, a
// month, a fuzzy part of a year). defaultYear, when not 0, is used for an
// expression without a year.
func parseSingle(s string, defaultYear int) (Period, bool) {
	s = strings.TrimSpace(s)
	year := func(txt string) (int, bool) {
		if txt == "" {
			return defaultYear, defaultYear != 0
		}
		y, err := strconv.Atoi(txt)
		return y, err == nil
	}
	if m := reYear.FindStringSubmatch(s); m != nil {
		y, _ := strconv.Atoi(m[1])
		return Period{Start: day(y, 1, 1), End: day(y, 12, 31)}, true
	}
	// "2025-06-30", "30/06/2025": a day, as a project tool exports it.
	for _, layout := range []string{"2006-01-02", "02/01/2006", "2/1/2006"} {
		if t, err := time.Parse(layout, s); err == nil {
			return Period{Start: t, End: t}, true
		}
	}
	if m := reYearFirst.FindStringSubmatch(s); m != nil {
		return parseSingle(m[2]+" "+m[1], defaultYear)
	}
	// "2025-03" is March 2025; "2011-12" reads as the years 2011 to
	// 2012 (reYearShort), the month no later than the year's two digits.
	if m := reISOMonth.FindStringSubmatch(s); m != nil {
		y, _ := strconv.Atoi(m[1])
		mo, _ := strconv.Atoi(m[2])
		if mo >= 1 && mo <= 12 && mo < y%100 {
			return Period{Start: day(y, time.Month(mo), 1), End: lastDay(y, time.Month(mo))}, true
		}
	}
	if m := reSemester.FindStringSubmatch(s); m != nil {
		ord := m[1] + m[2] + m[3]
		n, ok := semesterRank(ord)
		y, yok := year(m[4])
		if ok && yok && n <= 2 {
			if n == 1 {
				return Period{Start: day(y, 1, 1), End: day(y, 6, 30)}, true
			}
			return Period{Start: day(y, 7, 1), End: day(y, 12, 31)}, true
		}
		return Period{}, false
	}
	if m := reQuarter.FindStringSubmatch(s); m != nil {
		ord := m[1] + m[2] + m[3]
		n, ok := Rank(ord)
		y, yok := year(m[4])
		if ok && yok && n <= 4 {
			first := time.Month(3*(n-1) + 1)
			return Period{Start: day(y, first, 1), End: lastDay(y, first+2)}, true
		}
		return Period{}, false
	}
	if m := reFuzzyYear.FindStringSubmatch(s); m != nil {
		y, _ := strconv.Atoi(m[2])
		switch m[1] {
		case "debut":
			return Period{Start: day(y, 1, 1), End: day(y, 3, 31)}, true
		case "mi":
			return Period{Start: day(y, 4, 1), End: day(y, 9, 30)}, true
		case "fin":
			return Period{Start: day(y, 10, 1), End: day(y, 12, 31)}, true
		case "premier semestre":
			return Period{Start: day(y, 1, 1), End: day(y, 6, 30)}, true
		case "second semestre":
			return Period{Start: day(y, 7, 1), End: day(y, 12, 31)}, true
		default: // courant, au cours de
			return Period{Start: day(y, 1, 1), End: day(y, 12, 31)}, true
		}
	}
	if m := reSeason.FindStringSubmatch(s); m != nil {
		y, _ := strconv.Atoi(m[2])
		// Seasons by whole months, as weather services count them; the
		// winter named by a year is the one its first months hold.
		first := map[string]time.Month{"printemps": 3, "ete": 6, "automne": 9}[m[1]]
		if m[1] == "hiver" {
			return Period{Start: day(y, 1, 1), End: lastDay(y, 2)}, true
		}
		return Period{Start: day(y, first, 1), End: lastDay(y, first+2)}, true
	}
	if m := reNumericDay.FindStringSubmatch(s); m != nil {
		d, _ := strconv.Atoi(m[1])
		mo, _ := strconv.Atoi(m[2])
		y, _ := strconv.Atoi(m[3])
		if mo >= 1 && mo <= 12 && d >= 1 && d <= lastDay(y, time.Month(mo)).Day() {
			return Period{Start: day(y, time.Month(mo), d), End: day(y, time.Month(mo), d)}, true
		}
		return Period{}, false
	}
	if m := reNumericMonth.FindStringSubmatch(s); m != nil {
		mo, _ := strconv.Atoi(m[1])
		y, _ := strconv.Atoi(m[2])
		if mo >= 1 && mo <= 12 {
			return Period{Start: day(y, time.Month(mo), 1), End: lastDay(y, time.Month(mo))}, true
		}
		return Period{}, false
	}
	if m := reSheetMonth.FindStringSubmatch(s); m != nil {
		if mon, ok := MonthNamed(m[1]); ok {
			y, _ := strconv.Atoi(m[2])
			return Period{Start: day(2000+y, mon, 1), End: lastDay(2000+y, mon)}, true
		}
	}
	if m := reSchoolYear.FindStringSubmatch(s); m != nil {
		y, _ := strconv.Atoi(m[1])
		return Period{Start: day(y, 9, 1), End: day(y, 9, 30)}, true
	}
	// "1er janvier 2026": one day.
	if m := reDay.FindStringSubmatch(s); m != nil {
		mon, ok := MonthNamed(m[2])
		d, _ := strconv.Atoi(m[1])
		y, _ := strconv.Atoi(m[3])
		if ok && d >= 1 && d <= lastDay(y, mon).Day() {
			return Period{Start: day(y, mon, d), End: day(y, mon, d)}, true
		}
		return Period{}, false
	}
	if m := reMonth.FindStringSubmatch(s); m != nil {
		mon, ok := MonthNamed(m[1])
		y, yok := year(m[2])
		if ok && yok {
			p := Period{Start: day(y, mon, 1), End: lastDay(y, mon)}
			switch {
			case strings.HasPrefix(s, "debut "):
				p.End = day(y, mon, 10)
			case strings.HasPrefix(s, "fin "):
				p.Start = day(y, mon, 21)
			case strings.HasPrefix(s, "mi "):
				p.Start, p.End = day(y, mon, 11), day(y, mon, 20)
			}
			return p, true
		}
	}
	return Period{}, false
}

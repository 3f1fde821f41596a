package calendar

import (
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"

	"schemabot/corpus"
)

// ParseDay parses a civil date written "2020-01-15" (or, as French users
// write it, "15/01/2020") into midnight UTC.
func ParseDay(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	for _, layout := range []string{"2006-01-02", "02/01/2006", "2/1/2006"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("invalid date %q: want YYYY-MM-DD", s)
}

// errPeriod explains what ParseRange understands.
var errPeriod = errors.New(`want e.g. "2021", "S1 2021", "T3 2021", "2021-03", "mars 2021", "ce trimestre", "le mois prochain"`)

// unit is a length of period.
type unit int

const (
	noUnit unit = iota
	month
	quarter
	semester
	year
)

// months is the length of a unit in months.
func (u unit) months() int {
	return [...]int{0, 1, 3, 6, 12}[u]
}

var unitWords = map[string]unit{
	"mois": month, "month": month,
	"trimestre": quarter, "trim": quarter, "quarter": quarter,
	"semestre": semester, "sem": semester, "semester": semester, "half": semester,
	"annee": year, "an": year, "year": year,
}

var modifierWords = map[string]int{
	"prochain": 1, "prochaine": 1, "suivant": 1, "suivante": 1, "next": 1,
	"dernier": -1, "derniere": -1, "precedent": -1, "precedente": -1,
	"passe": -1, "passee": -1, "last": -1, "previous": -1,
}

// fillers are words that carry no information in a period: "ce", "le",
// "en cours", "this"…
var fillers = map[string]bool{
	"ce": true, "cet": true, "cette": true, "ci": true, "le": true, "la": true, "l": true,
	"en": true, "cours": true, "du": true, "de": true, "d": true,
	"this": true, "the": true, "current": true, "of": true,
}

// rank is corpus.Rank, 0 for no rank; plain numbers are numberRe's.
func rank(w string) int {
	if numberRe.MatchString(w) {
		return 0
	}
	n, _ := corpus.Rank(w)
	return n
}

// monthOf is corpus.MonthNamed, 0 for no month.
func monthOf(w string) time.Month {
	m, _ := corpus.MonthNamed(w)
	return m
}

var (
	compactRe  = regexp.MustCompile(`^([shtq])([1-4])$`)
	yearRe     = regexp.MustCompile(`^[12][0-9]{3}$`)
	numberRe   = regexp.MustCompile(`^[0-9]{1,2}$`)
	separators = strings.NewReplacer("/", " ", "-", " ", "–", " ", "—", " ", ":", " ", ",", " ", ".", " ", "'", " ", "_", " ")
)

// ParseRange parses a period as a user writes it and returns its first and
// last days (inclusive civil dates). It understands a year ("2021"), two
// years ("2021-2022", "2022-24"), a semester ("2021-S1", "S2 2021", "1er semestre
// 2021"), a quarter ("T3 2021", "Q3 2021", "3e trimestre 2021"), a month
// ("2021-03", "03/2021", "mars 2021"), a day ("2021-03-15") and, relative to
// today, the current or an adjacent month, quarter, semester or year ("ce
// mois", "ce trimestre", "this quarter", "le semestre prochain", "l'année
// dernière"). Case and accents do not matter. A semester, quarter or month
// without a year is in today's year.
func ParseRange(s string, today time.Time) (from, to time.Time, err error) {
	if d, err := ParseDay(s); err == nil {
		return d, d, nil
	}
	// "2025-01-06 – 2025-06-30", "du 06/01/2025 au 30/06/2025": two days.
	for _, sep := range []string{" – ", " — ", " - ", " au ", " to ", " → "} {
		if a, b, ok := strings.Cut(strings.TrimPrefix(strings.TrimSpace(s), "du "), sep); ok {
			if d1, err := ParseDay(a); err == nil {
				if d2, err := ParseDay(b); err == nil && !d2.Before(d1) {
					return d1, d2, nil
				}
			}
		}
	}
	words := strings.Fields(separators.Replace(fold(s)))
	if len(words) == 0 {
		return time.Time{}, time.Time{}, fmt.Errorf("empty period: %w", errPeriod)
	}
	var (
		u       unit
		num     int // the semester, quarter or month number, 0 when none
		mon     time.Month
		years   []int
		nums    []int
		yearPos = -1 // index of the first year among the year and number tokens
		shift   int
		shifted bool
	)
	bad := func() (time.Time, time.Time, error) {
		return time.Time{}, time.Time{}, fmt.Errorf("unrecognised period %q: %w", strings.TrimSpace(s), errPeriod)
	}
	setUnit := func(v unit) bool {
		if u != noUnit && u != v {
			return false
		}
		u = v
		return true
	}
	for _, w := range words {
		switch {
		case fillers[w]:
		case yearRe.MatchString(w):
			if yearPos < 0 {
				yearPos = len(years) + len(nums)
			}
			n, _ := strconv.Atoi(w)
			years = append(years, n)
		case numberRe.MatchString(w):
			n, _ := strconv.Atoi(w)
			nums = append(nums, n)
		case compactRe.MatchString(w):
			m := compactRe.FindStringSubmatch(w)
			v := quarter
			if m[1] == "s" || m[1] == "h" {
				v = semester
			}
			if !setUnit(v) || num != 0 {
				return bad()
			}
			num, _ = strconv.Atoi(m[2])
		case rank(w) != 0:
			if num != 0 {
				return bad()
			}
			num = rank(w)
		case unitWords[w] != noUnit:
			if !setUnit(unitWords[w]) {
				return bad()
			}
		case monthOf(w) != 0:
			if mon != 0 {
				return bad()
			}
			mon = monthOf(w)
		case modifierWords[w] != 0:
			if shifted {
				return bad()
			}
			shift, shifted = modifierWords[w], true
		default:
			return bad()
		}
	}
	today = Day(today)
	if len(years) > 2 || (shifted && (len(years) > 0 || len(nums) > 0 || num != 0 || mon != 0)) {
		return bad()
	}

	// A month by name, possibly with a day: "mars 2021", "15 mars 2021".
	if mon != 0 {
		if u != noUnit || num != 0 || len(years) > 1 || len(nums) > 1 {
			return bad()
		}
		y := today.Year()
		if len(years) == 1 {
			y = years[0]
		}
		if len(nums) == 1 {
			return day(y, mon, nums[0])
		}
		return span(time.Date(y, mon, 1, 0, 0, 0, 0, time.UTC), month)
	}

	if u != noUnit {
		if len(years) > 1 {
			return bad()
		}
		if num == 0 && len(nums) == 1 && u != year {
			num, nums = nums[0], nil // "semestre 1 2021"
		}
		if len(nums) > 0 {
			return bad()
		}
		if u == year {
			if num != 0 {
				return bad()
			}
			if len(years) == 1 {
				return span(time.Date(years[0], 1, 1, 0, 0, 0, 0, time.UTC), year)
			}
			return span(time.Date(today.Year()+shift, 1, 1, 0, 0, 0, 0, time.UTC), year)
		}
		if num == 0 {
			if len(years) > 0 {
				return bad() // "trimestre 2021": which one?
			}
			// Relative: the unit containing today, shifted.
			size := u.months()
			first := (int(today.Month())-1)/size*size + 1
			start := time.Date(today.Year(), time.Month(first), 1, 0, 0, 0, 0, time.UTC)
			return span(start.AddDate(0, shift*size, 0), u)
		}
		if num > 12/u.months() {
			return bad()
		}
		y := today.Year()
		if len(years) == 1 {
			y = years[0]
		}
		return span(time.Date(y, time.Month((num-1)*u.months()+1), 1, 0, 0, 0, 0, time.UTC), u)
	}

	if num != 0 || shifted {
		return bad()
	}
	switch {
	case len(years) == 1 && len(nums) == 0:
		return span(time.Date(years[0], 1, 1, 0, 0, 0, 0, time.UTC), year)
	case len(years) == 2 && len(nums) == 0:
		if years[1] < years[0] {
			return bad()
		}
		from, _, _ := span(time.Date(years[0], 1, 1, 0, 0, 0, 0, time.UTC), year)
		_, to, _ := span(time.Date(years[1], 1, 1, 0, 0, 0, 0, time.UTC), year)
		return from, to, nil
	case len(years) == 1 && len(nums) == 1 && yearPos == 0 && nums[0] > 12:
		// "2022-24", as the documents write two years.
		last := years[0]/100*100 + nums[0]
		if last <= years[0] {
			return bad()
		}
		from, _, _ := span(time.Date(years[0], 1, 1, 0, 0, 0, 0, time.UTC), year)
		_, to, _ := span(time.Date(last, 1, 1, 0, 0, 0, 0, time.UTC), year)
		return from, to, nil
	case len(years) == 1 && len(nums) == 1:
		if nums[0] < 1 || nums[0] > 12 {
			return bad()
		}
		return span(time.Date(years[0], time.Month(nums[0]), 1, 0, 0, 0, 0, time.UTC), month)
	case len(years) == 1 && len(nums) == 2:
		if yearPos == 0 {
			return day(years[0], time.Month(nums[0]), nums[1])
		}
		return day(years[0], time.Month(nums[1]), nums[0])
	}
	return bad()
}

// span returns the first and last days of the period of length u starting at start.
func span(start time.Time, u unit) (time.Time, time.Time, error) {
	return start, start.AddDate(0, u.months(), -1), nil
}

// day returns a one-day range, refusing dates that do not exist.
func day(y int, m time.Month, d int) (time.Time, time.Time, error) {
	t := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	if m < 1 || m > 12 || t.Day() != d || t.Month() != m {
		return time.Time{}, time.Time{}, fmt.Errorf("invalid date %04d-%02d-%02d", y, m, d)
	}
	return t, t, nil
}

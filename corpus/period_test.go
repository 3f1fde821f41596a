package corpus_test

import (
	"testing"
	"time"

	"schemabot/corpus"
)

func date(s string) time.Time {
	if s == "" {
		return time.Time{}
	}
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return t
}

// TestParsePeriodExact covers the expressions whose meaning is not a matter
// of convention: semesters, quarters, years, months, ranges of them.
func TestParsePeriodExact(t *testing.T) {
	tests := []struct {
		in         string
		start, end string
		open       bool
	}{
		// Dates as spreadsheets and forms print them.
		{"31/12/2026", "2026-12-31", "2026-12-31", false},
		{"01.09.2025", "2025-09-01", "2025-09-01", false},
		{"06/2025", "2025-06-01", "2025-06-30", false},
		{"déc.-25", "2025-12-01", "2025-12-31", false},
		{"juin-26", "2026-06-01", "2026-06-30", false},
		{"Rentrée 2025", "2025-09-01", "2025-09-30", false},
		{"à la rentrée scolaire 2024", "2024-09-01", "2024-09-30", false},
		// Seasons, by whole months.
		{"printemps 2025", "2025-03-01", "2025-05-31", false},
		{"été 2026", "2026-06-01", "2026-08-31", false},
		{"à l'automne 2026", "2026-09-01", "2026-11-30", false},
		{"hiver 2027", "2027-01-01", "2027-02-28", false},
		{"printemps 2025 - automne 2026", "2025-03-01", "2026-11-30", false},
		// The columns of a chart's timeline: the year first, a month as
		// ISO 8601 writes it.
		{"2025 T2", "2025-04-01", "2025-06-30", false},
		{"2026-Q3", "2026-07-01", "2026-09-30", false},
		{"2024 S2", "2024-07-01", "2024-12-31", false},
		{"2024 T1 – 2025 T4", "2024-01-01", "2025-12-31", false},
		{"2025-03", "2025-03-01", "2025-03-31", false},
		{"2026-11", "2026-11-01", "2026-11-30", false},
		{"2011-12", "2011-01-01", "2012-12-31", false}, // two years, as before 2013 they read
		// Semesters as the Isère calendars write them.
		{"Semestre 2 / 2019", "2019-07-01", "2019-12-31", false},
		{"Semestre 1 / 2020", "2020-01-01", "2020-06-30", false},
		{"Semestre 1 / 2020 – Semestre 2 / 2024", "2020-01-01", "2024-12-31", false},
		{"Semestre 2 / 2019 - Semestre 1 /2020", "2019-07-01", "2020-06-30", false},
		{"Semestre 1 – Semestre 2 / 2021", "2021-01-01", "2021-12-31", false}, // the left side borrows the year
		{"Semestre 1 - Semestre 2 / 2020", "2020-01-01", "2020-12-31", false},
		{"Semestre 1 : 2021", "2021-01-01", "2021-06-30", false},
		{"Semestre 1 : 2020.", "2020-01-01", "2020-06-30", false}, // sentence-final period
		{"Semestre 2 2019 – Semestre 2 / 2020", "2019-07-01", "2020-12-31", false},
		{"Semestre 1 2020 – Semestre 2 / 2020", "2020-01-01", "2020-12-31", false},
		{"Semestre 1 / 2021 – Semestre 2 /2022.", "2021-01-01", "2022-12-31", false},
		{"SEMESTRE 2 / 2019", "2019-07-01", "2019-12-31", false},
		{"semestre\u00a02\u00a0/\u00a02019", "2019-07-01", "2019-12-31", false}, // non-breaking spaces
		{"Semestre 2 — 2019", "2019-07-01", "2019-12-31", false},
		{"S2 2021", "2021-07-01", "2021-12-31", false},
		{"2e semestre 2021", "2021-07-01", "2021-12-31", false},
		{"1er semestre 2022", "2022-01-01", "2022-06-30", false},
		{"premier semestre 2022", "2022-01-01", "2022-06-30", false},
		// Years and ranges of years.
		{"2020", "2020-01-01", "2020-12-31", false},
		{"en 2023", "2023-01-01", "2023-12-31", false},
		{"courant 2023", "2023-01-01", "2023-12-31", false}, // "in the course of": the whole year
		{"2020 - 2021", "2020-01-01", "2021-12-31", false},
		{"2021-2022", "2021-01-01", "2022-12-31", false},
		{"2021-2024", "2021-01-01", "2024-12-31", false},
		{"2022-24", "2022-01-01", "2024-12-31", false},
		{"2020 – 2024", "2020-01-01", "2024-12-31", false},
		{"de 2020 à 2022", "2020-01-01", "2022-12-31", false},
		// Quarters.
		{"1er trimestre 2021", "2021-01-01", "2021-03-31", false},
		{"T3 2021", "2021-07-01", "2021-09-30", false},
		{"4e trimestre 2020", "2020-10-01", "2020-12-31", false},
		{"T1 2024", "2024-01-01", "2024-03-31", false},
		// Months.
		{"juin 2021", "2021-06-01", "2021-06-30", false},
		{"Février 2024", "2024-02-01", "2024-02-29", false}, // leap year
		{"février 2023", "2023-02-01", "2023-02-28", false},
		{"septembre 2022", "2022-09-01", "2022-09-30", false},
		{"juin 2021 - décembre 2021", "2021-06-01", "2021-12-31", false},
		// Open and bounded-above expressions.
		{"à partir de 2021", "2021-01-01", "", true},
		{"A partir du Semestre 2 / 2020", "2020-07-01", "", true},
		{"d'ici 2022", "", "2022-12-31", false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			p, ok := corpus.ParsePeriod(tt.in)
			if !ok {
				t.Fatalf("ParsePeriod(%q) = false, want %s…%s", tt.in, tt.start, tt.end)
			}
			if !p.Start.Equal(date(tt.start)) || !p.End.Equal(date(tt.end)) || p.Open != tt.open {
				t.Errorf("ParsePeriod(%q) = %s…%s open=%v, want %s…%s open=%v",
					tt.in, fmtDate(p.Start), fmtDate(p.End), p.Open, tt.start, tt.end, tt.open)
			}
			for _, d := range []time.Time{p.Start, p.End} {
				if !d.IsZero() && (d.Location() != time.UTC || d.Hour() != 0 || d.Minute() != 0) {
					t.Errorf("%v is not a UTC date at midnight", d)
				}
			}
		})
	}
}

// TestParsePeriodFuzzy covers "fin 2021", "début 2022", "mi-2020": their
// exact bounds are a convention, but they must fall in the right part of
// the right year.
func TestParsePeriodFuzzy(t *testing.T) {
	tests := []struct {
		in string
		// the period must lie within [within0, within1] and cover day.
		within0, within1, day string
	}{
		{"fin 2021", "2021-07-01", "2021-12-31", "2021-12-31"},
		{"Fin 2021", "2021-07-01", "2021-12-31", "2021-12-15"},
		{"début 2022", "2022-01-01", "2022-06-30", "2022-01-01"},
		{"Début 2022", "2022-01-01", "2022-06-30", "2022-01-15"},
		{"mi-2020", "2020-03-01", "2020-10-31", "2020-06-30"},
		{"mi 2020", "2020-03-01", "2020-10-31", "2020-07-01"},
		{"fin juin 2021", "2021-06-01", "2021-06-30", "2021-06-30"},
		{"début septembre 2020", "2020-09-01", "2020-09-30", "2020-09-01"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			p, ok := corpus.ParsePeriod(tt.in)
			if !ok {
				t.Fatalf("ParsePeriod(%q) = false", tt.in)
			}
			lo, hi, d := date(tt.within0), date(tt.within1), date(tt.day)
			if p.Start.Before(lo) || p.End.After(hi) || p.Start.After(d) || p.End.Before(d) || p.Open {
				t.Errorf("ParsePeriod(%q) = %s…%s open=%v; want within %s…%s and covering %s",
					tt.in, fmtDate(p.Start), fmtDate(p.End), p.Open, tt.within0, tt.within1, tt.day)
			}
			if p.End.Sub(p.Start) >= 364*24*time.Hour {
				t.Errorf("ParsePeriod(%q) covers the whole year, it should be narrower", tt.in)
			}
		})
	}
}

// TestParsePeriodRejects: text that is not a time expression the parser can
// read gives false and a zero period; nothing is guessed.
func TestParsePeriodRejects(t *testing.T) {
	for _, in := range []string{
		"",
		"   ",
		"en continu",
		"En continu",
		"selon les besoins",
		"tout au long du schéma", // no year: which years is for the caller to say
		"Semestre 3 / 2021",
		"Semestre 0 / 2021",
		"13 / 2021",
		"T5 2021",
		"5e trimestre 2021",
		"Semestre 1",   // no year
		"juin",         // no year
		"2021 juin 12", // not a form anyone writes
		"Mise en place du dispositif",
		"Élaboration du référentiel : à définir",
		"Le Département de l'Isère",
		"2020 personnes accompagnées",
		"20201",
		"1850",
		"Semestre 2 / 2021 – Semestre 1 / 2020", // reversed range
		"2024 - 2020",                           // reversed range
		"2022-21",                               // reversed short range
		"d'ici là",
		"à partir de demain",
		"fin",
		"–",
		"/",
	} {
		t.Run(in, func(t *testing.T) {
			p, ok := corpus.ParsePeriod(in)
			if ok {
				t.Errorf("ParsePeriod(%q) = %s…%s open=%v, want false", in, fmtDate(p.Start), fmtDate(p.End), p.Open)
			}
			if !p.Start.IsZero() || !p.End.IsZero() || p.Open {
				t.Errorf("ParsePeriod(%q) returned a non-zero period with false", in)
			}
		})
	}
}

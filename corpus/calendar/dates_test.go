package calendar

import (
	"testing"
	"time"
)

func TestParseDay(t *testing.T) {
	for in, want := range map[string]string{
		"2020-01-15":   "2020-01-15",
		" 2024-02-29 ": "2024-02-29",
		"15/01/2020":   "2020-01-15",
		"5/3/2021":     "2021-03-05",
	} {
		got, err := ParseDay(in)
		if err != nil {
			t.Errorf("ParseDay(%q): %v", in, err)
			continue
		}
		if got.Format(time.DateOnly) != want || got.Location() != time.UTC || got.Hour() != 0 {
			t.Errorf("ParseDay(%q) = %v, want %s at midnight UTC", in, got, want)
		}
	}
	for _, in := range []string{"", "2021", "2021-02-30", "2023-02-29", "2021-13-01", "demain", "2021/01/15"} {
		if got, err := ParseDay(in); err == nil {
			t.Errorf("ParseDay(%q) = %v, want an error", in, got)
		}
	}
}

func TestParseRange(t *testing.T) {
	today := d("2023-05-10") // second quarter, first semester
	tests := []struct {
		in       string
		from, to string
	}{
		{"2021", "2021-01-01", "2021-12-31"},
		{"  2021 ", "2021-01-01", "2021-12-31"},
		{"année 2021", "2021-01-01", "2021-12-31"},
		{"2021-2022", "2021-01-01", "2022-12-31"},
		{"2021 – 2022", "2021-01-01", "2022-12-31"},
		{"2022-24", "2022-01-01", "2024-12-31"},
		{"2021-S1", "2021-01-01", "2021-06-30"},
		{"2021-s2", "2021-07-01", "2021-12-31"},
		{"S2 2021", "2021-07-01", "2021-12-31"},
		{"S1/2022", "2022-01-01", "2022-06-30"},
		{"Semestre 2 / 2021", "2021-07-01", "2021-12-31"},
		{"1er semestre 2024", "2024-01-01", "2024-06-30"},
		{"second semestre 2020", "2020-07-01", "2020-12-31"},
		{"H2 2021", "2021-07-01", "2021-12-31"},
		{"T3 2021", "2021-07-01", "2021-09-30"},
		{"Q3 2021", "2021-07-01", "2021-09-30"},
		{"2021-Q4", "2021-10-01", "2021-12-31"},
		{"t1 2024", "2024-01-01", "2024-03-31"},
		{"3e trimestre 2021", "2021-07-01", "2021-09-30"},
		{"trimestre 2 2022", "2022-04-01", "2022-06-30"},
		{"2021-03", "2021-03-01", "2021-03-31"},
		{"2024-02", "2024-02-01", "2024-02-29"},
		{"03/2021", "2021-03-01", "2021-03-31"},
		{"mars 2021", "2021-03-01", "2021-03-31"},
		{"Février 2023", "2023-02-01", "2023-02-28"},
		{"december 2020", "2020-12-01", "2020-12-31"},
		{"2021-03-15", "2021-03-15", "2021-03-15"},
		{"15 mars 2021", "2021-03-15", "2021-03-15"},
		{"juin", "2023-06-01", "2023-06-30"},
		{"S2", "2023-07-01", "2023-12-31"},
		{"ce mois", "2023-05-01", "2023-05-31"},
		{"ce mois-ci", "2023-05-01", "2023-05-31"},
		{"this month", "2023-05-01", "2023-05-31"},
		{"le mois prochain", "2023-06-01", "2023-06-30"},
		{"le mois dernier", "2023-04-01", "2023-04-30"},
		{"ce trimestre", "2023-04-01", "2023-06-30"},
		{"Ce Trimestre", "2023-04-01", "2023-06-30"},
		{"this quarter", "2023-04-01", "2023-06-30"},
		{"next quarter", "2023-07-01", "2023-09-30"},
		{"le trimestre précédent", "2023-01-01", "2023-03-31"},
		{"ce semestre", "2023-01-01", "2023-06-30"},
		{"le semestre prochain", "2023-07-01", "2023-12-31"},
		{"cette année", "2023-01-01", "2023-12-31"},
		{"this year", "2023-01-01", "2023-12-31"},
		{"l'année prochaine", "2024-01-01", "2024-12-31"},
		{"l’an dernier", "2022-01-01", "2022-12-31"},
		{"année en cours", "2023-01-01", "2023-12-31"},
	}
	for _, tt := range tests {
		from, to, err := ParseRange(tt.in, today)
		if err != nil {
			t.Errorf("ParseRange(%q): %v", tt.in, err)
			continue
		}
		if got, want := from.Format(time.DateOnly)+"…"+to.Format(time.DateOnly), tt.from+"…"+tt.to; got != want {
			t.Errorf("ParseRange(%q) = %s, want %s", tt.in, got, want)
		}
		if from.Location() != time.UTC || to.Location() != time.UTC || from.Hour() != 0 || to.Hour() != 0 {
			t.Errorf("ParseRange(%q) = %v, %v: want midnight UTC", tt.in, from, to)
		}
	}
}

func TestParseRangeAcrossYearEnd(t *testing.T) {
	today := d("2023-12-20")
	for in, want := range map[string]string{
		"le mois prochain":     "2024-01-01…2024-01-31",
		"next quarter":         "2024-01-01…2024-03-31",
		"le semestre prochain": "2024-01-01…2024-06-30",
	} {
		from, to, err := ParseRange(in, today)
		if err != nil {
			t.Errorf("ParseRange(%q): %v", in, err)
			continue
		}
		if got := from.Format(time.DateOnly) + "…" + to.Format(time.DateOnly); got != want {
			t.Errorf("ParseRange(%q) on %s = %s, want %s", in, today.Format(time.DateOnly), got, want)
		}
	}
}

func TestParseRangeRejects(t *testing.T) {
	for _, in := range []string{
		"", "   ", "bientôt", "S3 2021", "T5 2021", "2021-13", "2022-2021", "trimestre 2021",
		"2021 2022 2023", "S1 T2 2021", "mars avril 2021", "30 février 2021", "le mois prochain 2021",
		"S1 2021 prochain", "2022-21", "2024-13 05",
	} {
		if from, to, err := ParseRange(in, d("2023-05-10")); err == nil {
			t.Errorf("ParseRange(%q) = %v…%v, want an error", in, from.Format(time.DateOnly), to.Format(time.DateOnly))
		}
	}
}

package corpus

import (
	"regexp"
	"testing"
	"time"
)

func TestDateWords(t *testing.T) {
	for _, tt := range []struct {
		w    string
		want time.Month
	}{
		{"février", time.February}, {"FEVRIER", time.February}, {"fevr", time.February}, {"Août", time.August},
		{"sept", time.September}, {"December", time.December}, {"mai", time.May}, {"may", time.May},
	} {
		if m, ok := MonthNamed(tt.w); !ok || m != tt.want {
			t.Errorf("MonthNamed(%q) = %v, %v; want %v", tt.w, m, ok, tt.want)
		}
	}
	for _, w := range []string{"mardi", "", "fin", "2021"} {
		if m, ok := MonthNamed(w); ok {
			t.Errorf("MonthNamed(%q) = %v, want none", w, m)
		}
	}
	for _, tt := range []struct {
		w    string
		want int
	}{
		{"1er", 1}, {"1ère", 1}, {"premier", 1}, {"first", 1}, {"2e", 2}, {"2nde", 2}, {"second", 2},
		{"Deuxième", 2}, {"3rd", 3}, {"troisième", 3}, {"4", 4}, {"fourth", 4},
	} {
		if n, ok := Rank(tt.w); !ok || n != tt.want {
			t.Errorf("Rank(%q) = %d, %v; want %d", tt.w, n, ok, tt.want)
		}
	}
	for _, w := range []string{"5e", "dernier", "12"} {
		if n, ok := Rank(w); ok {
			t.Errorf("Rank(%q) = %d, want none", w, n)
		}
	}
	re := regexp.MustCompile(`^(?:` + MonthNames + `)$`)
	for _, w := range []string{"janvier", "decembre", "september", "mai", "aout"} {
		if !re.MatchString(w) {
			t.Errorf("MonthNames does not match %q", w)
		}
	}
	if re.MatchString("sep") || re.MatchString("janv") {
		t.Error("MonthNames holds abbreviations, which are words of other meanings in free text")
	}
}

package reminder

import (
	"strings"
	"testing"
	"time"

	"schemabot/corpus/calendar"
)

// One pilot spelled two ways by the documents (case, accents, hyphens,
// apostrophes, spaces) is one section of the digest, not two.
func TestDigestGroupsPilotSpellings(t *testing.T) {
	today := time.Date(2020, 1, 15, 0, 0, 0, 0, time.UTC)
	entry := func(key string, pilots ...string) calendar.Entry {
		t.Helper()
		return calendar.Entry{Doc: "isere-2020-2024", Fiche: "1", Key: key, Label: "jalon " + key,
			Start: today, End: today.AddDate(0, 0, 3), Status: calendar.Upcoming, Pilots: pilots}
	}
	tests := []struct {
		name       string
		es         []calendar.Entry
		wantGroups []string
		wantLines  int
	}{
		{"case and accents", []calendar.Entry{entry("a/1/1", "Direction de l'Enfance"), entry("a/1/2", "direction de l'enfance"), entry("a/1/3", "DIRECTION DE L’ENFANCE")},
			[]string{"Direction de l'Enfance"}, 3},
		{"hyphens and spaces", []calendar.Entry{entry("a/2/1", "Service  Enfance-Famille"), entry("a/2/2", "Service Enfance Famille"), entry("a/2/3", "Service PMI")},
			[]string{"Service Enfance-Famille", "Service PMI"}, 3},
		{"accents folded", []calendar.Entry{entry("a/3/1", "Pôle Éducation"), entry("a/3/2", "Pole Education")},
			[]string{"Pôle Éducation"}, 2},
		{"one entry with both spellings is listed once", []calendar.Entry{entry("a/4/1", "CRIP", "crip")},
			[]string{"CRIP"}, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := Compose(nil, tt.es, today, 30, "dg-test")
			order, lines := sections(r.Text)
			if strings.Join(order, "|") != strings.Join(tt.wantGroups, "|") {
				t.Errorf("pilot sections = %q, want %q\n%s", order, tt.wantGroups, r.Text)
			}
			n := 0
			for _, ls := range lines {
				n += len(ls)
			}
			if n != tt.wantLines {
				t.Errorf("%d lines, want %d\n%s", n, tt.wantLines, r.Text)
			}
		})
	}
}

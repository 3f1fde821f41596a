package corpus

import (
	"testing"
	"time"
)

// A calendar told in sentences ("Les six lieux devront être ouverts d'ici
// décembre 2027") is due at the time the sentence states; a sentence with
// no time stays undated.
func TestCalendarSentences(t *testing.T) {
	for _, tt := range []struct {
		text       string
		start, end time.Time
	}{
		{"Les six lieux devront être ouverts d'ici décembre 2027.", day(2027, 12, 1), day(2027, 12, 31)},
		{"La convention avec la CPAM sera signée en 2025 et les accueils suivront", day(2025, 1, 1), day(2025, 12, 31)},
		{"Tous les évaluateurs devront avoir été formés avant la fin de l'année 2026", day(2026, 10, 1), day(2026, 12, 31)},
		{"Le protocole sera signé au 2e semestre 2025.", day(2025, 7, 1), day(2025, 12, 31)},
		{"Le groupe de travail se réunira régulièrement", time.Time{}, time.Time{}},
	} {
		ms := milestones(Field{Items: []Item{{Text: tt.text}}})
		if len(ms) != 1 {
			t.Fatalf("%q: %d milestones", tt.text, len(ms))
		}
		if m := ms[0]; !m.Start.Equal(tt.start) || !m.End.Equal(tt.end) {
			t.Errorf("%q: %v…%v, want %v…%v", tt.text, m.Start, m.End, tt.start, tt.end)
		}
	}
}

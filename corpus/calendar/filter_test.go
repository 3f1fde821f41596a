package calendar

import (
	"reflect"
	"testing"
	"time"
)

func keys(es []Entry) []string {
	out := []string{}
	for _, e := range es {
		out = append(out, e.Key)
	}
	return out
}

func TestFilterApply(t *testing.T) {
	all := Entries(handLib(), d("2023-03-01"), nil)
	tests := []struct {
		name string
		f    Filter
		want []string
	}{
		{"zero filter keeps all", Filter{}, []string{"isere/1/1", "isere/1/2", "isere/32/1", "isere/32/2", "isere/32/3"}},
		{"first half of 2023", Filter{From: d("2023-01-01"), To: d("2023-06-30")}, []string{"isere/32/3"}},
		{"a period ending on a milestone's first day", Filter{From: d("2022-01-01"), To: d("2023-01-01")}, []string{"isere/32/3"}},
		{"a period starting on a milestone's last day", Filter{From: d("2021-12-31"), To: d("2022-06-30")}, []string{"isere/1/2"}},
		{"only a lower bound", Filter{From: d("2021-07-01")}, []string{"isere/1/2", "isere/32/3"}},
		{"only an upper bound", Filter{To: d("2020-06-30")}, []string{"isere/1/1", "isere/32/1"}},
		{"between milestones", Filter{From: d("2022-01-01"), To: d("2022-12-31")}, []string{}},
		{"document, any case", Filter{Doc: "ISERE"}, []string{"isere/1/1", "isere/1/2", "isere/32/1", "isere/32/2", "isere/32/3"}},
		{"unknown document", Filter{Doc: "gironde"}, []string{}},
		{"fiche", Filter{Fiche: "32"}, []string{"isere/32/1", "isere/32/2", "isere/32/3"}},
		{"pilot without accents nor case", Filter{Pilot: "conseillere TECHNIQUE"}, []string{"isere/32/1", "isere/32/2", "isere/32/3"}},
		{"pilot with accents", Filter{Pilot: "Préoccupantes"}, []string{"isere/32/1", "isere/32/2", "isere/32/3"}},
		{"pilot substring of the département", Filter{Pilot: "departement de l’isere"}, []string{"isere/1/1", "isere/1/2"}},
		{"pilot nobody has", Filter{Pilot: "ARS"}, []string{}},
		{"everything at once", Filter{From: d("2020-06-01"), To: d("2020-06-30"), Doc: "isere", Fiche: "1", Pilot: "pmi"}, []string{"isere/1/1"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := keys(tt.f.Apply(all)); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Apply = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestFilterIgnoresTimeOfDay(t *testing.T) {
	all := Entries(handLib(), d("2023-03-01"), nil)
	paris, _ := time.LoadLocation("Europe/Paris")
	// Midnight in Paris on 1 July 2021 is 30 June in UTC: the civil date
	// the user meant is 1 July, which only the second milestone overlaps.
	f := Filter{From: time.Date(2021, 7, 1, 0, 0, 0, 0, paris), To: time.Date(2021, 7, 1, 0, 0, 0, 0, paris)}
	if got := keys(f.Apply(all)); !reflect.DeepEqual(got, []string{"isere/1/2"}) {
		t.Errorf("Apply = %q, want [isere/1/2]", got)
	}
}

func TestFold(t *testing.T) {
	for in, want := range map[string]string{
		"Élaboration":            "elaboration",
		"Mise en œuvre":          "mise en oeuvre",
		"Département de l’Isère": "departement de l'isere",
		"CHEF DE SERVICE PMI":    "chef de service pmi",
		"déjà vu, ça":            "deja vu, ca",
	} {
		if got := fold(in); got != want {
			t.Errorf("fold(%q) = %q, want %q", in, got, want)
		}
	}
}

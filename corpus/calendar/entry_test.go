package calendar

import (
	"reflect"
	"testing"
	"time"

	"schemabot/corpus"
)

func d(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

func ms(label, raw, start, end string, line int) corpus.Milestone {
	m := corpus.Milestone{Label: label, Raw: raw, Span: corpus.Span{StartLine: line, EndLine: line}}
	if start != "" {
		m.Start, m.End = d(start), d(end)
	}
	return m
}

func pilots(texts ...string) corpus.Field {
	var f corpus.Field
	for _, t := range texts {
		f.Items = append(f.Items, corpus.Item{Text: t})
	}
	return f
}

// handLib is a small library shaped like the shipped documents: Isère-like
// fiches with semesters, one undated milestone, and a document without
// calendars.
func handLib() *corpus.Library {
	return &corpus.Library{Docs: []*corpus.Document{
		{ID: "isere", Fiches: []corpus.Fiche{
			{ID: "1", Number: 1, Title: "Définir un référentiel départemental d'intervention de la PMI", Page: 37,
				Pilots: pilots("Chef du Service PMI et parentalité - Département de l'Isère"),
				Milestones: []corpus.Milestone{
					ms("Etat des lieux", "Semestre 1 / 2020 – Semestre 1 / 2021", "2020-01-01", "2021-06-30", 644),
					ms("Élaboration du référentiel", "Semestre 2 / 2021", "2021-07-01", "2021-12-31", 645),
				}},
			{ID: "2", Number: 2, Title: "Sans calendrier"},
			{ID: "32", Number: 32, Title: "Harmoniser les pratiques de traitement des informations préoccupantes", Page: 97,
				Pilots: pilots("Cellule de Recueil des Informations Préoccupantes", "Conseillère technique politiques sociales"),
				Milestones: []corpus.Milestone{
					ms("Diffusion du guide", "2020", "2020-01-01", "2020-12-31", 1982),
					ms("Suivi", "tout au long du schéma", "", "", 1983),
					ms("Bilan", "Semestre 1 / 2023", "2023-01-01", "2023-06-30", 1984),
				}},
		}},
		{ID: "moselle", Fiches: []corpus.Fiche{{ID: "1", Number: 1, Title: "Pas de calendrier"}}},
	}}
}

func TestStatusOf(t *testing.T) {
	bilan := ms("Bilan", "Semestre 1 / 2023", "2023-01-01", "2023-06-30", 1)
	undated := ms("Suivi", "tout au long du schéma", "", "", 2)
	paris, _ := time.LoadLocation("Europe/Paris")
	tests := []struct {
		name  string
		m     corpus.Milestone
		today time.Time
		done  bool
		want  Status
	}{
		{"day before start", bilan, d("2022-12-31"), false, Upcoming},
		{"first day", bilan, d("2023-01-01"), false, Ongoing},
		{"middle", bilan, d("2023-03-15"), false, Ongoing},
		{"last day", bilan, d("2023-06-30"), false, Ongoing},
		{"day after end", bilan, d("2023-07-01"), false, Overdue},
		{"late evening of the last day, local time", bilan, time.Date(2023, 6, 30, 23, 30, 0, 0, paris), false, Ongoing},
		{"early morning after the end, local time", bilan, time.Date(2023, 7, 1, 0, 30, 0, 0, paris), false, Overdue},
		{"done before it starts", bilan, d("2022-01-01"), true, Done},
		{"done and past its end", bilan, d("2024-01-01"), true, Done},
		{"undated is never overdue", undated, d("2099-01-01"), false, Upcoming},
		{"undated done", undated, d("2020-01-01"), true, Done},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := StatusOf(tt.m, tt.today, tt.done); got != tt.want {
				t.Errorf("StatusOf(%s–%s, %s, %v) = %q, want %q", tt.m.Start.Format(time.DateOnly),
					tt.m.End.Format(time.DateOnly), tt.today, tt.done, got, tt.want)
			}
		})
	}
}

func TestEntries(t *testing.T) {
	var asked []string
	done := func(key string) bool {
		asked = append(asked, key)
		return key == "isere/1/1"
	}
	es := Entries(handLib(), d("2023-03-01"), done)

	type row struct {
		key, label, raw string
		start, end      string
		status          Status
		line, page      int
	}
	var got []row
	for _, e := range es {
		r := row{e.Key, e.Label, e.Raw, "", "", e.Status, e.Line, e.Page}
		if e.Dated() {
			r.start, r.end = e.Start.Format(time.DateOnly), e.End.Format(time.DateOnly)
		}
		got = append(got, r)
	}
	want := []row{
		{"isere/1/1", "Etat des lieux", "Semestre 1 / 2020 – Semestre 1 / 2021", "2020-01-01", "2021-06-30", Done, 644, 37},
		{"isere/1/2", "Élaboration du référentiel", "Semestre 2 / 2021", "2021-07-01", "2021-12-31", Overdue, 645, 37},
		{"isere/32/1", "Diffusion du guide", "2020", "2020-01-01", "2020-12-31", Overdue, 1982, 97},
		{"isere/32/2", "Suivi", "tout au long du schéma", "", "", Upcoming, 1983, 97},
		{"isere/32/3", "Bilan", "Semestre 1 / 2023", "2023-01-01", "2023-06-30", Ongoing, 1984, 97},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Entries:\n got %+v\nwant %+v", got, want)
	}
	if !reflect.DeepEqual(asked, []string{"isere/1/1", "isere/1/2", "isere/32/1", "isere/32/2", "isere/32/3"}) {
		t.Errorf("done was asked about %q", asked)
	}
	e := es[4]
	if e.Doc != "isere" || e.Fiche != "32" || e.FicheTitle != "Harmoniser les pratiques de traitement des informations préoccupantes" {
		t.Errorf("fiche context = %q %s %q", e.Doc, e.Fiche, e.FicheTitle)
	}
	if !reflect.DeepEqual(e.Pilots, []string{"Cellule de Recueil des Informations Préoccupantes", "Conseillère technique politiques sociales"}) {
		t.Errorf("pilots = %q", e.Pilots)
	}
	if !es[3].Start.IsZero() || !es[3].End.IsZero() {
		t.Errorf("an undated milestone got dates %v–%v", es[3].Start, es[3].End)
	}

	// Editing one entry's pilots must not change another's.
	es[2].Pilots[0] = "changed"
	if es[4].Pilots[0] == "changed" {
		t.Error("entries of one fiche share their pilots slice")
	}
}

func TestEntriesWithoutDoneFunc(t *testing.T) {
	for _, e := range Entries(handLib(), d("2030-01-01"), nil) {
		if e.Status == Done {
			t.Errorf("%s is done without a done func", e.Key)
		}
	}
	if es := Entries(nil, d("2030-01-01"), nil); len(es) != 0 {
		t.Errorf("nil library gave %d entries", len(es))
	}
}

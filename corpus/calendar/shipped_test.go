package calendar

import (
	"bytes"
	"reflect"
	"strings"
	"sync"
	"testing"
	"time"

	goical "github.com/emersion/go-ical"

	"schemabot/corpus"
)

// The expected values below were read in corpus/docs/isere-2020-2024.md.

// shipped loads the shipped documents once for all tests.
var shipped = sync.OnceValues(corpus.LoadDefault)

func shippedEntries(t *testing.T, today time.Time) []Entry {
	t.Helper()
	lib, err := shipped()
	if err != nil {
		t.Fatalf("LoadDefault: %v", err)
	}
	return Entries(lib, today, nil)
}

func TestShippedMilestones(t *testing.T) {
	es := shippedEntries(t, d("2023-05-10"))
	isere := Filter{Doc: "isere-2020-2024"}.Apply(es)
	if n := len(Filter{Doc: "moselle-2019-2023"}.Apply(es)); n != 0 {
		t.Errorf("Moselle has %d milestones; its document has no calendar", n)
	}
	// 91 calendar lines in 32 fiches, one of them a group heading (fiche 3).
	if len(isere) != 90 {
		t.Errorf("Isère has %d milestones, want 90", len(isere))
	}
	fiches := map[string]bool{}
	for _, e := range isere {
		fiches[e.Fiche] = true
		if !e.Dated() {
			t.Errorf("%s %q is undated; every Isère calendar entry is a semester or a year", e.Key, e.Raw)
		}
	}
	if len(fiches) != 32 {
		t.Errorf("%d Isère fiches have a calendar, want 32", len(fiches))
	}

	byKey := map[string]Entry{}
	for _, e := range isere {
		byKey[e.Key] = e
	}
	tests := []struct {
		key, label, raw, start, end string
		line, page                  int
	}{
		{"isere-2020-2024/32/4", "Bilan", "Semestre 1 / 2023", "2023-01-01", "2023-06-30", 1983, 97},
		{"isere-2020-2024/1/1", "Etat des lieux", "Semestre 1 / 2020 – Semestre 1 / 2021", "2020-01-01", "2021-06-30", 644, 37},
		{"isere-2020-2024/1/2", "Élaboration du référentiel", "Semestre 2 / 2021", "2021-07-01", "2021-12-31", 645, 37},
		{"isere-2020-2024/4/1", "Signature du Protocole", "2022", "2022-01-01", "2022-12-31", 778, 43},
		{"isere-2020-2024/9/1", "Élaboration et diffusion du guide", "Semestre 1 : 2021", "2021-01-01", "2021-06-30", 1006, 53},
		{"isere-2020-2024/11/3", "Mise en place du dispositif", "Semestre 1 – Semestre 2 / 2021", "2021-01-01", "2021-12-31", 1090, 57},
		{"isere-2020-2024/24/3", "Généralisation des référentiels et accompagnement des professionnels", "2022-24", "2022-01-01", "2024-12-31", 1640, 82},
		{"isere-2020-2024/7/1", "", "Semestre 1 / 2020 – Semestre 2 / 2024", "2020-01-01", "2024-12-31", 920, 49},
	}
	for _, tt := range tests {
		e, ok := byKey[tt.key]
		if !ok {
			t.Errorf("no milestone %s", tt.key)
			continue
		}
		got := []any{e.Label, e.Raw, e.Start.Format(time.DateOnly), e.End.Format(time.DateOnly), e.Line, e.Page}
		want := []any{tt.label, tt.raw, tt.start, tt.end, tt.line, tt.page}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s = %q, want %q", tt.key, got, want)
		}
	}
	// The items under "Expérimentation dans le cadre du plan de lutte
	// contre la pauvreté :" are milestones of their own.
	if e := byKey["isere-2020-2024/3/1"]; !strings.Contains(e.Label, "Détermination des territoires expérimentaux") || e.Start != d("2019-07-01") {
		t.Errorf("fiche 3's first milestone = %q %v", e.Label, e.Start)
	}
	e := byKey["isere-2020-2024/32/4"]
	if e.FicheTitle != "Harmoniser les pratiques de traitement des informations préoccupantes" ||
		len(e.Pilots) != 1 || !strings.HasPrefix(e.Pilots[0], "Cellule de Recueil des Informations Préoccupantes") {
		t.Errorf("fiche 32 context: %q %q", e.FicheTitle, e.Pilots)
	}
	if e.Status != Ongoing {
		t.Errorf("fiche 32's Bilan on 2023-05-10 is %q, want %q", e.Status, Ongoing)
	}
}

func TestShippedThisQuarter(t *testing.T) {
	today := d("2023-05-10")
	from, to, err := ParseRange("ce trimestre", today)
	if err != nil {
		t.Fatal(err)
	}
	got := keys(Filter{From: from, To: to}.Apply(shippedEntries(t, today)))
	// Every milestone running into the second quarter of 2023: the ones
	// that go to "Semestre 2 / 2024" (or "2021-2024", "2022-24"), and the
	// Bilan of fiche 32.
	want := []string{
		"isere-2020-2024/2/1", "isere-2020-2024/5/1", "isere-2020-2024/5/2", "isere-2020-2024/5/3",
		"isere-2020-2024/7/1", "isere-2020-2024/9/2", "isere-2020-2024/10/2", "isere-2020-2024/14/4",
		"isere-2020-2024/15/1", "isere-2020-2024/23/4", "isere-2020-2024/24/3", "isere-2020-2024/28/2",
		"isere-2020-2024/29/1", "isere-2020-2024/30/3", "isere-2020-2024/32/4",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("this quarter:\n got %q\nwant %q", got, want)
	}
}

func TestShippedPilot(t *testing.T) {
	es := Filter{Pilot: "cellule de recueil des informations preoccupantes"}.Apply(shippedEntries(t, d("2023-05-10")))
	fiches := map[string]bool{}
	for _, e := range es {
		fiches[e.Fiche] = true
	}
	if !reflect.DeepEqual(fiches, map[string]bool{"7": true, "32": true}) {
		t.Errorf("the CRIP pilots fiches %v, want 7 and 32", fiches)
	}
}

func TestShippedICS(t *testing.T) {
	es := Filter{Doc: "isere-2020-2024"}.Apply(shippedEntries(t, d("2023-05-10")))
	var buf bytes.Buffer
	if err := WriteICS(&buf, es, stamp); err != nil {
		t.Fatal(err)
	}
	cal := decode(t, buf.Bytes())
	if n := len(cal.Events()); n != 90 {
		t.Errorf("%d events, want 90", n)
	}
	seen := map[string]bool{}
	for _, ev := range cal.Events() {
		uid, _ := ev.Props.Text(goical.PropUID)
		if seen[uid] {
			t.Errorf("duplicate UID %s", uid)
		}
		seen[uid] = true
	}
	ev := cal.Events()[len(cal.Events())-1]
	start, _ := ev.DateTimeStart(time.UTC)
	end, _ := ev.DateTimeEnd(time.UTC)
	sum, _ := ev.Props.Text(goical.PropSummary)
	if sum != "Fiche 32 – Bilan" || start != d("2023-01-01") || end != d("2023-07-01") {
		t.Errorf("last event = %q %v–%v", sum, start, end)
	}
}

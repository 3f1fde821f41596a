package calendar

import (
	"bytes"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	goical "github.com/emersion/go-ical"
)

var stamp = time.Date(2023, 3, 1, 9, 30, 0, 0, time.UTC)

func writeICS(t *testing.T, es []Entry) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := WriteICS(&buf, es, stamp); err != nil {
		t.Fatalf("WriteICS: %v", err)
	}
	return buf.Bytes()
}

// decode parses an export with a different iCalendar implementation than
// the one that wrote it.
func decode(t *testing.T, data []byte) *goical.Calendar {
	t.Helper()
	cal, err := goical.NewDecoder(bytes.NewReader(data)).Decode()
	if err != nil {
		t.Fatalf("go-ical cannot read the export: %v\n%s", err, data)
	}
	return cal
}

func TestWriteICSEvents(t *testing.T) {
	es := Entries(handLib(), d("2023-03-01"), nil)
	cal := decode(t, writeICS(t, es))

	if got, _ := cal.Props.Text(goical.PropMethod); got != "PUBLISH" {
		t.Errorf("METHOD = %q, want PUBLISH", got)
	}
	if got, _ := cal.Props.Text(goical.PropVersion); got != "2.0" {
		t.Errorf("VERSION = %q", got)
	}
	if got, _ := cal.Props.Text(goical.PropProductID); !strings.Contains(got, "schemabot") {
		t.Errorf("PRODID = %q", got)
	}
	if got, _ := cal.Props.Text("X-WR-CALNAME"); got != "Échéances – isere" {
		t.Errorf("X-WR-CALNAME = %q", got)
	}

	type ev struct{ uid, summary, start, end string }
	var got []ev
	for _, e := range cal.Events() {
		uid, _ := e.Props.Text(goical.PropUID)
		sum, _ := e.Props.Text(goical.PropSummary)
		if vt := e.Props.Get(goical.PropDateTimeStart).ValueType(); vt != goical.ValueDate {
			t.Errorf("%s: DTSTART value type %q, want DATE (all-day)", uid, vt)
		}
		start, err := e.DateTimeStart(time.UTC)
		if err != nil {
			t.Fatalf("%s: DTSTART: %v", uid, err)
		}
		end, err := e.DateTimeEnd(time.UTC)
		if err != nil {
			t.Fatalf("%s: DTEND: %v", uid, err)
		}
		if stampGot, err := e.Props.DateTime(goical.PropDateTimeStamp, time.UTC); err != nil || !stampGot.Equal(stamp) {
			t.Errorf("%s: DTSTAMP = %v, %v; want %v", uid, stampGot, err, stamp)
		}
		got = append(got, ev{uid, sum, start.Format(time.DateOnly), end.Format(time.DateOnly)})
	}
	// DTEND of an all-day event is the day after the last one.
	want := []ev{
		{"isere/1/1@schemabot", "Fiche 1 – Etat des lieux", "2020-01-01", "2021-07-01"},
		{"isere/1/2@schemabot", "Fiche 1 – Élaboration du référentiel", "2021-07-01", "2022-01-01"},
		{"isere/32/1@schemabot", "Fiche 32 – Diffusion du guide", "2020-01-01", "2021-01-01"},
		{"isere/32/3@schemabot", "Fiche 32 – Bilan", "2023-01-01", "2023-07-01"},
	}
	if len(got) != len(want) {
		t.Fatalf("%d events, want %d (one per dated milestone): %+v", len(got), len(want), got)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("event %d = %+v, want %+v", i, got[i], want[i])
		}
	}

	desc, _ := cal.Events()[3].Props.Text(goical.PropDescription)
	for _, part := range []string{
		"Fiche action n°32 : Harmoniser les pratiques de traitement des informations préoccupantes",
		"Pilote : Cellule de Recueil des Informations Préoccupantes ; Conseillère technique politiques sociales",
		"Échéance : Bilan",
		"Calendrier : Semestre 1 / 2023",
		"Source : isere, page 97, ligne 1984",
	} {
		if !strings.Contains(desc, part+"\n") && !strings.HasSuffix(desc, part) {
			t.Errorf("DESCRIPTION lacks line %q:\n%s", part, desc)
		}
	}
}

func TestWriteICSWireFormat(t *testing.T) {
	es := Entries(handLib(), d("2023-03-01"), nil)
	// A long label forces folding.
	es[0].Label = strings.Repeat("Élaboration concertée du référentiel départemental, ", 4)
	data := writeICS(t, es)
	if !bytes.HasSuffix(data, []byte("END:VCALENDAR\r\n")) {
		t.Errorf("export does not end with END:VCALENDAR CRLF: %q", data[max(0, len(data)-40):])
	}
	lines := strings.Split(strings.TrimSuffix(string(data), "\r\n"), "\r\n")
	folded := false
	for i, l := range lines {
		if strings.Contains(l, "\n") || strings.Contains(l, "\r") {
			t.Fatalf("line %d has a bare line break: %q", i+1, l)
		}
		if len(l) > 75 {
			t.Errorf("line %d is %d octets, RFC 5545 allows 75: %q", i+1, len(l), l)
		}
		if !utf8.ValidString(l) {
			t.Errorf("line %d splits a UTF-8 character: %q", i+1, l)
		}
		if strings.HasPrefix(l, " ") {
			folded = true
		}
	}
	if !folded {
		t.Error("no folded line in an export with a long summary")
	}
	// The folded summary unfolds to the original text.
	cal := decode(t, data)
	if got, _ := cal.Events()[0].Props.Text(goical.PropSummary); got != "Fiche 1 – "+es[0].Label {
		t.Errorf("unfolded SUMMARY = %q", got)
	}
	if !strings.Contains(string(data), "DTSTART;VALUE=DATE:20200101\r\n") || !strings.Contains(string(data), "DTEND;VALUE=DATE:20210701\r\n") {
		t.Errorf("no all-day DTSTART/DTEND for the first event:\n%s", data)
	}
}

func TestWriteICSStable(t *testing.T) {
	lib := handLib()
	first := writeICS(t, Entries(lib, d("2023-03-01"), nil))
	again := writeICS(t, Entries(lib, d("2023-03-01"), nil))
	if !bytes.Equal(first, again) {
		t.Error("two exports of the same entries differ")
	}
	// A later export, with other statuses, keeps the UIDs so that a
	// re-import updates events instead of duplicating them.
	later := writeICS(t, Entries(lib, d("2024-09-01"), func(string) bool { return true }))
	uids := func(data []byte) []string {
		var out []string
		for _, e := range decode(t, data).Events() {
			u, _ := e.Props.Text(goical.PropUID)
			out = append(out, u)
		}
		return out
	}
	a, b := uids(first), uids(later)
	if strings.Join(a, ",") != strings.Join(b, ",") {
		t.Errorf("UIDs changed between exports:\n%q\n%q", a, b)
	}
}

func TestWriteICSEdgeCases(t *testing.T) {
	if err := WriteICS(&bytes.Buffer{}, nil, time.Time{}); err == nil {
		t.Error("zero stamp accepted")
	}
	// No dated entry: still a valid, empty calendar.
	es := Filter{Fiche: "32"}.Apply(Entries(handLib(), d("2023-03-01"), nil))[1:2]
	cal := decode(t, writeICS(t, es))
	if n := len(cal.Events()); n != 0 {
		t.Errorf("%d events for an undated milestone", n)
	}
	// Two documents: a neutral name.
	es = Entries(handLib(), d("2023-03-01"), nil)
	es[0].Doc = "gironde"
	if got, _ := decode(t, writeICS(t, es)).Props.Text("X-WR-CALNAME"); got != "Échéances des schémas" {
		t.Errorf("X-WR-CALNAME = %q", got)
	}
	// Texts with iCalendar specials survive the round trip.
	es[0].Label = `Bilan; étape 1, "phase" \ fin`
	es[0].Pilots = []string{"ARS, PJJ; CAF"}
	ev := decode(t, writeICS(t, es[:1])).Events()[0]
	if got, _ := ev.Props.Text(goical.PropSummary); got != `Fiche 1 – Bilan; étape 1, "phase" \ fin` {
		t.Errorf("SUMMARY = %q", got)
	}
	if got, _ := ev.Props.Text(goical.PropDescription); !strings.Contains(got, "Pilote : ARS, PJJ; CAF\n") {
		t.Errorf("DESCRIPTION = %q", got)
	}
}

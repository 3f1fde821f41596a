package main

import (
	"bytes"
	"context"
	"encoding/json"
	"reflect"
	"strings"
	"testing"
	"time"

	goical "github.com/emersion/go-ical"

	"schemabot/corpus/calendar"
)

// runCalendarCmd runs `schemabot args…` with the environment variables vars
// and returns the exit code, stdout and stderr.
func runCalendarCmd(t *testing.T, vars map[string]string, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	env := &Env{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errOut, Getenv: func(k string) string { return vars[k] }}
	code := run(context.Background(), env, args)
	return code, out.String(), errOut.String()
}

// The expected values below were read in corpus/docs/isere-2020-2024.md.

func TestDeadlinesTable(t *testing.T) {
	t.Parallel()
	// --today wins over SCHEMABOT_TODAY.
	code, out, stderr := runCalendarCmd(t, map[string]string{"SCHEMABOT_TODAY": "2019-01-01"},
		"deadlines", "--today", "2023-05-10", "--period", "ce trimestre")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if lines[0] != "15 échéances au 10/05/2023 :" {
		t.Errorf("first line = %q", lines[0])
	}
	if h := strings.Fields(lines[2]); !reflect.DeepEqual(h, []string{"FICHE", "ÉCHÉANCE", "CALENDRIER", "DÉBUT", "FIN", "STATUT"}) {
		t.Errorf("header = %q", h)
	}
	if len(lines) != 3+15 {
		t.Fatalf("%d lines, want title, blank, header and 15 rows:\n%s", len(lines), out)
	}
	last := lines[len(lines)-1]
	for _, part := range []string{"32", "Bilan", "Semestre 1 / 2023", "01/01/2023", "30/06/2023", "en cours"} {
		if !strings.Contains(last, part) {
			t.Errorf("fiche 32's row %q lacks %q", last, part)
		}
	}
	// Columns line up: every row's status starts where the header's does.
	col := strings.Index(lines[2], "STATUT")
	for _, l := range lines[3:] {
		if got := len([]rune(l[:strings.LastIndex(l, "en cours")])); got != len([]rune(lines[2][:col])) {
			t.Errorf("misaligned row: %q", l)
			break
		}
	}
	// An unlabelled milestone (fiche 7's calendar is a bare period) shows a dash.
	if !strings.Contains(out, "\n7      —  ") {
		t.Errorf("no row for fiche 7 with a dash as label:\n%s", out)
	}
}

func TestDeadlinesJSON(t *testing.T) {
	t.Parallel()
	// SCHEMABOT_TODAY gives the day when --today is absent.
	code, out, stderr := runCalendarCmd(t, map[string]string{"SCHEMABOT_TODAY": "2023-05-10"}, "deadlines", "--json", "--fiche", "32")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var got []map[string]any
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	if len(got) != 4 {
		t.Fatalf("%d milestones for fiche 32, want 4", len(got))
	}
	want := []map[string]any{
		{"doc": "isere-2020-2024", "fiche": "32", "label": "Rédaction et diffusion de la note de cadrage", "raw": "Semestre 2 / 2019", "start": "2019-07-01", "end": "2019-12-31", "status": "échu"},
		{"doc": "isere-2020-2024", "fiche": "32", "label": "Actualisation du guide de procédure", "raw": "Semestre 2 / 2019", "start": "2019-07-01", "end": "2019-12-31", "status": "échu"},
		{"doc": "isere-2020-2024", "fiche": "32", "label": "Diffusion et accompagnement à la mise en œuvre du guide actualisé", "raw": "2020", "start": "2020-01-01", "end": "2020-12-31", "status": "échu"},
		{"doc": "isere-2020-2024", "fiche": "32", "label": "Bilan", "raw": "Semestre 1 / 2023", "start": "2023-01-01", "end": "2023-06-30", "status": "en cours"},
	}
	for i := range want {
		for k, v := range want[i] {
			if got[i][k] != v {
				t.Errorf("milestone %d: %s = %#v, want %#v", i+1, k, got[i][k], v)
			}
		}
	}
	if got[3]["key"] != "isere-2020-2024/32/4" {
		t.Errorf("key = %v", got[3]["key"])
	}

}

func TestDeadlinesFilters(t *testing.T) {
	t.Parallel()
	code, out, stderr := runCalendarCmd(t, nil, "deadlines", "--json", "--today", "2023-05-10",
		"--pilot", "CELLULE de recueil", "--from", "2023-01-01", "--to", "2023-12-31")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var got []struct {
		Key string `json:"key"`
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatal(err)
	}
	var keys []string
	for _, g := range got {
		keys = append(keys, g.Key)
	}
	// The CRIP pilots fiches 7 and 32; in 2023 only fiche 7's whole-plan
	// milestone and fiche 32's Bilan run.
	if want := []string{"isere-2020-2024/7/1", "isere-2020-2024/32/4"}; !reflect.DeepEqual(keys, want) {
		t.Errorf("keys = %q, want %q", keys, want)
	}
}

func TestDeadlinesNothingMatches(t *testing.T) {
	t.Parallel()
	code, out, _ := runCalendarCmd(t, nil, "deadlines", "--json", "--doc", "moselle-2019-2023", "--today", "2023-05-10")
	if code != 0 || strings.TrimSpace(out) != "[]" {
		t.Errorf("Moselle has no calendar: exit %d, output %q, want []", code, out)
	}
	var buf bytes.Buffer
	if err := writeDeadlinesFitted(&buf, french, nil, nil, time.Date(2023, 5, 10, 15, 0, 0, 0, time.UTC), 80); err != nil {
		t.Fatal(err)
	}
	if got := buf.String(); got != "Aucune échéance ne correspond (au 10/05/2023).\n" {
		t.Errorf("empty table = %q", got)
	}
}

func TestDeadlinesICS(t *testing.T) {
	t.Parallel()
	code, out, stderr := runCalendarCmd(t, nil, "deadlines", "--ics", "--doc", "isere-2020-2024", "--today", "2023-05-10")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !strings.HasPrefix(out, "BEGIN:VCALENDAR\r\n") {
		t.Errorf("not an iCalendar with CRLF lines: %q", out[:min(40, len(out))])
	}
	cal, err := goical.NewDecoder(strings.NewReader(out)).Decode()
	if err != nil {
		t.Fatalf("go-ical cannot read it: %v", err)
	}
	events := cal.Events()
	if len(events) != 90 {
		t.Fatalf("%d events, want 90 (every Isère milestone is dated)", len(events))
	}
	last := events[len(events)-1]
	uid, _ := last.Props.Text(goical.PropUID)
	start, _ := last.DateTimeStart(time.UTC)
	end, _ := last.DateTimeEnd(time.UTC)
	if uid != "isere-2020-2024/32/4@schemabot" || start.Format(time.DateOnly) != "2023-01-01" || end.Format(time.DateOnly) != "2023-07-01" {
		t.Errorf("last event: %s %v–%v", uid, start, end)
	}
	// The as-of day is the stamp, so that an export can be reproduced.
	if st, err := last.Props.DateTime(goical.PropDateTimeStamp, time.UTC); err != nil || st.Format(time.DateOnly) != "2023-05-10" {
		t.Errorf("DTSTAMP = %v, %v", st, err)
	}
}

func TestDeadlinesUsageErrors(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name string
		vars map[string]string
		args []string
		want string
	}{
		{"bad --today", nil, []string{"--today", "2023-02-30"}, "--today"},
		{"bad SCHEMABOT_TODAY", map[string]string{"SCHEMABOT_TODAY": "hier"}, nil, "SCHEMABOT_TODAY"},
		{"bad --from", nil, []string{"--from", "01-2023"}, "--from"},
		{"bad --to", nil, []string{"--to", "demain"}, "--to"},
		{"--to before --from", nil, []string{"--from", "2023-06-01", "--to", "2023-01-01"}, "avant"},
		{"unknown period", nil, []string{"--period", "bientôt"}, "--period"},
		{"period and from", nil, []string{"--period", "2023", "--from", "2023-01-01"}, "--period"},
		{"json and ics", nil, []string{"--json", "--ics"}, "--json"},
		{"negative fiche", nil, []string{"--fiche", "-3"}, "--fiche"},
		{"stray argument", nil, []string{"2023"}, "argument inattendu"},
		{"unknown document", nil, []string{"--doc", "gironde", "--today", "2023-05-10"}, "isere-2020-2024"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, stderr := runCalendarCmd(t, tt.vars, append([]string{"deadlines"}, tt.args...)...)
			if code != 2 {
				t.Errorf("exit %d, want 2 (usage)", code)
			}
			if out != "" {
				t.Errorf("stdout %q, want nothing", out)
			}
			if strings.Count(stderr, "\n") != 1 || !strings.HasPrefix(stderr, "schemabot deadlines: ") || !strings.Contains(stderr, tt.want) {
				t.Errorf("stderr %q, want one line naming %q", stderr, tt.want)
			}
		})
	}
}

func TestDeadlinesJSONUndated(t *testing.T) {
	// No shipped milestone is undated; one from another document must
	// still give null dates, never invented ones.
	var buf bytes.Buffer
	es := []calendar.Entry{{Doc: "x", Fiche: "3", Label: "Suivi", Raw: "tout au long du schéma", Status: calendar.Upcoming, Key: "x/3/1"}}
	if err := writeDeadlinesJSON(&buf, es); err != nil {
		t.Fatal(err)
	}
	var got []map[string]any
	if err := json.Unmarshal(buf.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || got[0]["start"] != nil || got[0]["end"] != nil || got[0]["status"] != "à venir" {
		t.Errorf("undated milestone = %v", got)
	}
	if s, ok := got[0]["pilots"].([]any); !ok || len(s) != 0 {
		t.Errorf("pilots = %#v, want []", got[0]["pilots"])
	}
	if _, ok := got[0]["start"]; !ok {
		t.Error(`"start" is missing, want null`)
	}
}

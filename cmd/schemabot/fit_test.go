package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"schemabot/bot/answer"
)

// A value is fitted only when choosing it on the other folds helps the
// held-out fold; the value in use wins ties.
func TestCrossValidate(t *testing.T) {
	// Six items in three folds (0,0,1,1,2,2); candidate 0 is in use.
	fold := []int{0, 0, 1, 1, 2, 2}
	for _, tt := range []struct {
		name      string
		passed    [][]bool
		fit, keep float64
		best      int
	}{
		{"better everywhere", [][]bool{
			{true, false, true, false, true, false},
			{true, true, true, true, true, true},
		}, 1, 0.5, 1},
		{"a tie keeps the value in use", [][]bool{
			{true, false, true, false, true, false},
			{false, true, false, true, false, true},
		}, 0.5, 0.5, 0},
		{"better on one fold only does not generalise", [][]bool{
			{true, true, true, true, true, false},
			{false, false, false, false, true, true},
		}, 5.0 / 6, 5.0 / 6, 0},
	} {
		fit, keep, best := crossValidate(tt.passed, 0, fold, 3)
		if fit != tt.fit || keep != tt.keep || best != tt.best {
			t.Errorf("%s: fit %.3f keep %.3f best %d, want %.3f %.3f %d", tt.name, fit, keep, best, tt.fit, tt.keep, tt.best)
		}
	}
}

// Every parameter has candidates to try, its current value can be read and
// set by name, and an unknown name is refused.
func TestParamCandidates(t *testing.T) {
	names, values := answer.ParamCandidates()
	if len(names) < 5 || len(names) != len(values) {
		t.Fatalf("%d names, %d value lists", len(names), len(values))
	}
	for i, n := range names {
		if len(values[i]) < 2 {
			t.Errorf("%s: %d candidates", n, len(values[i]))
		}
		p, err := answer.DefaultParams.Set(n, 0.123)
		if err != nil || p.Get(n) != 0.123 {
			t.Errorf("%s: Set/Get: %v %v", n, err, p.Get(n))
		}
		// Zero is a default only when fitting may keep it: a weight
		// the fit found useless, not one left unset.
		if answer.DefaultParams.Get(n) == 0 && !slices.Contains(values[i], 0) {
			t.Errorf("%s has no default", n)
		}
	}
	if _, err := answer.DefaultParams.Set("Nope", 1); err == nil {
		t.Error("an unknown parameter must be refused")
	}
}

// Folds keep a thread's questions together.
func TestFoldsKeepThreads(t *testing.T) {
	items := []evalItem{{ID: "a", Thread: "t1"}, {ID: "b", Thread: "t1"}, {ID: "c", Thread: "t1"}, {ID: "d"}}
	f := folds(items, 5)
	if f[0] != f[1] || f[1] != f[2] {
		t.Errorf("a thread split over folds: %v", f)
	}
}

// `eval --fit --only` fits the parameters named and no other, and names the
// known ones when asked for one that does not exist.
func TestFitOnlyNamedParameters(t *testing.T) {
	set := filepath.Join(t.TempDir(), "set.jsonl")
	lines := `{"id": "a", "lang": "fr", "kind": "pilot", "question": "Qui pilote la fiche 24 en Isère ?", "docs": ["isere-2020-2024"], "fiches": [24], "must": [["Directeur de l'Éducation"]]}
{"id": "b", "lang": "en", "kind": "glossary", "question": "What does ODPE stand for?", "docs": [], "fiches": [], "must": [["Observatoire départemental"]]}
`
	if err := os.WriteFile(set, []byte(lines), 0o644); err != nil {
		t.Fatal(err)
	}
	data := t.TempDir()
	vars := map[string]string{"LANG": "en_US.UTF-8", "SCHEMABOT_DATA": data}
	code, out, errOut := runCmd(t, vars, "eval", "--fit", "--only", "CueLater", "--folds", "2", set)
	if code != 0 || !strings.Contains(out, "CueLater") || strings.Contains(out, "PassageFound  ") || strings.Count(out, "cross-validated") != 1 {
		t.Errorf("exit %d, stdout %q, stderr %q: want one step, CueLater's", code, out, errOut)
	}
	code, _, errOut = runCmd(t, vars, "eval", "--fit", "--only", "Nope", set)
	if code == 0 || !strings.Contains(errOut, `no parameter "Nope"`) || !strings.Contains(errOut, "CueWeak") {
		t.Errorf("exit %d, stderr %q: want the unknown name refused and the known ones listed", code, errOut)
	}
}

// `eval --readings` records, for a question about a topic, every reading
// the arbiter weighed (the fiche's field, the passages…) with the one
// chosen, and whether each would pass; a question naming its fiche by
// number is answered without arbitration and records none.
func TestEvalRecordsReadings(t *testing.T) {
	dir := t.TempDir()
	set := filepath.Join(dir, "set.jsonl")
	lines := `{"id": "topic", "lang": "fr", "kind": "pilot", "question": "Qui pilote la prévention spécialisée en Isère ?", "docs": ["isere-2020-2024"], "fiches": [5], "must": [["Service Jeunesse et sport"]]}
{"id": "number", "lang": "fr", "kind": "pilot", "question": "Qui pilote la fiche 24 en Isère ?", "docs": ["isere-2020-2024"], "fiches": [24], "must": [["Directeur de l'Éducation"]]}
`
	if err := os.WriteFile(set, []byte(lines), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "readings.jsonl")
	vars := map[string]string{"LANG": "fr_FR.UTF-8", "SCHEMABOT_DATA": filepath.Join(dir, "data")}
	if code, stdout, errOut := runCmd(t, vars, "eval", "--readings", out, set); code != 0 || !strings.Contains(stdout, "(2/2)") {
		t.Fatalf("exit %d, stdout %q, stderr %q", code, stdout, errOut)
	}
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	type reading struct {
		Kind         string
		Chosen, Pass bool
	}
	var got []struct {
		ID     string
		Pass   bool
		Groups [][]reading
	}
	for _, l := range strings.Split(strings.TrimSpace(string(b)), "\n") {
		var x struct {
			ID     string
			Pass   bool
			Groups [][]reading
		}
		if err := json.Unmarshal([]byte(l), &x); err != nil {
			t.Fatalf("line %q: %v", l, err)
		}
		got = append(got, x)
	}
	if len(got) != 2 || got[0].ID != "topic" || got[1].ID != "number" {
		t.Fatalf("want one line per question, got %+v", got)
	}
	if len(got[0].Groups) != 1 {
		t.Fatalf("the topic question: want one arbitration, got %+v", got[0].Groups)
	}
	kinds, chosen := map[string]bool{}, ""
	for _, r := range got[0].Groups[0] {
		kinds[r.Kind] = true
		if r.Chosen {
			if chosen != "" {
				t.Errorf("two readings chosen: %s and %s", chosen, r.Kind)
			}
			chosen = r.Kind
			if !r.Pass {
				t.Error("the chosen reading passes, as the answer did")
			}
		}
	}
	if chosen != "field" || !kinds["passage"] {
		t.Errorf("want the fiche's field chosen over the passages, got %+v", got[0].Groups[0])
	}
	if len(got[1].Groups) != 0 || !got[1].Pass {
		t.Errorf("a fiche asked by number is no arbitration: %+v", got[1])
	}
}

package main

import (
	"encoding/json"
	"path/filepath"
	"testing"
)

// fiches --json gives each fiche its label as printed ("id") and the label
// as an integer ("number"), null when the label is not one.
func TestFichesJSONLabels(t *testing.T) {
	doc := filepath.Join("..", "..", "corpus", "testdata", "layouts", "correze-2019-2023.txt")
	code, out, errOut := runCmd(t, map[string]string{"SCHEMABOT_DATA": t.TempDir()}, "fiches", "--json", "--corpus", doc)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var fiches []map[string]any
	if err := json.Unmarshal([]byte(out), &fiches); err != nil {
		t.Fatal(err)
	}
	want := map[string]bool{"A1": true, "A2": true, "A3": true, "B1": true, "B1 bis": true, "B2": true, "C1": true, "C2": true}
	for _, f := range fiches {
		id, _ := f["id"].(string)
		if !want[id] {
			t.Errorf("unexpected fiche id %q", id)
		}
		delete(want, id)
		if n, ok := f["number"]; !ok || n != nil {
			t.Errorf("fiche %s: number %v, want null for a label that is no integer", id, n)
		}
	}
	if len(want) != 0 {
		t.Errorf("missing fiches %v", want)
	}

	code, out, errOut = runCmd(t, map[string]string{"SCHEMABOT_DATA": t.TempDir()}, "fiches", "--json", "--doc", "isere-2020-2024")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	fiches = nil
	if err := json.Unmarshal([]byte(out), &fiches); err != nil {
		t.Fatal(err)
	}
	if len(fiches) != 32 || fiches[11]["id"] != "12" || fiches[11]["number"] != 12.0 {
		t.Errorf("Isère fiche 12: %v %v (of %d)", fiches[11]["id"], fiches[11]["number"], len(fiches))
	}
}

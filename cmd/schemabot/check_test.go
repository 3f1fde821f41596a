package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// checkCmd runs `schemabot args…` with no environment variable (so the
// shipped documents are used unless --corpus says otherwise) and returns
// the exit code, stdout and stderr.
func checkCmd(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	env := &Env{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errOut, Getenv: func(string) string { return "" }}
	code := run(context.Background(), env, args)
	return code, out.String(), errOut.String()
}

// checkReports runs `schemabot check --json` with extra arguments, expects
// the exit code want, and decodes the report by document id.
func checkReports(t *testing.T, want int, args ...string) map[string]checkJSON {
	t.Helper()
	code, out, stderr := checkCmd(t, append([]string{"check", "--json"}, args...)...)
	if code != want {
		t.Fatalf("exit %d, want %d; stderr: %s", code, want, stderr)
	}
	var reports []checkJSON
	if err := json.Unmarshal([]byte(out), &reports); err != nil {
		t.Fatalf("stdout is not the JSON array: %v\n%s", err, out)
	}
	byID := map[string]checkJSON{}
	for _, r := range reports {
		byID[r.Doc] = r
	}
	return byID
}

// layoutsDir copies the named files of corpus/testdata/layouts into a fresh
// directory, so that --corpus sees exactly those documents.
func layoutsDir(t *testing.T, names ...string) string {
	t.Helper()
	dir := t.TempDir()
	for _, n := range names {
		data, err := os.ReadFile(filepath.Join("..", "..", "corpus", "testdata", "layouts", n))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, n), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// writeDocs writes documents (file name → content) into a fresh directory.
func writeDocs(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// wantReport is what a reader counts in a document. undated < 0 means the
// calendar is not checked (see the comment where it is used).
type wantReport struct {
	doc, departement, period   string
	adopted, signatory         string
	axes, fiches               int
	pilots, partners           int
	milestones, dated, undated int
	glossary                   int
}

// compareReport checks r against what was read in the document by hand.
func compareReport(t *testing.T, r checkJSON, w wantReport) {
	t.Helper()
	if r.Departement != w.departement || r.Period != w.period {
		t.Errorf("département %q, period %q; want %q, %q", r.Departement, r.Period, w.departement, w.period)
	}
	if !strings.Contains(r.Adopted, w.adopted) || (w.adopted == "" && r.Adopted != "") {
		t.Errorf("adopted %q, want %q", r.Adopted, w.adopted)
	}
	if r.Signatory != w.signatory {
		t.Errorf("signatory %q, want %q", r.Signatory, w.signatory)
	}
	if r.Axes != w.axes || len(r.AxisLabels) != w.axes {
		t.Errorf("%d axes (%d labels), want %d", r.Axes, len(r.AxisLabels), w.axes)
	}
	if r.Fiches != w.fiches || r.Pilots != w.pilots || r.Partners != w.partners {
		t.Errorf("fiches %d, with pilots %d, with partners %d; want %d, %d, %d",
			r.Fiches, r.Pilots, r.Partners, w.fiches, w.pilots, w.partners)
	}
	if w.undated >= 0 && (r.Milestones != w.milestones || r.DatedMilestones != w.dated || len(r.Undated) != w.undated) {
		t.Errorf("milestones %d, dated %d, undated %d; want %d, %d, %d",
			r.Milestones, r.DatedMilestones, len(r.Undated), w.milestones, w.dated, w.undated)
	}
	if r.Glossary != w.glossary {
		t.Errorf("glossary %d, want %d", r.Glossary, w.glossary)
	}
	if !r.Usable {
		t.Errorf("reported as unusable")
	}
}

// The expected values were counted in corpus/docs/*.md, not copied from
// the program's output.
func TestCheckShippedDocuments(t *testing.T) {
	t.Parallel()
	reports := checkReports(t, 0)
	tests := []wantReport{
		// Isère: 5 "Objectif stratégique", 32 fiches each with "Le pilote" or
		// "Les pilotes" and "Les acteurs associés". Its calendars hold 91
		// bullets, one a heading without a date ("Expérimentation dans le
		// cadre du plan de lutte contre la pauvreté :", fiche 3) over two
		// dated sub-items, so 90 dated entries. The editorial is signed but
		// the text never gives an adoption date. 32 glossary acronyms.
		{doc: "isere-2020-2024", departement: "Isère", period: "2020-2024", signatory: "Jean-Pierre Barbier",
			axes: 5, fiches: 32, pilots: 32, partners: 32, milestones: 90, dated: 90, glossary: 32},
		// Moselle: 5 "ORIENTATION", 14 "Fiche action n°", each with a
		// "Pilotes / Contributeurs" table and no calendar. The edito says the
		// Assemblée adopted it "le 19 mars 2019"; the glossary has 37 acronyms.
		{doc: "moselle-2019-2023", departement: "Moselle", period: "2019-2023", adopted: "19 mars 2019",
			signatory: "Patrick WEITEN", axes: 5, fiches: 14, pilots: 14, partners: 14, glossary: 37},
	}
	if len(reports) != len(tests) {
		t.Errorf("%d documents reported, want %d", len(reports), len(tests))
	}
	for _, w := range tests {
		t.Run(w.doc, func(t *testing.T) {
			r, ok := reports[w.doc]
			if !ok {
				t.Fatalf("no report for %s", w.doc)
			}
			compareReport(t, r, w)
		})
	}
}

// Documents given with --corpus are checked, not the shipped ones; both
// were chosen because their file names or layouts differ from the shipped
// documents: schema-enfance-2.txt names neither its département nor its
// period, which must come from the text.
func TestCheckCorpusDirectory(t *testing.T) {
	t.Parallel()
	dir := layoutsDir(t, "deux-sevres-2014-2020.md", "schema-enfance-2.txt", "schema-protection-enfance.md")
	reports := checkReports(t, 0, "--corpus", dir)
	tests := []wantReport{
		// Eight "Échéance" values, each starting with or ending on a date
		// ("première campagne en 2015, puis chaque année" is due in 2015).
		{doc: "deux-sevres-2014-2020", departement: "Deux-Sèvres", period: "2014-2020", adopted: "20 octobre 2014",
			signatory: "Jean-Marie Rambaud", axes: 3, fiches: 8, pilots: 8, partners: 8,
			milestones: 8, dated: 8, undated: 0},
		// Haute-Garonne, axes I, N°2, III and IV, nine fiches each with
		// PILOTE and PARTENAIRES, ten glossary acronyms; 19 calendar lines
		// ("2021 : révision du protocole"), one of which starts "2023 puis
		// 2025".
		{doc: "schema-enfance-2", departement: "Haute-Garonne", period: "2021-2025", adopted: "18 juin 2021",
			signatory: "Bernard Lacoste", axes: 4, fiches: 9, pilots: 9, partners: 9, milestones: 19, dated: 19, undated: 0, glossary: 10},
		// Mayotte: nine fiches under eight labels (5 is printed twice),
		// fiche 7 without pilot; one calendar line says only "chaque année".
		{doc: "schema-protection-enfance", departement: "Mayotte", period: "2025-2029", adopted: "3 octobre 2025",
			signatory: "Abdallah Hamada Soumaïla", axes: 3, fiches: 9, pilots: 8, partners: 9, undated: -1, glossary: 17},
	}
	if len(reports) != len(tests) {
		t.Errorf("%d documents reported, want only the %d copied", len(reports), len(tests))
	}
	for _, w := range tests {
		t.Run(w.doc, func(t *testing.T) {
			r, ok := reports[w.doc]
			if !ok {
				t.Fatalf("no report for %s", w.doc)
			}
			compareReport(t, r, w)
		})
	}
	// The administrator must be able to find the unreadable entries.
	got := map[string]bool{}
	for _, u := range reports["schema-protection-enfance"].Undated {
		got[u.Fiche] = u.Line > 0 && strings.Contains(u.text(), "chaque année")
	}
	if !got["2"] {
		t.Errorf("undated entries %+v, want fiche 2's \"chaque année\" with its line", reports["schema-protection-enfance"].Undated)
	}
}

// The seven keys are a contract for scripts: exact names, types, and
// arrays rather than null even when a document has no warning.
func TestCheckJSONShape(t *testing.T) {
	t.Parallel()
	code, out, stderr := checkCmd(t, "check", "--json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var docs []map[string]any
	if err := json.Unmarshal([]byte(out), &docs); err != nil {
		t.Fatalf("not a JSON array of objects: %v", err)
	}
	if len(docs) == 0 {
		t.Fatal("empty array")
	}
	kinds := map[string]string{"doc": "string", "title": "string", "departement": "string", "period": "string",
		"axes": "float64", "fiches": "float64", "warnings": "[]interface {}", "undated": "[]interface {}"}
	for _, d := range docs {
		for key, kind := range kinds {
			v, ok := d[key]
			if !ok {
				t.Errorf("%v: no key %q", d["doc"], key)
				continue
			}
			if got := fmt.Sprintf("%T", v); got != kind {
				t.Errorf("%v: %q is %s (%v), want %s", d["doc"], key, got, v, kind)
			}
		}
	}
	// Accented text is written as is, not as \u escapes or HTML entities.
	if !strings.Contains(out, `"departement": "Isère"`) {
		t.Errorf("Isère is not written as is:\n%s", out)
	}
}

// The text report is what the administrator reads: the counts, the
// calendar entries to fix, and at most ten of them.
func TestCheckTextReport(t *testing.T) {
	t.Parallel()
	t.Run("shipped", func(t *testing.T) {
		code, out, stderr := checkCmd(t, "check")
		if code != 0 || stderr != "" {
			t.Fatalf("exit %d, stderr %q", code, stderr)
		}
		for _, want := range []string{
			"isere-2020-2024\n",
			"  Département  Isère\n",
			"  Période      2020-2024\n",
			"  Adoption     (non trouvée)\n",
			"  Fiches       32 : 32 avec pilotes, 32 avec partenaires, 32 avec échéances datées\n",
			"  Calendrier   90 entrées, toutes datées\n",
			"moselle-2019-2023\n",
			"  Axes         5\n               Orientation 1 : AGIR EN PREVENTION",
			"  Fiches       14 : 14 avec pilotes, 14 avec partenaires, 0 avec échéances datées\n",
			"  Calendrier   aucune entrée\n",
			"\n2 documents vérifiés, dont 0 sans rien d'utilisable.\n",
		} {
			if !strings.Contains(out, want) {
				t.Errorf("report lacks %q:\n%s", want, out)
			}
		}
	})
	t.Run("many undated entries", func(t *testing.T) {
		// Twelve fiches whose deadline is "à définir": the list stops at
		// ten so that a bad document does not bury the rest of the report.
		var b strings.Builder
		b.WriteString("# Schéma départemental de protection de l'enfance du Cantal 2022-2026\n\n## Axe 1 : Prévenir\n")
		for i := 1; i <= 12; i++ {
			fmt.Fprintf(&b, "\n### Fiche %d – Action %d\n\n**Objectifs**\n\n- Objectif %d\n\nPilote : Direction enfance famille\nPartenaires : CAF\nÉchéance : à définir\n", i, i, i)
		}
		dir := writeDocs(t, map[string]string{"cantal-2022-2026.md": b.String()})
		code, out, stderr := checkCmd(t, "check", "--corpus", dir)
		if code != 0 {
			t.Fatalf("exit %d: %s", code, stderr)
		}
		for _, want := range []string{
			"  Calendrier   12 entrées, 0 datées ; 12 illisibles :\n",
			`fiche 10, ligne `,
			"… et 2 de plus (--json les liste toutes)\n",
		} {
			if !strings.Contains(out, want) {
				t.Errorf("report lacks %q:\n%s", want, out)
			}
		}
		if strings.Contains(out, "fiche 11,") {
			t.Errorf("more than ten undated entries listed:\n%s", out)
		}
	})
}

// A document the bot cannot answer from must fail the check (exit 1) after
// the report is printed, so a deployment script stops.
func TestCheckNothingUsable(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name  string
		files map[string]string
		bad   string // the unusable document's id
	}{
		// What pdftotext gives for a scanned PDF: page numbers and form feeds.
		{name: "scanned PDF", files: map[string]string{"scan.txt": "1\n\n\f2\n\n\f3\n"}, bad: "scan"},
		{name: "title only", files: map[string]string{"notes.md": "Notes de réunion\n"}, bad: "notes"},
		// A good document beside it does not hide the bad one.
		{name: "beside a good document", files: map[string]string{"scan.txt": "1\n\n\f2\n", "bon-2022-2026.md": "# Schéma 2022-2026\n\n## Axe 1 : Prévenir\n\nPrévenir tôt.\n"}, bad: "scan"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			dir := writeDocs(t, tt.files)
			code, out, stderr := checkCmd(t, "check", "--corpus", dir)
			if code != 1 {
				t.Errorf("exit %d, want 1", code)
			}
			if !strings.Contains(out, tt.bad+"\n") || !strings.Contains(out, "RIEN D'UTILISABLE") {
				t.Errorf("the report does not say %s is unusable:\n%s", tt.bad, out)
			}
			if want := fmt.Sprintf("dont %d sans rien d'utilisable.\n", 1); !strings.HasSuffix(out, want) {
				t.Errorf("report does not end with %q:\n%s", want, out)
			}
			if stderr != "schemabot check: rien d'utilisable dans "+tt.bad+"\n" {
				t.Errorf("stderr %q", stderr)
			}
			// --json fails the same way, with the document marked.
			reports := checkReports(t, 1, "--corpus", dir)
			if r, ok := reports[tt.bad]; !ok || r.Usable || r.Fiches != 0 || r.Axes != 0 || r.SectionsWithText != 0 {
				t.Errorf("JSON report %+v", r)
			}
			if len(reports) != len(tt.files) {
				t.Errorf("%d documents in the JSON, want %d", len(reports), len(tt.files))
			}
		})
	}
}

// Mistakes on the command line give one clear line and no report.
func TestCheckErrors(t *testing.T) {
	t.Parallel()
	missing := filepath.Join(t.TempDir(), "nowhere")
	empty := t.TempDir()
	tests := []struct {
		name string
		args []string
		code int
		want string // in stderr
	}{
		{"missing corpus", []string{"check", "--corpus", missing}, 1, "nowhere"},
		{"directory without documents", []string{"check", "--corpus", empty}, 1, "aucun document .md, .txt, .pdf, .csv, .docx, .odt ou .html"},
		{"stray argument", []string{"check", "isere-2020-2024"}, 2, "--corpus"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, stderr := checkCmd(t, tt.args...)
			if code != tt.code || out != "" {
				t.Errorf("exit %d, stdout %q; want exit %d and no report", code, out, tt.code)
			}
			if strings.Count(stderr, "\n") != 1 || !strings.Contains(stderr, tt.want) {
				t.Errorf("stderr %q, want one line mentioning %q", stderr, tt.want)
			}
		})
	}
}

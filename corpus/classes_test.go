package corpus_test

// Layouts read as classes rather than documents: a project tool's Gantt
// export, labels shortened with a dot, and actions lettered A, B, C… (in a
// web page saved by a text browser and in plain text). Each class has
// fixtures of its own in testdata/classes, in other départements' words.

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"schemabot/corpus"
)

// loadClass loads a fixture of testdata/classes.
func loadClass(t *testing.T, file string) *corpus.Document {
	t.Helper()
	d, err := corpus.LoadFile(context.Background(), filepath.Join("testdata", "classes", file))
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// due is a milestone a fiche must hold: the start of its label, its text
// as printed and its first and last days.
type due struct{ label, raw, start, end string }

// milestonesAre checks a fiche's milestones against want, in order.
func milestonesAre(t *testing.T, fiche string, ms []corpus.Milestone, want []due) {
	t.Helper()
	if len(ms) != len(want) {
		t.Errorf("fiche %s: %d milestones %+v, want %d", fiche, len(ms), ms, len(want))
		return
	}
	for i, w := range want {
		m := ms[i]
		start, end := m.Start.Format(time.DateOnly), m.End.Format(time.DateOnly)
		if !strings.HasPrefix(m.Label, w.label) || m.Raw != w.raw || start != w.start || end != w.end {
			t.Errorf("fiche %s: milestone %q %q %s–%s, want %q… %q %s–%s", fiche, m.Label, m.Raw, start, end, w.label, w.raw, w.start, w.end)
		}
	}
}

// fieldWant is what a fiche's field must hold, item by item.
type fieldWant struct {
	name      string
	got, want []string
}

// fieldsAre checks a fiche's fields, each against what it must hold.
func fieldsAre(t *testing.T, fiche string, fields ...fieldWant) {
	t.Helper()
	for _, c := range fields {
		if !slices.Equal(c.got, c.want) {
			t.Errorf("fiche %s: %s %q, want %q", fiche, c.name, c.got, c.want)
		}
	}
}

// wantMilestone is a milestone a fiche's calendar must hold: a part of its
// label ("" for the span of the action) and its first and last days.
type wantMilestone struct{ label, start, end string }

func TestGanttTimeline(t *testing.T) {
	for _, tc := range []struct {
		file   string
		axes   []string
		fiches []string
		// fiche is the one whose fields and milestones are checked.
		fiche, pilot, partner, indicator string
		milestones                       []wantMilestone
		sections                         []string
		glossary                         int
	}{
		{
			// Quarters written "T1 2025", a legend, summary rows found by
			// their outline number, abbreviated headers, blocks below.
			file:   "gers-gantt-trimestres.csv",
			axes:   []string{"Axe 1 : Prévention précoce", "Axe 2 : Accueil des enfants confiés"},
			fiches: []string{"1.1", "1.2", "2.1"},
			fiche:  "2.1", pilot: "Service de l'aide sociale à l'enfance", partner: "Associations habilitées",
			indicator: "Nombre d'enfants suivis à domicile",
			milestones: []wantMilestone{
				{"", "2025-07-01", "2026-12-31"},
				{"autorisation délivrée (étape intermédiaire)", "2026-01-01", "2026-03-31"},
				{"30 places ouvertes (livrable final)", "2026-10-01", "2026-12-31"},
			},
			sections: []string{"Chiffres du diagnostic"},
			glossary: 2,
		},
		{
			// Months as ISO columns, "x" marks and "x Guide publié",
			// English headers, no legend, summary rows named as axes.
			file:   "landes-gantt-mois.csv",
			axes:   []string{"Axe 1 : Repérer les situations de danger", "Axe 2 : Accompagner les jeunes majeurs"},
			fiches: []string{"1.1", "1.2", "2.1"},
			fiche:  "1.2", pilot: "Direction enfance famille", partner: "Parquet", indicator: "Nombre de guides diffusés",
			milestones: []wantMilestone{
				{"", "2025-03-01", "2025-06-30"},
				{"Guide publié", "2025-06-01", "2025-06-30"},
			},
		},
	} {
		t.Run(tc.file, func(t *testing.T) {
			d := loadClass(t, tc.file)
			var axes, ids []string
			for _, a := range d.Axes {
				axes = append(axes, a.Label())
			}
			for _, f := range d.Fiches {
				ids = append(ids, f.ID)
			}
			if strings.Join(axes, "|") != strings.Join(tc.axes, "|") {
				t.Errorf("axes %q, want %q: summary rows head their actions", axes, tc.axes)
			}
			if strings.Join(ids, "|") != strings.Join(tc.fiches, "|") {
				t.Errorf("fiches %q, want %q: one an action row, coded by its outline number", ids, tc.fiches)
			}
			f := d.Fiche(tc.fiche)
			if f == nil {
				t.Fatalf("no fiche %s", tc.fiche)
			}
			if got := strings.Join(f.Pilots.Texts(), "|"); got != tc.pilot {
				t.Errorf("pilots %q, want %q", got, tc.pilot)
			}
			if got := strings.Join(f.Partners.Texts(), "|"); !strings.Contains(got, tc.partner) {
				t.Errorf("partners %q, want %q", got, tc.partner)
			}
			if got := strings.Join(f.Indicators.Texts(), "|"); got != tc.indicator {
				t.Errorf("indicators %q, want %q", got, tc.indicator)
			}
			if len(f.Milestones) != len(tc.milestones) {
				t.Fatalf("milestones %+v, want %d", f.Milestones, len(tc.milestones))
			}
			for i, w := range tc.milestones {
				m := f.Milestones[i]
				if m.Label != w.label || !m.Start.Equal(date(w.start)) || !m.End.Equal(date(w.end)) {
					t.Errorf("milestone %d = %q %s–%s, want %q %s–%s", i, m.Label, m.Start.Format("2006-01-02"), m.End.Format("2006-01-02"), w.label, w.start, w.end)
				}
			}
			for _, h := range tc.sections {
				found := false
				for _, s := range d.Sections {
					found = found || s.Heading == h && len(s.Paragraphs) > 0
				}
				if !found {
					t.Errorf("no section %q with text: a block below the table is no action's", h)
				}
			}
			if len(d.Glossary) != tc.glossary {
				t.Errorf("%d glossary entries, want %d", len(d.Glossary), tc.glossary)
			}
		})
	}
}

// A column of years over amounts is no timeline: its cells are fields.
func TestTimelineNeedsMarks(t *testing.T) {
	csv := "N°;Intitulé;Pilote;Partenaires;Objectifs;2024;2025;2026\n" +
		"1.1;Créer un accueil de jour;Service ASE;CAF;Éviter des placements;50 000 €;80 000 €;80 000 €\n" +
		"1.2;Former les assistants familiaux;Service accueil familial;IRTS;Fidéliser;10 000 €;10 000 €;\n" +
		"1.3;Ouvrir une maison des familles;Mission parentalité;Commune;Soutenir les parents;;20 000 €;20 000 €\n"
	p := filepath.Join(t.TempDir(), "budget.csv")
	if err := os.WriteFile(p, []byte(csv), 0o644); err != nil {
		t.Fatal(err)
	}
	d, err := corpus.LoadFile(context.Background(), p)
	if err != nil {
		t.Fatal(err)
	}
	f := d.Fiche("1.1")
	if f == nil {
		t.Fatal("no fiche 1.1")
	}
	if len(f.Milestones) != 0 {
		t.Errorf("milestones %+v from amounts", f.Milestones)
	}
	if text := d.Text(f.Span); !strings.Contains(text, "2024 : 50 000 €") {
		t.Errorf("fiche text %q, want the amount of 2024 under its year", text)
	}
}

// Labels shortened with a dot read as the labels they shorten; the dot is
// what makes them labels.
func TestAbbreviatedLabels(t *testing.T) {
	for _, tt := range []struct {
		line  string
		field string // "" when the line is no label
	}{
		{"Resp. : Service de PMI", "pilots"},
		{"Pilot. : Service de PMI", "pilots"},
		{"Part. : CAF", "partners"},
		{"Partenaires assoc. : CAF", "partners"},
		{"Obj. : Réduire les délais", "objectives"},
		{"Obj. op. : Réduire les délais", "objectives"},
		{"Éch. : 2025", "calendar"},
		{"Calend. : 2025", "calendar"},
		{"Ind. : Nombre de visites", "indicators"},
		{"Indic. : Nombre de visites", "indicators"},
		{"Contenu : Deux ateliers", "actions"},
		// No abbreviation: a noun, an abbreviation of two fields, one too
		// short, a remark.
		{"Part des enfants confiés : 24 %", ""},
		{"Act. : Deux ateliers", ""},
		{"Ob. : Réduire les délais", ""},
		{"Com. : à confirmer", ""},
	} {
		// A line that is no label goes on with the field above it.
		f := oneFiche(t, "Constat : une hausse des besoins\n"+tt.line+"\n")
		got := ""
		for name, fld := range map[string]corpus.Field{"pilots": f.Pilots, "partners": f.Partners, "objectives": f.Objectives,
			"calendar": f.Calendar, "indicators": f.Indicators, "actions": f.Actions} {
			if !fld.Empty() {
				got = name
			}
		}
		if got != tt.field {
			t.Errorf("%q read into %q, want %q", tt.line, got, tt.field)
		}
	}
}

// A header row of abbreviated labels is a table of actions.
func TestAbbreviatedHeader(t *testing.T) {
	csv := "N°;Intitulé;Resp.;Part.;Obj.;Éch.;Ind.\n" +
		"1;Créer une CRIP unique;Direction enfance;Parquet;Traiter les IP en trois mois;2025;Délai moyen\n" +
		"2;Recruter des assistants familiaux;Service accueil familial;France Travail;Compenser les départs;2026;Agréments\n"
	p := filepath.Join(t.TempDir(), "abrege.csv")
	if err := os.WriteFile(p, []byte(csv), 0o644); err != nil {
		t.Fatal(err)
	}
	d, err := corpus.LoadFile(context.Background(), p)
	if err != nil {
		t.Fatal(err)
	}
	f := d.Fiche("2")
	if f == nil {
		t.Fatalf("no fiche 2 in %d fiches", len(d.Fiches))
	}
	if p := strings.Join(f.Pilots.Texts(), ""); p != "Service accueil familial" {
		t.Errorf("pilots %q", p)
	}
	if len(f.Milestones) != 1 || f.Milestones[0].End.Year() != 2026 {
		t.Errorf("milestones %+v", f.Milestones)
	}
	if i := strings.Join(f.Indicators.Texts(), ""); i != "Agréments" {
		t.Errorf("indicators %q", i)
	}
}

// Actions lettered A, B, C… are fiches "A", "B", "C", under Roman
// orientations or none.
func TestLetteredActions(t *testing.T) {
	for _, tc := range []struct {
		file   string
		axes   []string
		fiches string
		// fiche is checked for its axis, pilot and last indicator.
		fiche, axis, pilot, indicator string
		// after is the section that follows the last fiche.
		after string
	}{
		{
			// A web page saved by a text browser: link numbers, labels
			// alone and their values indented below, a link back to the
			// top after each action, the list of links at the end.
			file: "lot-2024-2028.txt", axes: []string{"Orientation I", "Orientation II"}, fiches: "A B C D E",
			fiche: "E", axis: "Orientation II : Accueillir les enfants confiés", pilot: "Service jeunes majeurs",
			indicator: "Nombre de jeunes logés à 21 ans.", after: "Le suivi du plan",
		},
		{
			// Plain text, "Mesure A –", labels run in before a colon.
			file: "cher-2023-2027.txt", fiches: "A B C D",
			fiche: "C", pilot: "Service de l'aide sociale à l'enfance", indicator: "Nombre de places ouvertes",
		},
	} {
		t.Run(tc.file, func(t *testing.T) {
			d := loadClass(t, tc.file)
			var axes, ids []string
			for _, a := range d.Axes {
				axes = append(axes, a.Kind+" "+a.Numeral)
			}
			for _, f := range d.Fiches {
				ids = append(ids, f.ID)
			}
			if strings.Join(axes, "|") != strings.Join(tc.axes, "|") {
				t.Errorf("axes %q, want %q", axes, tc.axes)
			}
			if strings.Join(ids, " ") != tc.fiches {
				t.Errorf("fiches %q, want %s", ids, tc.fiches)
			}
			f := d.Fiche(strings.ToLower(tc.fiche))
			if f == nil {
				t.Fatalf("no fiche %s", tc.fiche)
			}
			if f.Axis != tc.axis {
				t.Errorf("axis %q, want %q", f.Axis, tc.axis)
			}
			if p := strings.Join(f.Pilots.Texts(), "|"); p != tc.pilot {
				t.Errorf("pilots %q, want %q", p, tc.pilot)
			}
			if ind := f.Indicators.Texts(); len(ind) == 0 || ind[len(ind)-1] != tc.indicator {
				t.Errorf("indicators %q, want %q last: no navigation, no text after the fiche", ind, tc.indicator)
			}
			if tc.after == "" {
				return
			}
			for _, s := range d.Sections {
				if s.Heading == tc.after && len(s.Paragraphs) > 0 {
					return
				}
			}
			t.Errorf("no section %q after the last fiche", tc.after)
		})
	}
}

// Letters make fiches only as a run from A: "catégorie A, B, C" and Roman
// numbers are no fiches.
func TestLettersNoRun(t *testing.T) {
	for _, doc := range []string{
		"Schéma 2024-2028\n\nAction I – Prévenir\n\nPilote : PMI\n\nAction V – Protéger\n\nPilote : ASE\n\nAction X – Accueillir\n\nPilote : ASE\n",
		"Schéma 2024-2028\n\nAction B – Prévenir\n\nPilote : PMI\n\nAction C – Protéger\n\nPilote : ASE\n\nAction D – Accueillir\n\nPilote : ASE\n",
		"Schéma 2024-2028\n\nAgents de catégorie A\n\nAgents de catégorie B\n\nAgents de catégorie C\n",
	} {
		d, err := corpus.Parse("x", "x.txt", []byte(doc))
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range d.Fiches {
			if len(f.ID) == 1 {
				t.Errorf("%q: fiche %q from letters that are no run from A", doc, f.ID)
			}
		}
	}
}

// A report that prints its axes nowhere but in a row of each fiche ("Axe
// de rattachement : Axe 2 – …", "Orientation : 3 – …") files its fiches
// under those axes.
func TestAxisNamedByAField(t *testing.T) {
	d := loadClass(t, "haute-garonne-fiches-tableaux.txt")
	want := map[string]int{"F.1.1": 1, "F.1.2": 1, "F.2.1": 2, "F.2.2": 2, "F.3.1": 3, "F.3.2": 3}
	for id, axis := range want {
		f := d.Fiche(id)
		if f == nil {
			t.Errorf("fiche %s not read (fiches: %d)", id, len(d.Fiches))
			continue
		}
		if f.AxisNumber != axis {
			t.Errorf("fiche %s: axis %d (%q), want %d", id, f.AxisNumber, f.Axis, axis)
		}
	}
	var titles []string
	for _, a := range d.Axes {
		titles = append(titles, a.Title)
	}
	if got := strings.Join(titles, " | "); !strings.Contains(got, "Protéger sans attendre") || !strings.Contains(got, "Préparer l'âge adulte") {
		t.Errorf("axes %q, want the three axes the fiches name", got)
	}
}

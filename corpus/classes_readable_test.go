package corpus_test

// Three more layouts read as classes: the minutes of a steering committee
// that tell each fiche in running prose, a sheet transposed one column a
// fiche, and a version easy to read whose labels are plain questions.
// Each class has two fixtures of its own in testdata/classes.

import (
	"strings"
	"testing"

	"schemabot/corpus"
)

// wantFiche is what a class test checks of one fiche: its axis and a part
// of each field, "" for a field left unchecked.
type wantFiche struct {
	id, axis                                         string
	pilot, partner, objective, action, calendar, ind string
	diagnostic                                       string
}

// checkFiche reports the fields of d's fiche w.id that do not hold what w
// wants.
func checkFiche(t *testing.T, d *corpus.Document, w wantFiche) {
	t.Helper()
	f := d.Fiche(w.id)
	if f == nil {
		t.Fatalf("no fiche %s", w.id)
	}
	if w.axis != "" && !strings.HasPrefix(f.Axis, w.axis) {
		t.Errorf("fiche %s: axis %q, want %q", w.id, f.Axis, w.axis)
	}
	for _, c := range []struct {
		name, want string
		items      []corpus.Item
	}{
		{"pilots", w.pilot, f.Pilots.Items},
		{"partners", w.partner, f.Partners.Items},
		{"objectives", w.objective, f.Objectives.Items},
		{"actions", w.action, f.Actions.Items},
		{"calendar", w.calendar, f.Calendar.Items},
		{"indicators", w.ind, f.AllIndicators()},
		{"diagnostic", w.diagnostic, f.Diagnostic.Items},
	} {
		var texts []string
		for _, it := range c.items {
			texts = append(texts, it.Text)
		}
		if got := strings.Join(texts, " | "); c.want != "" && !strings.Contains(got, c.want) {
			t.Errorf("fiche %s: %s %q, want %q", w.id, c.name, got, c.want)
		}
	}
}

// ids returns the ids of a document's fiches, joined by spaces.
func ids(d *corpus.Document) string {
	var out []string
	for _, f := range d.Fiches {
		out = append(out, f.ID)
	}
	return strings.Join(out, " ")
}

func TestMinutesProse(t *testing.T) {
	for _, tc := range []struct {
		file, fiches string
		glossary     int
		checks       []wantFiche
		// notIn are texts that belong to no field: the minutes' own
		// sentences, a sentence of diagnosis with a year.
		notIn []string
	}{
		{
			// "Chantier I.1 —" under axis headings, pilots named in
			// sentences, "Statut : …", decisions and an indented table of
			// acronyms in annex.
			file: "ain-copil-2025-2029.txt", fiches: "I.1 I.2 II.1 II.2", glossary: 4,
			checks: []wantFiche{
				{id: "I.1", axis: "Axe I", pilot: "Mme Roux, médecin de PMI, pilotera ce chantier", partner: "CPAM de l'Ain",
					objective: "une visite à chaque famille", action: "livret d'accueil", calendar: "Échéance : protocole signé en juin 2025",
					ind: "part des naissances"},
				{id: "II.2", axis: "Axe II", pilot: "mission Formation", partner: "CNFPT", calendar: "fin 2026", ind: "professionnels formés"},
			},
			notIn: []string{"41 % des naissances", "validés à l'unanimité"},
		},
		{
			// "Action II.1 :" under no axis heading: the Roman number
			// names the axis listed before.
			file: "tarn-groupe-travail-2024-2028.txt", fiches: "I.1 I.2 II.1 II.2", glossary: 3,
			checks: []wantFiche{
				{id: "I.1", axis: "Orientation I ", pilot: "Le service de PMI", partner: "CAF du Tarn",
					calendar: "décembre 2025", ind: "nombre de parents accompagnés"},
				{id: "II.2", axis: "Orientation II ", pilot: "M. Bernard, chef du service Jeunes majeurs", partner: "missions locales",
					objective: "sans logement", action: "entretien d'autonomie"},
			},
			notIn: []string{"se réunira de nouveau"},
		},
	} {
		t.Run(tc.file, func(t *testing.T) {
			d := loadClass(t, tc.file)
			if got := ids(d); got != tc.fiches {
				t.Errorf("fiches %q, want %q: one a coded heading, the decisions no fiche", got, tc.fiches)
			}
			for _, w := range tc.checks {
				checkFiche(t, d, w)
			}
			for _, f := range d.Fiches {
				for _, fld := range []corpus.Field{f.Pilots, f.Partners, f.Objectives, f.Actions, f.Calendar, f.Indicators} {
					for _, it := range fld.Items {
						for _, n := range tc.notIn {
							if strings.Contains(it.Text, n) {
								t.Errorf("fiche %s: %q read as a field", f.ID, it.Text)
							}
						}
					}
				}
			}
			if len(d.Glossary) != tc.glossary {
				t.Errorf("%d glossary entries, want %d", len(d.Glossary), tc.glossary)
			}
		})
	}
}

func TestTransposedSheet(t *testing.T) {
	for _, tc := range []struct {
		file, fiches string
		axes         []string
		// alias is a code as the header writes it, which must name the
		// same fiche as its number.
		alias, aliasOf string
		glossary       int
		checks         []wantFiche
	}{
		{
			// "OS 1.1" heads each column, an "Axe" row, "•" lists, a
			// context block above and a glossary below.
			file: "cher-transpose-2024-2028.csv", fiches: "1.1 1.2 2.1 2.2",
			axes:  []string{"Axe 1 : Prévenir les difficultés", "Axe 2 : Accueillir chaque enfant"},
			alias: "OS 2.1", aliasOf: "2.1", glossary: 2,
			checks: []wantFiche{
				{id: "2.1", axis: "Axe 2", pilot: "Service Accueil familial", partner: "France Travail", objective: "40 nouveaux agréments",
					action: "Relais de répit", calendar: "2024-2028", ind: "Nombre d'agréments par an"},
				{id: "1.1", axis: "Axe 1", pilot: "Service de PMI", calendar: "Juin 2025"},
			},
		},
		{
			// "Fiche 1" heads each column, separated by commas, an
			// "Orientation" row of bare numbers, "1)" lists.
			file: "nievre-transpose-2025-2029.csv", fiches: "1 2 3 4",
			axes: []string{"Orientation 1 : ", "Orientation 2 : "},
			checks: []wantFiche{
				{id: "3", axis: "Orientation 2", pilot: "Cellule de recueil", partner: "Parquet de Nevers", action: "2) Protocole avec le parquet",
					calendar: "fin 2025", ind: "Délai moyen"},
			},
		},
	} {
		t.Run(tc.file, func(t *testing.T) {
			d := loadClass(t, tc.file)
			if got := ids(d); got != tc.fiches {
				t.Errorf("fiches %q, want %q: one a column", got, tc.fiches)
			}
			var axes []string
			for _, a := range d.Axes {
				axes = append(axes, a.Label())
			}
			if strings.Join(axes, "|") != strings.Join(tc.axes, "|") {
				t.Errorf("axes %q, want %q", axes, tc.axes)
			}
			if tc.alias != "" {
				if f := d.Fiche(tc.alias); f == nil || f.ID != tc.aliasOf {
					t.Errorf("fiche %q = %+v, want fiche %s", tc.alias, f, tc.aliasOf)
				}
			}
			for _, w := range tc.checks {
				checkFiche(t, d, w)
			}
			if len(d.Glossary) != tc.glossary {
				t.Errorf("%d glossary entries, want %d", len(d.Glossary), tc.glossary)
			}
		})
	}
}

func TestEasyRead(t *testing.T) {
	for _, tc := range []struct {
		file, fiches string
		glossary     int
		checks       []wantFiche
	}{
		{
			// A PDF: "Mesure clé n°2" under "PRIORITÉ 1", a table of
			// contents whose pages follow one space after the titles.
			file: "lozere-facile-2025-2029.pdf", fiches: "1 2 3 4", glossary: 3,
			checks: []wantFiche{
				{id: "2", axis: "Priorité 1 : Aider les familles tôt", pilot: "La CAF et le Département", partner: "centres sociaux",
					action: "cafés des parents", calendar: "Septembre 2026", ind: "parents venus", diagnostic: "peu de lieux"},
				{id: "4", axis: "Priorité 2", pilot: "Jeunes majeurs", calendar: "2027"},
			},
		},
		{
			// Text kept in its layout, page breaks, running header and
			// footer: "Action phare 3", "Pourquoi agir ?", "Quand ?".
			file: "gard-facile-2025-2029.txt", fiches: "1 2 3", glossary: 3,
			checks: []wantFiche{
				{id: "1", axis: "Engagement 1", pilot: "service de PMI", partner: "Marvejols, la CAF", action: "Recruter 3 puéricultrices",
					calendar: "fin 2026", ind: "Nombre de visites", diagnostic: "Trop peu de familles"},
				{id: "3", axis: "Engagement 2", pilot: "Accueil familial", calendar: "de 2025 à 2029"},
			},
		},
	} {
		t.Run(tc.file, func(t *testing.T) {
			if strings.HasSuffix(tc.file, ".pdf") {
				needPdftotext(t)
			}
			d := loadClass(t, tc.file)
			if got := ids(d); got != tc.fiches {
				t.Errorf("fiches %q, want %q: one a page, none from the table of contents alone", got, tc.fiches)
			}
			for _, f := range d.Fiches {
				if f.FromTOC {
					t.Errorf("fiche %s known only from the table of contents", f.ID)
				}
			}
			for _, w := range tc.checks {
				checkFiche(t, d, w)
			}
			if len(d.Glossary) != tc.glossary {
				t.Errorf("%d glossary entries, want %d: the hanging list of plain words", len(d.Glossary), tc.glossary)
			}
		})
	}
}

// TestRomanDottedLabels pins codes numbered under a Roman axis number
// with a dot, as readers write them.
func TestRomanDottedLabels(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"III.2", "III.2"}, {"iv.1", "IV.1"}, {"II.3", "II.3"}, {"VIII.1", "VIII.1"}, {"II-3", "II-3"}, {"XYZ.1", ""},
	} {
		if got := corpus.CanonicalFicheID(tc.in); got != tc.want {
			t.Errorf("CanonicalFicheID(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestSentencesKeepTitles pins the full stops that end no sentence: an
// initial or a title before a name.
func TestSentencesKeepTitles(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want int
	}{
		{"M. Perrin pilotera ce chantier. Il rappelle le contexte.", 2},
		{"Le Dr. Faure et J. Martin copilotent. Échéance : 2025.", 2},
		{"Le chantier est validé. Statut : validé.", 2},
	} {
		if got := corpus.Sentences(tc.in); len(got) != tc.want {
			t.Errorf("Sentences(%q) = %q, want %d sentences", tc.in, got, tc.want)
		}
	}
}

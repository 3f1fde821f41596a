package corpus_test

// Layout habits that made the parser misread a document, each with a
// fixture of its own in testdata/classes: a title in capitals that opens
// on a label's verb, a label | value table whose long labels the
// conversion set apart by spaces, a field's label run in after a
// sentence, chapters numbered 1, 2, 3… with no blank line around them,
// numbered chapters in markdown one level above fiches numbered alike, and
// a table of figures whose columns say what the figures are.

import (
	"context"
	"slices"
	"strings"
	"testing"

	"schemabot/corpus"
)

// readFiche is what a reader of a fixture finds in one fiche: "" or nil
// for what is not checked.
type readFiche struct {
	id, title  string
	pilots     []string
	partners   []string
	objectives []string
	actions    []string
	// indicators are the fiche's indicators of every kind.
	indicators []string
	// when is the first calendar item.
	when string
}

// checkReadFiche compares a fiche of d with what a reader expects.
// classCase is a fixture of a layout class and what a reader expects of
// it: its axes by title (nil: not checked), fiche ids, fiches and glossary.
type classCase struct {
	file     string
	why      string
	axes     []string
	fiches   []string
	want     []readFiche
	glossary map[string]string
}

// runClassCases checks each case's document, then what more checks, when
// not nil, expects of it; a failure names the rule the case stands for.
func runClassCases(t *testing.T, cases []classCase, more func(*testing.T, *corpus.Document)) {
	for _, tc := range cases {
		t.Run(tc.file, func(t *testing.T) {
			d := loadClass(t, tc.file)
			checkReadDocument(t, d, axisTitle, tc.axes, tc.fiches, tc.want, tc.glossary)
			if more != nil {
				more(t, d)
			}
			if t.Failed() {
				t.Logf("the rule: %s", tc.why)
			}
		})
	}
}

// checkReadDocument checks what a reader expects of a document as a whole:
// its axes as axisName names them (unless wantAxes is nil), its fiche ids
// in order, the fiches of want, and that each acronym of glossary expands
// as given.
func checkReadDocument(t *testing.T, d *corpus.Document, axisName func(corpus.Axis) string, wantAxes, wantIDs []string, want []readFiche, glossary map[string]string) {
	t.Helper()
	var axes, ids []string
	for _, a := range d.Axes {
		axes = append(axes, axisName(a))
	}
	for _, f := range d.Fiches {
		ids = append(ids, f.ID)
	}
	if wantAxes != nil && !slices.Equal(axes, wantAxes) {
		t.Errorf("axes %q, want %q", axes, wantAxes)
	}
	if !slices.Equal(ids, wantIDs) {
		t.Errorf("fiches %q, want %q", ids, wantIDs)
	}
	for _, w := range want {
		checkReadFiche(t, d, w)
	}
	for acr, exp := range glossary {
		if got := d.Expand(acr); got != exp {
			t.Errorf("glossary %s: %q, want %q", acr, got, exp)
		}
	}
}

// axisTitle and axisLabel name an axis by its title alone or by its label.
func axisTitle(a corpus.Axis) string { return a.Title }
func axisLabel(a corpus.Axis) string { return a.Label() }

// loadReadFiches loads a class's fixture and checks that it reads exactly
// the fiches ids, in their order, each of want as it should be.
func loadReadFiches(t *testing.T, file string, ids []string, want []readFiche) *corpus.Document {
	t.Helper()
	d, err := corpus.LoadFile(context.Background(), file)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range d.Fiches {
		got = append(got, f.ID)
	}
	if !slices.Equal(got, ids) {
		t.Errorf("fiches %q, want %q", got, ids)
	}
	for _, w := range want {
		checkReadFiche(t, d, w)
	}
	return d
}

func checkReadFiche(t *testing.T, d *corpus.Document, w readFiche) {
	t.Helper()
	f := d.Fiche(w.id)
	if f == nil {
		t.Fatalf("no fiche %s", w.id)
	}
	if w.title != "" && f.Title != w.title {
		t.Errorf("fiche %s: title %q, want %q", w.id, f.Title, w.title)
	}
	for _, c := range []struct {
		name      string
		got, want []string
	}{
		{"pilots", f.Pilots.Texts(), w.pilots},
		{"partners", f.Partners.Texts(), w.partners},
		{"objectives", f.Objectives.Texts(), w.objectives},
		{"actions", f.Actions.Texts(), w.actions},
		{"indicators", texts(f.AllIndicators()), w.indicators},
	} {
		if c.want != nil && !slices.Equal(c.got, c.want) {
			t.Errorf("fiche %s: %s %q, want %q", w.id, c.name, c.got, c.want)
		}
	}
	if w.when != "" && (f.Calendar.Empty() || f.Calendar.Items[0].Text != w.when) {
		t.Errorf("fiche %s: calendar %q, want first %q", w.id, f.Calendar.Texts(), w.when)
	}
}

func TestReadingClasses(t *testing.T) {
	for _, tc := range []struct {
		file   string
		why    string
		fiches []string
		want   []readFiche
	}{
		{
			file:   "ardennes-titre-verbe.txt",
			why:    "a title in capitals that opens on the verb of a label's head word is the fiche's title",
			fiches: []string{"1.1", "2.1", "2.2"},
			want: []readFiche{
				{id: "2.1", title: "CONSTATER ET PARTAGER LES BESOINS DES FAMILLES",
					pilots: []string{"Observatoire départemental de la protection de l'enfance"}},
				{id: "2.2", title: "PILOTER, ANIMER ET ÉVALUER LE SCHÉMA",
					pilots: []string{"Direction de l'enfance et de la famille"}},
			},
		},
		{
			file:   "gironde-libelles-longs-layout.txt",
			why:    "a run of spaces ends a label of the vocabulary, however many words it has",
			fiches: []string{"C.1", "C.2"},
			want: []readFiche{
				{id: "C.1", title: "OUVRIR UNE MAISON DES FAMILLES",
					pilots:     []string{"Mission parentalité"},
					objectives: []string{"Offrir un lieu d'accueil sans rendez-vous"},
					actions:    []string{"Ouvrir une maison des familles à Libourne", "Organiser des permanences de la CAF chaque semaine"},
					indicators: []string{"Nombre de familles accueillies"}},
				{id: "C.2",
					objectives: []string{"Repérer plus tôt les difficultés des parents"},
					actions:    []string{"Proposer deux journées de formation par an", "Créer un guide du repérage"},
					indicators: []string{"Nombre de professionnels formés", "Nombre de guides diffusés"}},
			},
		},
		{
			file:   "var-facile-objectif-incise.txt",
			why:    "a label and its colon after a full stop open that field, and its wrapped line follows it",
			fiches: []string{"1", "2", "3"},
			want: []readFiche{
				{id: "1", objectives: []string{"3 000 visites à domicile chaque année."},
					indicators: []string{"Nombre de visites faites."}},
				{id: "2", objectives: []string{"40 nouvelles familles d'accueil agréées."}},
				{id: "3", objectives: []string{}},
			},
		},
		{
			file:   "essonne-chapitres-numerotes.txt",
			why:    "the chapter after the last fiche is no field of it",
			fiches: []string{"1", "2", "3"},
			want: []readFiche{
				{id: "3", title: "Recruter des assistants familiaux", actions: []string{},
					indicators: []string{"nombre d'agréments délivrés."}},
			},
		},
		{
			file:   "aisne-sous-chapitres-numerotes.md",
			why:    "fiches are the headings of one level; chapters numbered alike one level up are sections",
			fiches: []string{"1.1", "1.2", "2.1", "2.2"},
			want: []readFiche{
				{id: "1.1", title: "Généraliser l'entretien prénatal précoce", pilots: []string{"Service de PMI"}},
				{id: "1.2", title: "Ouvrir deux lieux d'accueil enfants-parents", pilots: []string{"Mission parentalité"}},
			},
		},
	} {
		t.Run(tc.file, func(t *testing.T) {
			d := loadClass(t, tc.file)
			var ids []string
			for _, f := range d.Fiches {
				ids = append(ids, f.ID)
			}
			if !slices.Equal(ids, tc.fiches) {
				t.Errorf("fiches %q, want %q", ids, tc.fiches)
			}
			for _, w := range tc.want {
				checkReadFiche(t, d, w)
			}
			if t.Failed() {
				t.Logf("the rule: %s", tc.why)
			}
			for _, w := range d.Warnings {
				if strings.Contains(w, "twice") {
					t.Errorf("warning %q", w)
				}
			}
		})
	}
}

// Sections a reader finds in the fixtures: each heading with a paragraph
// it holds, word for word.
func TestReadingClassSections(t *testing.T) {
	for _, tc := range []struct {
		file, heading, paragraph string
	}{
		// Numbered chapters with no blank line around them.
		{"essonne-chapitres-numerotes.txt", "1. Le mot du Président", "Ce schéma engage le Département et ses partenaires pour cinq ans."},
		{"essonne-chapitres-numerotes.txt", "2. Les chiffres clés", "En 2024, la cellule de recueil a reçu 5 120 informations préoccupantes."},
		{"essonne-chapitres-numerotes.txt", "5. Tableau récapitulatif des fiches", "2. Maison des adolescents DEF 2027"},
		// Chapters numbered like the fiches, one markdown level up.
		{"aisne-sous-chapitres-numerotes.md", "1.1 Le département en quelques mots", "L'Aisne compte 525 000 habitants, dont 120 000 jeunes de moins de 20 ans."},
		{"aisne-sous-chapitres-numerotes.md", "1.2 Ce que disent les professionnels", "Les professionnels décrivent des lieux d'accueil saturés."},
		// A row of figures with the date of its label column and the
		// heading of each value's column; a table without a date keeps
		// its column headings only.
		{"hautes-alpes-tableau-chiffres.md", "Les chiffres clés", "Assistants familiaux agréés (au 31/12/2023) : 388 (Hautes-Alpes) — −14 % (Évolution depuis 2019)"},
		{"hautes-alpes-tableau-chiffres.md", "Les chiffres clés", "Enfants confiés à l'ASE (au 31/12/2023) : 1 240 (Hautes-Alpes) — +9 % (Évolution depuis 2019)"},
		{"hautes-alpes-tableau-chiffres.md", "Les chiffres clés", "Maisons d'enfants : 420 (Places)"},
	} {
		t.Run(tc.file+"/"+tc.heading, func(t *testing.T) {
			d := loadClass(t, tc.file)
			var headings []string
			for _, s := range d.Sections {
				headings = append(headings, s.Heading)
				if s.Heading != tc.heading {
					continue
				}
				for _, p := range s.Paragraphs {
					if p.Text == tc.paragraph {
						return
					}
				}
				t.Fatalf("section %q has no paragraph %q: %q", tc.heading, tc.paragraph, s.Text)
			}
			t.Fatalf("no section %q among %q", tc.heading, headings)
		})
	}
}

// A sentence that holds a colon, or a label of the field being read, does
// not open a field of its own.
func TestSentenceThenLabelKeepsSentences(t *testing.T) {
	f := oneFiche(t, "Objectifs :\nAccueillir chaque enfant. Objectif : 30 places.\nÉchéance :\nEn 2026. M. Durand : le référent.\n")
	if got := f.Objectives.Texts(); !slices.Equal(got, []string{"Accueillir chaque enfant. Objectif : 30 places."}) {
		t.Errorf("objectives %q: a label of the field being read goes on with it", got)
	}
	if got := f.Calendar.Texts(); !slices.Equal(got, []string{"En 2026. M. Durand : le référent."}) {
		t.Errorf("calendar %q: a name before a colon is no label", got)
	}
}

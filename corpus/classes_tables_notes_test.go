package corpus_test

// Three layout classes: a landscape "tableau de bord" as `pdftotext
// -layout` prints it (a table whose header row is the field labels, rows
// keyed by an action's code "I.A.1", cells wrapped under centred headers,
// an "Avancement" column the model has no slot for, quarter and semester
// deadlines, objectives stated once under the orientation); markdown from
// a shared workspace (headings "Action P1 · …", run-in labels in bold with
// unusual words, pilots and partners only in footnotes, a glossary only in
// abbreviation definitions); and plain text that sets key figures and
// fields with dot leaders and underlines its fiche headings.

import (
	"slices"
	"testing"

	"schemabot/corpus"
)

func TestTableAndNoteClasses(t *testing.T) {
	runClassCases(t, []classCase{
		{
			file:   "cote-d-or-tableau-de-bord-layout.txt",
			why:    "a header row of field labels cuts its rows into fields; the code opens the row, the first sentence of 'Action et contenu' is the title",
			axes:   []string{"SOUTENIR LES PARENTS DÈS LA NAISSANCE", "PROTÉGER LES ENFANTS CONFIÉS"},
			fiches: []string{"I.A.1", "I.B.1", "II.A.1"},
			want: []readFiche{
				{id: "I.A.1", title: "Ouvrir une maternité sociale",
					pilots:     []string{"Service de PMI"},
					partners:   []string{"Centre hospitalier, sages-femmes libérales"},
					objectives: []string{"Accompagner la périnatalité"},
					actions:    []string{"Accueillir les mères isolées pendant trois mois ; former les équipes."},
					indicators: []string{"Nombre de mères accueillies"},
					when:       "T3 2027"},
				{id: "i.b.1", title: "Créer des cafés des parents",
					pilots:     []string{"Mission parentalité"},
					objectives: []string{"Prévenir l’isolement des parents"},
					// A compound the document writes whole elsewhere
					// keeps its hyphen when a line cuts it.
					actions: []string{"Un lieu d’accueil enfants-parents par canton."},
					when:    "S1 2028"},
				// The header of this page is set two characters right of
				// the first page's, and the page's furniture (its number,
				// the running header) is no cell of the last row.
				{id: "II.A.1", title: "Recruter 30 familles d’accueil",
					pilots:     []string{"Service accueil familial"},
					partners:   []string{"France Travail, IRTS"},
					indicators: []string{"Solde net de familles agréées"},
					when:       "T1 2029"},
			},
			glossary: map[string]string{"CAF": "Caisse d’allocations familiales", "PMI": "Protection maternelle et infantile"},
		},
		{
			file:   "haute-vienne-notes-de-bas-de-page.md",
			why:    "a label's footnote is its value; '·' ends a heading's code; run-in bold labels come from the vocabulary; abbreviation definitions are the glossary",
			fiches: []string{"P1", "P2"},
			want: []readFiche{
				{id: "P1", title: "Des consultations de PMI au plus près des familles",
					pilots:     []string{"service de PMI."},
					partners:   []string{"CAF de la Haute-Vienne, MSA du Limousin, communes rurales."},
					objectives: []string{"Que chaque famille trouve une consultation de PMI à moins de vingt minutes de chez elle, y compris dans la montagne limousine où les médecins libéraux sont rares et les distances longues."},
					actions:    []string{"Ouvrir trois antennes de PMI itinérantes ;", "Proposer des rendez-vous en soirée."},
					indicators: []string{"nombre de consultations itinérantes."},
					when:       "premier trimestre 2026 pour les antennes, fin 2027 pour les soirées."},
				{id: "P2", title: "Un soutien aux parents isolés",
					pilots:   []string{"Mission parentalité de la direction enfance famille."},
					partners: []string{"Centres sociaux, associations familiales."},
					when:     "2026."},
			},
			glossary: map[string]string{"ASE": "Aide sociale à l'enfance", "MDS": "Maison départementale des solidarités"},
		},
		{
			file:   "ariege-chiffres-pointilles.txt",
			why:    "an underline is no title; a title set with dot leaders loses them and goes on under itself",
			fiches: []string{"1", "2"},
			want: []readFiche{
				{id: "01", title: "Ouvrir un centre parental dans le Couserans",
					pilots:   []string{"Service de PMI"},
					partners: []string{"CAF de l'Ariège", "Centre hospitalier du Couserans"},
					when:     "Juin 2026"},
				{id: "02", title: "Recruter des assistants familiaux"},
			},
		},
	}, nil)
}

// TestTableOfDashboardKeepsProgress checks that a column the model has no
// field for is kept under its label, and that quarters and semesters are
// dated.
func TestTableOfDashboardKeepsProgress(t *testing.T) {
	d := loadClass(t, "cote-d-or-tableau-de-bord-layout.txt")
	for _, tc := range []struct {
		id, progress, start, end string
	}{
		{"I.A.1", "En cours", "2027-07-01", "2027-09-30"},
		{"I.B.1", "Réalisé", "2028-01-01", "2028-06-30"},
		{"II.A.1", "Non engagé", "2029-01-01", "2029-03-31"},
	} {
		f := d.Fiche(tc.id)
		if f == nil {
			t.Fatalf("no fiche %s", tc.id)
		}
		var progress []string
		for _, o := range f.Other {
			if o.Label == "Avancement" {
				progress = o.Texts()
			}
		}
		if !slices.Equal(progress, []string{tc.progress}) {
			t.Errorf("fiche %s: Avancement %q, want %q (other fields %v)", tc.id, progress, tc.progress, f.Other)
		}
		ms := f.Milestones
		if len(ms) != 1 || ms[0].Start.Format("2006-01-02") != tc.start || ms[0].End.Format("2006-01-02") != tc.end {
			t.Errorf("fiche %s: milestones %+v, want %s to %s", tc.id, ms, tc.start, tc.end)
		}
	}
}

// TestNotesAndFigures checks what the reader of the other two fixtures
// finds outside the fiches: the dated clauses of a calendar set apart by
// commas, a note no label refers to left in its place, and rows of key
// figures set with dot leaders kept as text, one a row, not read as a
// table of contents.
func TestNotesAndFigures(t *testing.T) {
	md := loadClass(t, "haute-vienne-notes-de-bas-de-page.md")
	var dates []string
	for _, m := range md.Fiche("P1").Milestones {
		dates = append(dates, m.Start.Format("2006-01-02")+"/"+m.End.Format("2006-01-02"))
	}
	if want := []string{"2026-01-01/2026-03-31", "2027-10-01/2027-12-31"}; !slices.Equal(dates, want) {
		t.Errorf("P1 milestones %q, want %q", dates, want)
	}
	if !hasParagraph(md, "[^chiffres]: Données au 31 décembre 2024.") {
		t.Errorf("the note no label refers to is gone")
	}
	txt := loadClass(t, "ariege-chiffres-pointilles.txt")
	for _, p := range []string{
		"Enfants confiés à l'ASE ............................ 512",
		"dont accueillis chez un assistant familial ......... 58 %",
		"Assistants familiaux agréés ........................ 164",
		"Jeunes majeurs accompagnés ......................... 74",
	} {
		if !hasParagraph(txt, p) {
			t.Errorf("no paragraph %q", p)
		}
	}
}

// hasParagraph reports a paragraph of d's sections that reads text.
func hasParagraph(d *corpus.Document, text string) bool {
	for _, s := range d.Sections {
		for _, p := range s.Paragraphs {
			if p.Text == text {
				return true
			}
		}
	}
	return false
}

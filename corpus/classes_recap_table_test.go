package corpus_test

// A class of schémas printed as a newsletter by LibreOffice Writer: the
// text flows in two columns on each page (pdftotext -layout sets both
// side by side on the same lines), each fiche headed "FICHE n" then its
// title, its fields run-in bold labels ending with a full stop at the head
// of a paragraph ("Pilote. La cheffe du service…"). Some fiches have no
// "Pilote." or no "Calendrier." paragraph: their pilot and deadline are
// given only in a full-width recap table on the last page (Fiche |
// Intitulé | Pilote | Échéance), whose long pilots wrap over two or three
// lines. The table's rows are no fiches of their own: a fiche takes the
// row's pilot or deadline when its text names none, cited as the table's,
// and keeps its own otherwise. The fixture is written by
// pays-de-lauzerte-lettre-deux-colonnes.py.

import (
	"slices"
	"strings"
	"testing"
)

func TestRecapTableClass(t *testing.T) {
	needPdftotext(t)
	d := loadClass(t, "pays-de-lauzerte-lettre-deux-colonnes.pdf")
	if got, want := ids(d), "1 2 3 4 5"; got != want {
		t.Fatalf("fiches %q, want %q: the recap table's rows are no fiches", got, want)
	}
	for _, w := range d.Warnings {
		if strings.Contains(w, "defined twice") || strings.Contains(w, "has no pilot") {
			t.Errorf("warning %q: the recap table fills the fiches it sums up", w)
		}
	}
	for _, tt := range []struct {
		id, why string
		pilots  []string
		// calendar is the fiche's calendar, its items joined by spaces.
		calendar string
		// fromTable lists the fields ("pilots", "calendar") the fiche
		// takes from the table: their label and lines are the table's.
		fromTable []string
	}{
		{id: "1", why: "a fiche that names its pilot and deadline keeps its own",
			pilots:   []string{"La cheffe du service de protection maternelle et infantile, Direction des solidarités."},
			calendar: "Premier lieu ouvert en 2026 ; quatre lieux au printemps 2027."},
		{id: "2", why: "a fiche with no pilot takes the table's, wrapped over two lines",
			pilots:    []string{"Mission soutien à la parentalité – Direction de l'enfance et des familles"},
			calendar:  "Ligne d'écoute ouverte en septembre 2026 ; groupes de parole dès 2027.",
			fromTable: []string{"pilots"}},
		{id: "3", why: "a fiche with no calendar takes the table's deadline",
			pilots:    []string{"Le responsable de la cellule de recueil des informations préoccupantes."},
			calendar:  "Décembre 2026",
			fromTable: []string{"calendar"}},
		{id: "4", why: "a pilot wrapped over three lines of its cell is read whole",
			pilots:    []string{"Service de l'accueil familial et des établissements, en lien avec la direction de l'autonomie"},
			calendar:  "Maison des fratries ouverte en 2028 ; premiers week-ends en 2027.",
			fromTable: []string{"pilots"}},
	} {
		f := d.Fiche(tt.id)
		if f == nil {
			t.Errorf("no fiche %s", tt.id)
			continue
		}
		if got := f.Pilots.Texts(); !slices.Equal(got, tt.pilots) {
			t.Errorf("fiche %s (%s): pilots %q, want %q", tt.id, tt.why, got, tt.pilots)
		}
		if got := strings.Join(f.Calendar.Texts(), " "); got != tt.calendar {
			t.Errorf("fiche %s (%s): calendar %q, want %q", tt.id, tt.why, got, tt.calendar)
		}
		if len(f.Milestones) == 0 {
			t.Errorf("fiche %s (%s): no milestone read from %q", tt.id, tt.why, f.Calendar.Texts())
		}
		for name, fld := range map[string]*struct {
			label string
			line  int
		}{
			"pilots":   {f.Pilots.Label, f.Pilots.Span.StartLine},
			"calendar": {f.Calendar.Label, f.Calendar.Span.StartLine},
		} {
			table := slices.Contains(tt.fromTable, name)
			if got := strings.Contains(fld.label, "tableau récapitulatif"); got != table {
				t.Errorf("fiche %s (%s): %s labelled %q, from the table %v, want %v", tt.id, tt.why, name, fld.label, got, table)
			}
			// The table is after the last fiche's text: a field taken from
			// it points there.
			if got := fld.line > d.Fiche("5").Span.StartLine; got != table {
				t.Errorf("fiche %s (%s): %s at line %d, after the fiches %v, want %v", tt.id, tt.why, name, fld.line, got, table)
			}
		}
	}
	// Run-in labels ending with a full stop open each field.
	f := d.Fiche("5")
	for name, got := range map[string][]string{"partners": f.Partners.Texts(), "objectives": f.Objectives.Texts()} {
		if len(got) == 0 || strings.HasPrefix(got[0], "Partenaires") || strings.HasPrefix(got[0], "Objectifs") {
			t.Errorf("fiche 5: %s %q, want the text after its run-in label", name, got)
		}
	}
}

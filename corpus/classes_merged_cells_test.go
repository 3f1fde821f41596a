package corpus_test

// A class of schémas whose plan of actions is one landscape table per
// axis, typeset by LibreOffice Writer: columns Axe | Objectif | Action |
// Pilote | Partenaires | Échéance | Indicateurs, the actions opening on
// their reference ("Action 1.2 – …"), and cells merged down the rows they
// share, their text centred: the axis over the whole table, an objective
// over its actions, a pilot or a deadline over the actions it holds for.
// `pdftotext -layout` prints a merged cell's text on the lines of a middle
// row, or across the line between two rows, and on no other row, so every
// action under it must be given it. The fixture is written by
// haute-ambre-plan-cellules-fusionnees.py.

import (
	"slices"
	"strings"
	"testing"
)

func TestMergedCellsPlanClass(t *testing.T) {
	needPdftotext(t)
	d := loadClass(t, "haute-ambre-plan-cellules-fusionnees.pdf")
	if got := ids(d); got != "1.1 1.2 1.3 1.4 2.1 2.2 2.3 2.4" {
		t.Fatalf("fiches %q, want 1.1 … 1.4 2.1 … 2.4", got)
	}
	const (
		prevention = "Direction de la prévention – Cheffe du service enfance"
		accueil    = "Mission accueil familial et établissements"
	)
	for _, tt := range []struct {
		fiche, pilot, objective string
		// deadline is the first item of the fiche's deadline, and its
		// first day.
		deadline, start string
		partners        []string
	}{
		// A pilot merged over three actions is centred on the second:
		// the first and the third have it too.
		{"1.1", prevention, "1.A Rapprocher l'écoute des familles isolées", "Janvier 2027", "2027-01-01",
			[]string{"Communautés de communes", "Centres sociaux ruraux"}},
		// A deadline merged over two actions is printed across the line
		// between them, around the second action's reference.
		{"1.2", prevention, "1.A Rapprocher l'écoute des familles isolées", "Rentrée 2026, puis chaque année", "2026-09-01",
			[]string{"Relais petite enfance", "Organismes de formation continue"}},
		{"1.3", prevention, "1.B Alléger les difficultés du quotidien", "Rentrée 2026, puis chaque année", "2026-09-01",
			[]string{"Caisse d'allocations familiales", "Banque de France", "Associations de consommateurs"}},
		{"1.4", "Service de la petite enfance", "1.B Alléger les difficultés du quotidien", "Été 2027", "2027-06-01",
			[]string{"Mutualité sociale agricole", "Communes d'accueil"}},
		// Centred over three actions, the pilot's text lands on the
		// first line of the middle one, as a cell of its own would.
		{"2.1", accueil, "2.A Élargir l'offre d'accueil", "2026-2027", "2026-01-01",
			[]string{"Pôle emploi du plateau", "Associations d'assistants familiaux"}},
		{"2.2", accueil, "2.A Élargir l'offre d'accueil", "Appel à projets en 2027", "2027-01-01",
			[]string{"Gestionnaire associatif retenu", "Juges des enfants"}},
		{"2.3", accueil, "2.A Élargir l'offre d'accueil", "Appel à projets en 2027", "2027-01-01",
			[]string{"Service départemental d'incendie", "Établissements d'accueil"}},
		{"2.4", "Médecin départemental de la protection de l'enfance", "2.B Veiller à la santé", "Dès 2026", "2026-01-01",
			[]string{"Centre hospitalier de Sorbiers", "Médecins libéraux du secteur"}},
	} {
		f := d.Fiche(tt.fiche)
		if f == nil {
			t.Errorf("no fiche %s", tt.fiche)
			continue
		}
		if got := f.Pilots.Texts(); !slices.Equal(got, []string{tt.pilot}) {
			t.Errorf("fiche %s: pilots %q, want %q", tt.fiche, got, tt.pilot)
		}
		if got := f.Objectives.Texts(); !slices.Equal(got, []string{tt.objective}) {
			t.Errorf("fiche %s: objectives %q, want %q", tt.fiche, got, tt.objective)
		}
		if got := f.Partners.Texts(); !slices.Equal(got, tt.partners) {
			t.Errorf("fiche %s: partners %q, want %q", tt.fiche, got, tt.partners)
		}
		if len(f.Milestones) == 0 || f.Milestones[0].Raw != tt.deadline || f.Milestones[0].Start.Format("2006-01-02") != tt.start {
			t.Errorf("fiche %s: milestones %+v, want %q from %s first", tt.fiche, f.Milestones, tt.deadline, tt.start)
		}
		// The page's footer and the next table's header stay out of
		// the last action of a table.
		for _, fl := range ficheFields(f) {
			for _, it := range fl.Items {
				if strings.Contains(it.Text, "Haute-Ambre") || strings.Contains(it.Text, "Axe 2") {
					t.Errorf("fiche %s: field %q holds page furniture: %q", tt.fiche, fl.Label, it.Text)
				}
			}
		}
	}
	if got := d.Fiche("1.1").Title; got != "Ouvrir une permanence d'écoute parentale dans chaque bourg-centre de la vallée de l'Ambre" {
		t.Errorf("fiche 1.1: title %q", got)
	}
	if got := d.Fiche("2.3").Axis; !strings.HasPrefix(got, "Axe 2") {
		t.Errorf("fiche 2.3: axis %q, want axe 2", got)
	}
}

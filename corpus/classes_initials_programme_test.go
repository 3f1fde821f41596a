package corpus_test

// A schéma may name its pilots and co-pilots only by their direction's
// initials, in a "Pilote | Co-porteur | Référence" table or on one line
// ("Pilote : DEJ<TAB>Copilote : SSD"), and spell them out once in a table
// "Abréviation | Direction"; a reader asking who leads a fiche gets the
// direction's name with its initials, and the initials are in the
// glossary. Its calendars may be only Gantt grids whose years are merged
// over their quarters or half-years: one programming table in an annex,
// one row a fiche keyed by its code, "X" for work and another letter for
// the deadline, a last column naming what is due; or a fiche's own grid
// of steps. Each fiche's calendar then reads as sentences, dated.

import (
	"strings"
	"testing"

	"schemabot/corpus"
)

func TestInitialsProgrammeClass(t *testing.T) {
	runClassCases(t, []classCase{{
		file:   "val-d-orsanne-sigles-programmation.docx",
		why:    "initials a legend table spells out are written out in pilots and partners and join the glossary; a Gantt grid whose years head a row of their parts dates its marks by year and part, an annex grid keyed by fiche code giving each fiche its calendar in place of the line pointing to it",
		axes:   []string{"Prévenir", "Protéger"},
		fiches: []string{"1", "2", "3", "4"},
		want: []readFiche{
			{id: "1", title: "Ouvrir des lieux d'écoute pour les parents",
				pilots:   []string{"Mission de prévention éducative (MPE)", "Service social départemental (SSD)"},
				partners: []string{"Caisse d'allocations familiales du Val-d'Orsanne", "Centres sociaux"},
				when:     "Action en cours : 2e trimestre 2026 – 1er trimestre 2027"},
			{id: "2", title: "Créer une équipe mobile d'éducateurs",
				pilots: []string{"Direction de l'enfance et de la jeunesse (DEJ)", "Service social départemental (SSD)"}},
			{id: "3", pilots: []string{"Direction de l'enfance et de la jeunesse (DEJ)"},
				when: "Action en cours : 1er trimestre 2026 – 2e trimestre 2026"},
			{id: "4", pilots: []string{"Direction des systèmes numériques (DSN)", "Direction de l'enfance et de la jeunesse (DEJ)"},
				when: "Choix du logiciel : 1er semestre 2026 – 2e semestre 2026"},
		},
		glossary: map[string]string{"DEJ": "Direction de l'enfance et de la jeunesse", "MPE": "Mission de prévention éducative"},
	}}, func(t *testing.T, d *corpus.Document) {
		for _, c := range []struct {
			fiche string
			want  []due
		}{
			{"1", []due{{"Action en cours", "2e trimestre 2026 – 1er trimestre 2027", "2026-04-01", "2027-03-31"},
				{"Trois lieux d'écoute ouverts", "1er trimestre 2027", "2027-01-01", "2027-03-31"}}},
			{"2", []due{{"Action en cours", "3e trimestre 2026 – 3e trimestre 2027", "2026-07-01", "2027-09-30"},
				{"Équipe mobile en service", "3e trimestre 2027", "2027-07-01", "2027-09-30"}}},
			{"3", []due{{"Action en cours", "1er trimestre 2026 – 2e trimestre 2026", "2026-01-01", "2026-06-30"},
				{"Nouveau protocole signé", "2e trimestre 2026", "2026-04-01", "2026-06-30"}}},
			{"4", []due{{"Choix du logiciel", "1er semestre 2026 – 2e semestre 2026", "2026-01-01", "2026-12-31"},
				{"Reprise des dossiers", "1er semestre 2027 – 1er semestre 2028", "2027-01-01", "2028-06-30"}}},
		} {
			f := d.Fiche(c.fiche)
			if f == nil {
				t.Fatalf("no fiche %s", c.fiche)
			}
			milestonesAre(t, c.fiche, f.Milestones, c.want)
			for _, it := range f.Calendar.Items {
				if strings.Contains(it.Text, "annexe") {
					t.Errorf("fiche %s: calendar still points to the annex: %q", c.fiche, it.Text)
				}
			}
		}
		// "Partenaires : Éditeur du logiciel, SSD": the initials among
		// partners are spelled out too.
		if got := strings.Join(d.Fiche("4").Partners.Texts(), " ; "); !strings.Contains(got, "Service social départemental (SSD)") {
			t.Errorf("fiche 4: partners %q, want SSD spelled out", got)
		}
	})
}

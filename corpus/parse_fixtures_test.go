package corpus_test

// Hand-written mini-schémas in testdata/schemas exercise label vocabulary
// the shipped documents do not use ("Fiche 3 :", "Fiche-action n°4",
// "Responsable", "Partenaires", "Échéancier", "Échéances", "Calendrier
// prévisionnel", "Axe 1 :", markdown headings and pipe tables).

import (
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"schemabot/corpus"
)

func loadFixtures(t *testing.T) *corpus.Library {
	t.Helper()
	lib, err := corpus.LoadPath(context.Background(), filepath.Join("testdata", "schemas"))
	if err != nil {
		t.Fatalf("LoadPath: %v", err)
	}
	var ids []string
	for _, d := range lib.Docs {
		ids = append(ids, d.ID)
	}
	if want := []string{"ardeche-2022-2026", "savoie-2021-2025"}; !slices.Equal(ids, want) {
		t.Fatalf("documents %q, want %q", ids, want)
	}
	return lib
}

func TestFixtureSavoie(t *testing.T) {
	d := loadFixtures(t).Doc("savoie-2021-2025")
	if d.Title != "Schéma départemental de prévention et de protection de l'enfance 2021-2025" {
		t.Errorf("Title = %q", d.Title)
	}
	if d.Departement != "Savoie" || d.Period() != "2021-2025" {
		t.Errorf("Departement %q, period %q", d.Departement, d.Period())
	}
	if len(d.Warnings) != 0 {
		t.Errorf("warnings: %q", d.Warnings)
	}

	if len(d.Axes) != 2 {
		t.Fatalf("%d axes, want 2", len(d.Axes))
	}
	if a := d.Axes[0]; a.Kind != "Axe" || a.Number != 1 || a.Title != "Prévenir au plus tôt les difficultés des familles" || a.Span.StartLine != 5 {
		t.Errorf("axis 1 = %s %d %q at l.%d", a.Kind, a.Number, a.Title, a.Span.StartLine)
	}
	if !strings.Contains(d.Axes[0].Text, "agir avant que les difficultés ne s'installent") {
		t.Errorf("axis 1 text = %q", d.Axes[0].Text)
	}

	var nums []int
	for _, f := range d.Fiches {
		nums = append(nums, f.Number)
	}
	if !slices.Equal(nums, []int{3, 7, 9}) {
		t.Fatalf("fiches %v, want [3 7 9]", nums)
	}

	f3 := d.Fiche(fmt.Sprint(3))
	if f3.Title != "Créer un observatoire des besoins" || f3.AxisNumber != 1 || f3.Span.StartLine != 9 || f3.Span.EndLine != 27 {
		t.Errorf("fiche 3: %q axis %d span %v", f3.Title, f3.AxisNumber, f3.Span)
	}
	checkEqual(t, "fiche 3 objectives", f3.Objectives.Texts(), []string{"Mieux connaître les besoins des familles", "Partager les données avec les partenaires"})
	checkEqual(t, "fiche 3 pilots (Responsable : …)", f3.Pilots.Texts(), []string{"Direction de l'enfance et de la famille"})
	checkEqual(t, "fiche 3 partners", f3.Partners.Texts(), []string{"CAF de la Savoie", "Éducation nationale"})
	checkEqual(t, "fiche 3 indicators", f3.Indicators.Texts(), []string{"Nombre de rapports publiés"})
	checkMilestones(t, "fiche 3 (Échéancier)", f3.Milestones, []msWant{
		{22, "Lancement", "1er trimestre 2022", "2022-01-01", "2022-03-31"},
		{23, "Premier rapport", "fin 2022", "?", "?"}, // dates: a convention, checked below
		// Open-ended: runs to the end of the plan.
		{24, "Rapport annuel", "à partir de 2023", "2023-01-01", "2025-12-31"},
	})
	if m := f3.Milestones; len(m) > 1 && (m[1].Start.Year() != 2022 || m[1].End.Format("01-02") != "12-31") {
		t.Errorf("fin 2022 = %s…%s", fmtDate(m[1].Start), fmtDate(m[1].End))
	}

	f7 := d.Fiche(fmt.Sprint(7))
	if f7.Title != "Garantir un accompagnement jusqu'à 21 ans" || f7.AxisNumber != 2 || !strings.HasPrefix(f7.Axis, "Axe 2 : Accompagner") {
		t.Errorf("fiche 7: %q axis %d %q", f7.Title, f7.AxisNumber, f7.Axis)
	}
	checkEqual(t, "fiche 7 objectives", f7.Objectives.Texts(), []string{"Éviter les sorties sèches"})
	checkEqual(t, "fiche 7 pilots (Responsables)", f7.Pilots.Texts(), []string{"Service jeunes majeurs", "Mission locale"})
	checkEqual(t, "fiche 7 partners", f7.Partners.Texts(), []string{"Bailleurs sociaux"})
	checkMilestones(t, "fiche 7 (Échéances)", f7.Milestones, []msWant{
		{44, "Protocole signé", "Semestre 2 / 2022", "2022-07-01", "2022-12-31"},
		{45, "Bilan", "2024", "2024-01-01", "2024-12-31"},
		{46, "Suivi", "en continu", "", ""}, // kept, undated
	})

	// A markdown pipe table with label headers.
	f9 := d.Fiche(fmt.Sprint(9))
	checkEqual(t, "fiche 9 pilots (table)", f9.Pilots.Texts(), []string{"Direction de l'enfance"})
	checkEqual(t, "fiche 9 partners (table)", f9.Partners.Texts(), []string{"IRTS, Université"})
	checkMilestones(t, "fiche 9 (Calendrier : 2023)", f9.Milestones, []msWant{{54, "", "2023", "2023-01-01", "2023-12-31"}})
	if f9.Span.EndLine != 54 {
		t.Errorf("fiche 9 ends at l.%d, want 54 (the glossary follows)", f9.Span.EndLine)
	}

	if d.Expand("IRTS") != "Institut régional du travail social" || d.Expand("caf") != "Caisse d'allocations familiales" || len(d.Glossary) != 2 {
		t.Errorf("glossary %+v", d.Glossary)
	}
}

func TestFixtureArdeche(t *testing.T) {
	d := loadFixtures(t).Doc("ardeche-2022-2026")
	if d.Title != "SCHÉMA DÉPARTEMENTAL ENFANCE FAMILLE 2022-2026" || d.Period() != "2022-2026" {
		t.Errorf("Title %q, period %q", d.Title, d.Period())
	}
	if d.Departement != "Ardèche" {
		t.Errorf("Departement = %q, want Ardèche", d.Departement)
	}
	if len(d.Axes) != 1 || d.Axes[0].Kind != "Axe stratégique" || d.Axes[0].Title != "Soutenir la parentalité" {
		t.Errorf("axes %+v", d.Axes)
	}
	if len(d.Fiches) != 1 {
		t.Fatalf("%d fiches, want 1", len(d.Fiches))
	}
	f := d.Fiches[0]
	if f.Number != 4 || f.Title != "Développer les lieux d'accueil enfants-parents" || f.AxisNumber != 1 || f.Page != 0 {
		t.Errorf("fiche %d %q axis %d page %d", f.Number, f.Title, f.AxisNumber, f.Page)
	}
	checkEqual(t, "diagnostic (Contexte)", f.Diagnostic.Texts(),
		[]string{"Les lieux d'accueil enfants-parents sont inégalement répartis dans le département de l'Ardèche."})
	checkEqual(t, "objectives (Objectifs opérationnels)", f.Objectives.Texts(),
		[]string{"Ouvrir un lieu d'accueil dans chaque territoire", "Former les accueillants"})
	if got := f.Actions.Texts(); len(got) != 2 || !strings.HasSuffix(got[0], "Recenser les lieux existants") || !strings.HasSuffix(got[1], "Lancer un appel à projets") {
		t.Errorf("actions (Actions à mener) = %q", got)
	}
	checkEqual(t, "pilots (Pilote : …)", f.Pilots.Texts(), []string{"Service PMI"})
	checkEqual(t, "partners (Partenaires associés : …)", f.Partners.Texts(), []string{"CAF, MSA"})
	checkMilestones(t, "Calendrier prévisionnel", f.Milestones, []msWant{
		{25, "Recensement", "juin 2022", "2022-06-01", "2022-06-30"},
		{26, "Appel à projets", "2023-2024", "2023-01-01", "2024-12-31"},
	})
	checkEqual(t, "realisation", f.IndicatorsRealisation.Texts(), []string{"nombre de lieux ouverts"})
	checkEqual(t, "impact (Indicateurs de résultat)", f.IndicatorsImpact.Texts(), []string{"fréquentation des lieux"})
}

func checkMilestones(t *testing.T, what string, got []corpus.Milestone, want []msWant) {
	t.Helper()
	if len(got) != len(want) {
		t.Errorf("%s: %d milestones, want %d: %+v", what, len(got), len(want), got)
		return
	}
	for i, w := range want {
		m := got[i]
		if m.Label != w.label || m.Raw != w.raw || m.Span.StartLine != w.line {
			t.Errorf("%s: milestone %d = l.%d %q | %q, want l.%d %q | %q", what, i, m.Span.StartLine, m.Label, m.Raw, w.line, w.label, w.raw)
		}
		if w.start == "?" {
			continue
		}
		if fmtDate(m.Start) != w.start || fmtDate(m.End) != w.end {
			t.Errorf("%s: %q = %s…%s, want %s…%s", what, m.Raw, fmtDate(m.Start), fmtDate(m.End), w.start, w.end)
		}
	}
}

package corpus_test

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"schemabot/corpus"
)

func TestCanonicalFicheID(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"12", "12"}, {"n°12", "12"}, {"012", "12"}, {"1.2", "1.2"}, {"01.2", "1.2"}, {"2.2.4", "2.2.4"},
		{"3 bis", "3 bis"}, {"3bis", "3 bis"}, {"3 BIS", "3 bis"}, {"a3", "A3"}, {"A 3", "A3"}, {"B1 bis", "B1 bis"},
		{"B-3", "B3"}, {"b–3", "B3"}, {"A-1.2", "A1.2"}, {"II-3", "II-3"},
		{"abc", ""}, {"-3", ""}, {"", ""}, {"fiche", ""},
		// A plan that letters its actions: one letter is a label, two are not.
		{"C", "C"}, {"c", "C"}, {"n° D", "D"}, {"ab", ""}, {"II", ""},
	} {
		if got := corpus.CanonicalFicheID(tt.in); got != tt.want {
			t.Errorf("CanonicalFicheID(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// oneFiche parses a document made of one fiche whose body is given.
func oneFiche(t *testing.T, body string) *corpus.Fiche {
	t.Helper()
	d, err := corpus.Parse("t", "t.txt", []byte("Schéma test 2021-2025\n\nFiche action n°1 : Essai\n"+body))
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Fiches) != 1 {
		t.Fatalf("%d fiches", len(d.Fiches))
	}
	return &d.Fiches[0]
}

// Field layouts of converted documents, each read into the same fields.
func TestFieldLayouts(t *testing.T) {
	for _, tt := range []struct {
		name, body string
		pilots     []string
		partners   []string
		indicators []string
	}{
		{"inline labels", "Pilote : Service A\nPartenaires : CAF\nIndicateurs de suivi : Nombre de visites\n",
			[]string{"Service A"}, []string{"CAF"}, []string{"Nombre de visites"}},
		{"labels in capitals on their own line", "PILOTE(S)\nService A\nACTEURS ASSOCIÉS\nCAF\nINDICATEURS D'ÉVALUATION\nNombre de visites\nDurée moyenne de l'accueil d'urgence\n",
			[]string{"Service A"}, []string{"CAF"}, []string{"Nombre de visites", "Durée moyenne de l'accueil d'urgence"}},
		{"table row joined by one space", "Pilote Service A\nContributeurs CAF\nIndicateurs Nombre de visites\n",
			[]string{"Service A"}, []string{"CAF"}, []string{"Nombre de visites"}},
		{"tab-separated label and value", "Porteur\tService A\nPartenaires\tCAF\nIndicateurs de résultat\tNombre de visites\n",
			[]string{"Service A"}, []string{"CAF"}, []string{"Nombre de visites"}},
		{"flattened HTML table", "<table><tr><td>Pilote(s)</td><td>Service A</td></tr><tr><td>Acteurs associés</td><td>CAF</td></tr><tr><td>Indicateurs d'évaluation</td><td>Nombre de visites</td></tr></table>\n",
			[]string{"Service A"}, []string{"CAF"}, []string{"Nombre de visites"}},
		{"questions as labels, a long one included", "* Qui ? Service A\n* Avec qui ? CAF\n* À quoi verra-t-on que ça marche ? Nombre de visites\n",
			[]string{"Service A"}, []string{"CAF"}, []string{"Nombre de visites"}},
		{"a long question label alone on its line", "Qui ?\nService A\nAvec qui ?\nCAF\nÀ quoi verra-t-on que ça marche ?\nNombre de visites\n",
			[]string{"Service A"}, []string{"CAF"}, []string{"Nombre de visites"}},
		{"a web page's bold questions as labels", "**Ce que l'on veut obtenir**\n\n* Éviter les placements\n\n**Qui pilote ?** Service A\n\n**Avec quels partenaires ?** CAF\n\n**Pour quand ?** 2027\n\n**Comment saura-t-on que c'est réussi ?**\n\n* Nombre de visites\n",
			[]string{"Service A"}, []string{"CAF"}, []string{"Nombre de visites"}},
		{"a value wrapped after a word no phrase ends on", "Pilote Service A – Direction de la\nSolidarité Départementale\nPartenaires CAF\n",
			[]string{"Service A – Direction de la Solidarité Départementale"}, []string{"CAF"}, nil},
		{"a pandoc grid table: values wrapped in their cell, bullets, indicators under a header row",
			"+--------------------+------------------------------+\n| **Pilote :**       | Service A de la              |\n|                    | Direction enfance            |\n+--------------------+------------------------------+\n| **Partenaires :**  | -   CAF                      |\n|                    |                              |\n|                    | -   Parquet                  |\n+--------------------+------------------------------+\n\n**Indicateurs :**\n\n+--------------------+------------------------------+\n| **Indicateur**     | **Cible 2027**               |\n+====================+==============================+\n| Nombre de          | 40                           |\n| visites            |                              |\n+--------------------+------------------------------+\n",
			[]string{"Service A de la Direction enfance"}, []string{"CAF", "Parquet"}, []string{"Nombre de visites (Cible 2027 : 40)"}},
		{"a PDF's line wrap that hyphenates", "Porteur : Service de l'Accompagne-\nment des familles\nPartenaires : CAF, associations d'aide à domi-\ncile\n",
			[]string{"Service de l'Accompagnement des familles"}, []string{"CAF, associations d'aide à domicile"}, nil},
		{"markdown pipes, one row", "| Pilote | Partenaires |\n|---|---|\n| Service A | CAF |\n",
			[]string{"Service A"}, []string{"CAF"}, nil},
		{"an office form: label tab value, long labels, a referent service", "Responsable de l'action\tService A\nService référent\tService B\nActeurs associés\tCAF\nDate de début de mise en œuvre\tSeptembre 2023\nModalités d'évaluation\tNombre de visites\n",
			[]string{"Service A", "Service B"}, []string{"CAF"}, []string{"Nombre de visites"}},
		{"bold labels before a dash, a definition list", "**Porteur** — Service A  \n**Partenaires** — CAF  \n\nComment saurons-nous que ça marche ?\n: Nombre de visites\n",
			[]string{"Service A"}, []string{"CAF"}, []string{"Nombre de visites"}},
		{"a calendar line that starts with a word the pilots' label starts", "Pilote : Service A\nCalendrier\tRéférentiel actualisé : 2e semestre 2024\n",
			[]string{"Service A"}, nil, nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			f := oneFiche(t, tt.body)
			var ind []string
			for _, it := range f.AllIndicators() {
				ind = append(ind, it.Text)
			}
			if strings.Join(f.Pilots.Texts(), "|") != strings.Join(tt.pilots, "|") ||
				strings.Join(f.Partners.Texts(), "|") != strings.Join(tt.partners, "|") ||
				strings.Join(ind, "|") != strings.Join(tt.indicators, "|") {
				t.Errorf("pilots %q partners %q indicators %q; want %q %q %q", f.Pilots.Texts(), f.Partners.Texts(), ind, tt.pilots, tt.partners, tt.indicators)
			}
		})
	}
}

// Calendar entries as documents write them: what is due and when, in
// either order, with comments after the date, wrapped over two lines.
func TestCalendarEntries(t *testing.T) {
	for _, tt := range []struct {
		name, body, label, raw, start, end string
	}{
		{"task then date", "Calendrier :\n- Lancement : 1er semestre 2022\n", "Lancement", "1er semestre 2022", "2022-01-01", "2022-06-30"},
		{"date then task", "CALENDRIER PRÉVISIONNEL\n2022 : appel à projets\n", "appel à projets", "2022", "2022-01-01", "2022-12-31"},
		{"date with a comment", "Échéance : 2024 (installation), puis rapport annuel\n", "", "2024 (installation), puis rapport annuel", "2024-01-01", "2024-12-31"},
		{"date then purpose", "Échéance : fin 2024 pour les premiers recrutements\n", "", "fin 2024 pour les premiers recrutements", "2024-10-01", "2024-12-31"},
		{"item wrapped by the conversion", "Calendrier prévisionnel\n• Signature du protocole : 2e\nsemestre 2023\n", "Signature du protocole", "2e semestre 2023", "2023-07-01", "2023-12-31"},
		{"a school year's start at the end", "Quand :\n- convention signée à la rentrée 2024\n", "", "convention signée à la rentrée 2024", "2024-09-01", "2024-09-30"},
		{"a quarter written short at the end", "Quand ?\n: CPOM signés au T1 2026.\n", "", "CPOM signés au T1 2026", "2026-01-01", "2026-03-31"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			f := oneFiche(t, tt.body)
			if len(f.Milestones) != 1 {
				t.Fatalf("milestones %+v, want one", f.Milestones)
			}
			m := f.Milestones[0]
			if m.Label != tt.label || m.Raw != tt.raw || m.Start.Format("2006-01-02") != tt.start || m.End.Format("2006-01-02") != tt.end {
				t.Errorf("got %q | %q = %s…%s, want %q | %q = %s…%s", m.Label, m.Raw, m.Start.Format("2006-01-02"), m.End.Format("2006-01-02"), tt.label, tt.raw, tt.start, tt.end)
			}
		})
	}
}

// Fiche headings in the forms real schémas print, and with the spaces a
// PDF conversion loses.
func TestFicheHeadings(t *testing.T) {
	for _, tt := range []struct{ heading, id, title string }{
		{"Fiche action n°3 : Accueillir", "3", "Accueillir"},
		{"Fiche-action 3 – Accueillir", "3", "Accueillir"},
		{"FICHE N°13 - ACCUEILLIR", "13", "ACCUEILLIR"},
		{"Fiche n° 1.2 : Accueillir", "1.2", "Accueillir"},
		{"Ficheactionn°25 : Accueillir", "25", "Accueillir"},
		{"Fiche-action B1 bis : Accueillir", "B1 bis", "Accueillir"},
		{"### Fiche 2.2.4 – Accueillir", "2.2.4", "Accueillir"},
		// The title under its own label, on the next line or after it.
		{"Fiche-action 2.1\n\nIntitulé\nAccueillir", "2.1", "Accueillir"},
		{"FICHE ACTION N°7\nIntitulé Accueillir", "7", "Accueillir"},
		{"Fiche action 4\nIntitulé de l'action : Accueillir", "4", "Accueillir"},
	} {
		d, err := corpus.Parse("t", "t.md", []byte("Schéma 2021-2025\n\n"+tt.heading+"\n\nPilote : Service A\n"))
		if err != nil {
			t.Fatal(err)
		}
		if len(d.Fiches) != 1 || d.Fiches[0].ID != tt.id || d.Fiches[0].Title != tt.title {
			t.Errorf("%q: fiches %+v, want %s %q", tt.heading, d.Fiches, tt.id, tt.title)
		}
	}
	// A document without fiche headings numbers its actions.
	d, err := corpus.Parse("t", "t.md", []byte("Schéma 2021-2025\n\nAxe 2 : Protéger\n\nAction 2.3 – Accueillir\nPilote : Service A\n\nAction 2.4 – Orienter\nPilote : Service B\n"))
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Fiches) != 2 || d.Fiches[0].ID != "2.3" || d.Fiches[1].AxisNumber != 2 {
		t.Errorf("actions as fiches: %+v", d.Fiches)
	}
}

// A schéma that lists its axes first and prints its fiches afterwards,
// under no axis heading, puts each fiche labelled "axis.number" under the
// axis its label names.
func TestAxisFromTheLabel(t *testing.T) {
	text := "Schéma départemental 2023-2027\n\n## Les axes\n\n**Axe 1 – Prévenir**\n- Fiche 1.1 : Périnatalité\n\n" +
		"**Axe 2 – Protéger**\n- Fiche 2.1 : Évaluation\n\n**Axe 3 – Préparer l'avenir**\n- Fiche 3.1 : Autonomie\n\n" +
		"## Les fiches\n\n### Fiche 1.1 — Périnatalité\nPilote : Service A\n\n### Fiche 2.1 — Évaluation\nPilote : Service B\n\n" +
		"### Fiche 3.1 — Autonomie\nPilote : Service C\n"
	d, err := corpus.Parse("t", "t.md", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	for label, want := range map[string]int{"1.1": 1, "2.1": 2, "3.1": 3} {
		f := d.Fiche(label)
		if f == nil {
			t.Fatalf("no fiche %s: %+v", label, d.Fiches)
		}
		if f.AxisNumber != want {
			t.Errorf("fiche %s is under axis %d, want %d", label, f.AxisNumber, want)
		}
	}
}

// A plan whose actions carry codes three levels deep, each headed by its
// path ("Orientation 2 > Objectif 2.1 > Action 2.1.1") with its title on
// the next heading, and numbered 1, 2, 3… in a summary: each action is a
// fiche under its code, in the orientation of its path, known by its order
// number too; its labels are the document's own ("Porteur", "Jalons",
// "Critères de réussite", however long the line).
func TestCodedActionsUnderAPath(t *testing.T) {
	doc := `# Schéma départemental 2023-2027

**Orientation 1 — Agir tôt**
**Orientation 2 — Protéger**

### Récapitulatif des actions

1. Action 1.1.1 — Ouvrir un lieu d'accueil
2. Action 2.1.1 — Créer une cellule d'évaluation

## Les actions

### Orientation 1 > Objectif 1.1 > Action 1.1.1

#### Ouvrir un lieu d'accueil

Porteur : Service de PMI
Jalons : ouverture au 1er janvier 2024 ; bilan en décembre 2025

### Orientation 2 > Objectif 2.1 > Action 2.1.1

#### Créer une cellule d'évaluation

Porteur : CRIP
Co-porteurs : Service de PMI ; CHU
Critères de réussite : délai moyen d'évaluation des informations préoccupantes concernant les enfants de 0 à 3 ans ; part des évaluations réalisées en pluridisciplinarité ; nombre de signalements à l'autorité judiciaire
Jalons : cellule opérationnelle en septembre 2024
`
	d, err := corpus.Parse("t", "t.md", []byte(doc))
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Fiches) != 2 {
		t.Fatalf("%d fiches, want 2", len(d.Fiches))
	}
	f := d.Fiche("2.1.1")
	if f == nil || f.Title != "Créer une cellule d'évaluation" || f.AxisNumber != 2 {
		t.Fatalf("fiche 2.1.1 = %+v", f)
	}
	if d.Fiche("2") != f {
		t.Error("the summary's order number 2 does not name action 2.1.1")
	}
	if len(f.Pilots.Items) < 2 || f.Pilots.Items[0].Text != "CRIP" {
		t.Errorf("pilots %+v", f.Pilots.Items)
	}
	if len(f.Indicators.Items) == 0 || !strings.Contains(f.Indicators.Items[0].Text, "délai moyen") {
		t.Errorf("indicators %+v", f.Indicators.Items)
	}
	if len(f.Milestones) != 1 || f.Milestones[0].Start.Month() != 9 {
		t.Errorf("milestones %+v", f.Milestones)
	}
	// "ouverture au 1er janvier 2024 ; bilan en décembre 2025": two dates.
	if m := d.Fiche("1.1.1").Milestones; len(m) != 2 || m[0].Start.Day() != 1 || m[0].Start.Year() != 2024 || m[1].Start.Year() != 2025 {
		t.Errorf("milestones of 1.1.1 %+v", m)
	}
}

// A Word export: a byte-order mark and CRLF line ends, actions headed
// "ACTION n°X" with their title below, under "ENGAGEMENT" axes, fields
// introduced by numbered questions, and a calendar of sentences that each
// start with their quarter.
func TestWordExportWithNumberedQuestions(t *testing.T) {
	doc := "\ufeffSCHÉMA DÉPARTEMENTAL 2025-2029\r\n\r\nENGAGEMENT 1 – PRÉVENIR AU PLUS TÔT\r\n\r\n" +
		"ACTION n°3\r\nAller vers les adolescents en difficulté\r\n" +
		"1. Pourquoi cette action ?\r\nLes adolescents représentent 45 % des nouvelles mesures.\r\n" +
		"Ce que nous allons faire :\r\n•\tétendre la prévention spécialisée à Thiers ;\r\n•\tcréer une équipe de crise.\r\n" +
		"2. Qui pilote ?\r\nLa mission Prévention jeunesse.\r\n" +
		"3. Avec qui ?\r\nAssociations de prévention spécialisée ; Maison des adolescents.\r\n" +
		"4. Quand ?\r\nT3 2025 : extension à Thiers. 1er trimestre 2026 : création de l'équipe de crise.\r\n" +
		"5. Comment mesurer ?\r\n•\tnombre de jeunes accompagnés ;\r\n"
	d, err := corpus.Parse("t", "t.txt", []byte(doc))
	if err != nil {
		t.Fatal(err)
	}
	f := d.Fiche("3")
	if f == nil || f.Title != "Aller vers les adolescents en difficulté" || f.AxisNumber != 1 {
		t.Fatalf("fiche 3 = %+v (axes %+v)", f, d.Axes)
	}
	if len(f.Pilots.Items) == 0 || !strings.Contains(f.Pilots.Items[0].Text, "Prévention jeunesse") {
		t.Errorf("pilots %+v", f.Pilots.Items)
	}
	if len(f.Partners.Items) == 0 || len(f.Actions.Items) != 2 || len(f.Indicators.Items) == 0 {
		t.Errorf("partners %+v, actions %+v, indicators %+v", f.Partners.Items, f.Actions.Items, f.Indicators.Items)
	}
	if len(f.Milestones) != 2 || f.Milestones[0].Start.Month() != 7 || f.Milestones[1].Start.Year() != 2026 {
		t.Errorf("milestones %+v", f.Milestones)
	}
}

// A Word document exported by pandoc: bookmarks as attributed spans,
// en dashes written "--", footnote calls, text wrapped at 72 columns.
func TestPandocMarkdownExport(t *testing.T) {
	doc := "# Schéma de l'enfance 2023-2027\n\n" +
		"Le schéma compte 2 184 enfants confiés à l'ASE au 31 décembre\n2022, contre 1 950 en 2018.[^1]\n\n" +
		"# []{#_Toc130470105 .anchor}Axe 1 -- Agir tôt : prévention et soutien\n\n" +
		"## Fiche action n°1 : Renforcer les visites à domicile\n\n" +
		"**Pilote :** Service de PMI\n\n**Objectifs :**\n\n-   Harmoniser les pratiques avec le référentiel de la\n    HAS[^2]\n"
	d, err := corpus.Parse("t", "t.md", []byte(doc))
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Axes) != 1 || d.Axes[0].Title != "Agir tôt : prévention et soutien" {
		t.Fatalf("axes %+v", d.Axes)
	}
	f := d.Fiche("1")
	if f == nil || f.AxisNumber != 1 {
		t.Fatalf("fiche 1 = %+v", f)
	}
	if len(f.Objectives.Items) != 1 || f.Objectives.Items[0].Text != "Harmoniser les pratiques avec le référentiel de la HAS" {
		t.Errorf("objectives %+v", f.Objectives.Items)
	}
	found := false
	for _, s := range d.Sections {
		for _, p := range s.Paragraphs {
			found = found || strings.Contains(p.Text, "au 31 décembre 2022, contre 1 950 en 2018.")
		}
	}
	if !found {
		t.Errorf("sections %+v: a sentence wrapped at 72 columns is one paragraph", d.Sections)
	}
}

// A spreadsheet's plan of actions exported as CSV: a title block, label and
// value rows, then one row an action under a header row, cells of several
// lines, the orientation a merged cell exported on its first row only,
// actions numbered under Roman axis numbers ("II-3"), dates as the sheet
// prints them. The expected values are read from the file.
func TestCSVPlanOfActions(t *testing.T) {
	doc, err := corpus.LoadFile(context.Background(), "testdata/layouts/calvados-2024-2028.csv")
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Fiches) != 13 || len(doc.Axes) != 4 {
		t.Fatalf("%d fiches, %d axes; want 13 and 4", len(doc.Fiches), len(doc.Axes))
	}
	f := doc.Fiche("II-3")
	if f == nil || f.Title != "Créer une cellule d'orientation des accueils" || f.AxisNumber != 2 {
		t.Fatalf("fiche II-3 = %+v", f)
	}
	if got := strings.Join(itemTexts(f.Pilots.Items), " "); got != "Cellule d'orientation et de régulation des accueils (CORA)" {
		t.Errorf("pilots %q", got)
	}
	if !slices.ContainsFunc(f.Milestones, func(m corpus.Milestone) bool { return m.End.Equal(time.Date(2025, 9, 1, 0, 0, 0, 0, time.UTC)) }) {
		t.Errorf("milestones %+v: want the deadline of 1 September 2025", f.Milestones)
	}
	if got := strings.Join(itemTexts(doc.Fiche("III-3").Pilots.Items), " "); !strings.Contains(got, "Direction enfance famille") || !strings.Contains(got, "DSDEN du Calvados") {
		t.Errorf("III-3 pilots %q: a cell of two lines is one pilot", got)
	}
	for _, id := range []string{"II-3", "ii-3", "II - 3"} {
		if got := corpus.CanonicalFicheID(id); got != "II-3" {
			t.Errorf("CanonicalFicheID(%q) = %q", id, got)
		}
	}
}

// A French spreadsheet's export: semicolons, a title row, "N° fiche"
// before "Orientation", an action continued on a row whose number is
// empty, and blocks of key figures and acronyms under the table. The
// expected values are read from the file.
func TestSemicolonCSVWithBlocks(t *testing.T) {
	doc, err := corpus.LoadFile(context.Background(), "testdata/layouts/cantal-2023-2027.csv")
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Fiches) != 14 || len(doc.Axes) != 4 {
		t.Fatalf("%d fiches, %d axes; want 14 and 4", len(doc.Fiches), len(doc.Axes))
	}
	if doc.Title != "SCHÉMA DÉPARTEMENTAL DE PRÉVENTION ET DE PROTECTION DE L'ENFANCE DU CANTAL 2023-2027 – PLAN D'ACTIONS" {
		t.Errorf("title %q", doc.Title)
	}
	f := doc.Fiche("2.1")
	if f == nil || !strings.HasPrefix(f.Title, "Réorganiser la CRIP") || f.AxisNumber != 2 {
		t.Fatalf("fiche 2.1 = %+v", f)
	}
	if got := strings.Join(itemTexts(f.Calendar.Items), " | "); !strings.Contains(got, "Protocole IP : T1 2024") || !strings.Contains(got, "Formulaire en ligne : T3 2025") {
		t.Errorf("fiche 2.1 calendar %q: want both rows of the action", got)
	}
	if got := doc.Expand("IP"); got != "Information préoccupante" {
		t.Errorf("IP = %q, want the glossary block's entry", got)
	}
	last := doc.Fiches[len(doc.Fiches)-1]
	if strings.Contains(strings.Join(itemTexts(last.Indicators.Items), " "), "612") || strings.Contains(doc.Text(last.Span), "GLOSSAIRE") {
		t.Errorf("the blocks under the table went into fiche %s", last.ID)
	}
}

// A fiche whose title is the first row of its table, "| Intitulé de
// l'action | … |", is titled by that row's value, not by the row.
func TestTitleInTheFichesTable(t *testing.T) {
	doc := "# Schéma 2023-2027\n\n### FA n°6\n\n| Intitulé de l'action | Donner une place réelle à la parole des enfants |\n| --- | --- |\n| Service référent | Mission Participation des usagers |\n\n" +
		"### FA n°7\n\n| Titre | Former les professionnels |\n| --- | --- |\n| Pilote | Service formation |\n"
	d, err := corpus.Parse("t", "t.md", []byte(doc))
	if err != nil {
		t.Fatal(err)
	}
	for id, want := range map[string]string{"6": "Donner une place réelle à la parole des enfants", "7": "Former les professionnels"} {
		if f := d.Fiche(id); f == nil || f.Title != want {
			t.Errorf("fiche %s = %+v, want title %q", id, f, want)
		}
	}
}

// A slide deck's text export: the file name is no title, slides are
// separated by markers, an action's slide ends the action, and a date a
// fiche adopts something at is not the schéma's adoption.
func TestSlideDeckExport(t *testing.T) {
	deck := "Schema_2024-2028.pptx — export texte\n\n--- Diapositive 1 / 6 ---\nSchéma départemental enfance famille 2024-2028\n\n" +
		"--- Diapositive 2 / 6 ---\nB. Deuxième orientation : protéger sans délai\n\n" +
		"--- Diapositive 3 / 6 ---\nAction 1 | Une CRIP plus réactive\n• Qui : Responsable de la CRIP\n• Quand : référentiel adopté en juin 2025\n• On mesure : délai moyen\n\n" +
		"--- Diapositive 4 / 6 ---\nAction 2 | Un bus de PMI\n• Qui : Service de PMI\n• Avec : CAF\n\n" +
		"--- Diapositive 5 / 6 ---\nGouvernance\n• Comité de pilotage : deux réunions par an\n"
	d, err := corpus.Parse("deck", "deck.txt", []byte(deck))
	if err != nil {
		t.Fatal(err)
	}
	if d.Title != "Schéma départemental enfance famille 2024-2028" || d.Adopted != "" {
		t.Errorf("title %q adopted %q, want the first slide's title and no adoption", d.Title, d.Adopted)
	}
	if len(d.Axes) != 1 || d.Axes[0].Number != 2 || d.Axes[0].Title != "protéger sans délai" {
		t.Errorf("axes %+v, want orientation 2 numbered in words", d.Axes)
	}
	// "4. Orientation 1 – …": a chapter's number before the axis, and
	// "(fiches 1.1 à 1.3)" after its title in a list of the axes.
	c, err := corpus.Parse("chap", "chap.txt", []byte("Schéma enfance 2024-2028\n\n• Orientation 1 – Agir tôt (fiches 1.1 à 1.3)\n\n4. Orientation 1 – Agir tôt\n\nFiche action 1.1 : Essai\nPilote : Service A\n"))
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Axes) != 1 || c.Axes[0].Number != 1 || c.Axes[0].Title != "Agir tôt" || len(c.Fiches) != 1 || c.Fiches[0].AxisNumber != 1 {
		t.Errorf("axes %+v fiches %d: want orientation 1 'Agir tôt' over fiche 1.1", c.Axes, len(c.Fiches))
	}
	if len(d.Fiches) != 2 {
		t.Fatalf("%d fiches, want 2", len(d.Fiches))
	}
	f2 := d.Fiches[1]
	if f2.Title != "Un bus de PMI" || strings.Join(f2.Partners.Texts(), "|") != "CAF" || strings.Contains(strings.Join(f2.Calendar.Texts(), " "), "pilotage") || len(f2.Other) > 0 {
		t.Errorf("fiche 2 = %q partners %q calendar %q other %+v; the governance slide is not the action's", f2.Title, f2.Partners.Texts(), f2.Calendar.Texts(), f2.Other)
	}
	if got := strings.Join(d.Fiches[0].Indicators.Texts(), "|"); got != "délai moyen" {
		t.Errorf("fiche 1 indicators %q", got)
	}
}

// A fiche written as one paragraph: its first sentence is its title, and
// each sentence goes to the field its words name.
func TestFicheWrittenAsProse(t *testing.T) {
	doc := "Schéma départemental de protection de l'enfance 2025-2029\n\nA. Première orientation : soutenir les familles\n\n" +
		"Action n° 1 — Ouvrir une maison des parents. Les parents disent leur isolement et ne savent pas vers qui se tourner pour une question éducative. " +
		"L'objectif est de leur offrir un lieu ouvert sans rendez-vous. Cette action est pilotée par la Direction de l'enfance. " +
		"Elle associe les centres sociaux et l'UDAF. Deux de ses membres siégeront au comité de pilotage. Les premières maisons ouvriront en 2026. " +
		"Son suivi reposera sur le nombre de maisons ouvertes.\n"
	d, err := corpus.Parse("prose", "prose.txt", []byte(doc))
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Fiches) != 1 {
		t.Fatalf("%d fiches, want 1", len(d.Fiches))
	}
	f := d.Fiches[0]
	for _, c := range []struct{ field, got, want string }{
		{"title", f.Title, "Ouvrir une maison des parents"},
		{"pilots", strings.Join(f.Pilots.Texts(), "|"), "La Direction de l'enfance"},
		{"partners", strings.Join(f.Partners.Texts(), "|"), "Les centres sociaux|L'UDAF"},
		{"objectives", strings.Join(f.Objectives.Texts(), "|"), "L'objectif est de leur offrir un lieu ouvert sans rendez-vous."},
		{"indicators", strings.Join(f.Indicators.Texts(), "|"), "Son suivi reposera sur le nombre de maisons ouvertes."},
	} {
		if c.got != c.want {
			t.Errorf("%s %q, want %q", c.field, c.got, c.want)
		}
	}
	if len(f.Milestones) != 1 || f.Milestones[0].Start.Year() != 2026 {
		t.Errorf("milestones %+v, want one in 2026", f.Milestones)
	}
}

// A fiche laid out as one grid table, numbered in its first row, with
// labels of its own repeated from fiche to fiche, dates one a line inside a
// cell, and a glossary printed with dot leaders.
func TestGridTableFiches(t *testing.T) {
	row := func(label, value string) string {
		return fmt.Sprintf("| %-16s | %-44s |\n", label, value)
	}
	border := "+------------------+----------------------------------------------+\n"
	head := "+==================+==============================================+\n"
	fiche := func(n, title, pilot string) string {
		return border + row("FICHE-ACTION N°", n) + head + row("INTITULÉ", title) + border +
			row("PILOTE(S)", pilot) + border +
			row("ÉCHÉANCIER", "Diagnostic : 1er semestre 2023") + row("", "Équipe de Saint-Claude : septembre 2024") + border +
			row("INDICATEURS", "- Nombre de jeunes accompagnés") + border +
			row("FICHES LIÉES", "1, 3") + border + "\n"
	}
	doc := "SCHÉMA ENFANCE-FAMILLE 2023-2027\n\nAXE 1 - PRÉVENIR\n\n" +
		fiche("1", "Ouvrir un relais parents", "Direction de l'enfance") +
		fiche("2", "Étendre la prévention spécialisée", "Mission prévention") +
		fiche("3", "Prévenir le décrochage scolaire", "Service ASE") +
		"SIGLES\n\nCRIP ........ Cellule de recueil des informations préoccupantes\nDEF ......... Direction de l'enfance\n"
	d, err := corpus.Parse("grid", "grid.txt", []byte(doc))
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Fiches) != 3 {
		t.Fatalf("%d fiches, want 3 numbered in their tables' first rows", len(d.Fiches))
	}
	f := d.Fiches[1]
	if f.ID != "2" || f.Title != "Étendre la prévention spécialisée" || strings.Join(f.Pilots.Texts(), "|") != "Mission prévention" {
		t.Errorf("fiche %q %q pilots %q", f.ID, f.Title, f.Pilots.Texts())
	}
	if got := strings.Join(f.Calendar.Texts(), "|"); got != "Diagnostic : 1er semestre 2023|Équipe de Saint-Claude : septembre 2024" {
		t.Errorf("calendar %q, want one item a line of the cell", got)
	}
	if got := strings.Join(f.Indicators.Texts(), "|"); got != "Nombre de jeunes accompagnés" {
		t.Errorf("indicators %q; the repeated label 'FICHES LIÉES' opens a field of its own", got)
	}
	found := false
	for _, g := range d.Glossary {
		found = found || g.Acronym == "CRIP" && g.Expansion == "Cellule de recueil des informations préoccupantes"
	}
	if !found {
		t.Errorf("glossary %+v, want CRIP read across its dot leaders", d.Glossary)
	}
}

// Actions numbered three levels deep without a dash ("1.1.1 Renforcer…"),
// their fields question headings ("Qui pilote ?", "Pour quoi faire ?"),
// under chapters numbered by one number; a running header that names the
// chapter; calendars wrapped at the page's width.
func TestQuestionHeadedFiches(t *testing.T) {
	var b strings.Builder
	b.WriteString("Schéma départemental de protection de l'enfance 2024-2028\n")
	fill := "Le diagnostic partagé a montré que les familles les plus isolées accèdent tardivement aux services.\n"
	for a := 1; a <= 2; a++ {
		fmt.Fprintf(&b, "\fDépartement de l'Exemple Orientation %d — Titre\n%d Chapitre numéro %d du schéma\n%s", a, a, a, fill)
		for n := 1; n <= 2; n++ {
			fmt.Fprintf(&b, "%d.1.%d Action numéro %d de l'orientation\nQui pilote ? Le service %d.%d.\nAvec qui ? La CAF.\n", a, n, n, a, n)
			// Each fiche says its own things: a line on every page is
			// furniture.
			fmt.Fprintf(&b, "Pour quoi faire ? Aller vers les familles éloignées des services (%d.%d).\n", a, n)
			fmt.Fprintf(&b, "Pour quand ? Conventions signées au premier semestre 2025 ; recrutements réalisés courant\n2025 ; staffs mensuels à la fin de l'année (%d.%d).\n", a, n)
			fmt.Fprintf(&b, "Comment saura-t-on que c'est réussi ? Nombre de familles rencontrées (%d.%d).\n", a, n)
			fmt.Fprintf(&b, "%s%sPage %d\n", fill, fill, a*2+n)
			fmt.Fprintf(&b, "\fDépartement de l'Exemple Orientation %d — Titre\n", a)
		}
	}
	d, err := corpus.Parse("deep", "deep.txt", []byte(b.String()))
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Fiches) != 4 {
		t.Fatalf("%d fiches, want 4", len(d.Fiches))
	}
	f := d.Fiches[2]
	if f.ID != "2.1.1" || f.AxisNumber != 2 || !strings.Contains(f.Axis, "Chapitre numéro 2") || !strings.HasPrefix(f.Axis, "Orientation 2") {
		t.Errorf("fiche %q axis %q (%d), want 2.1.1 under 'Orientation 2 : Chapitre numéro 2…'", f.ID, f.Axis, f.AxisNumber)
	}
	if got := strings.Join(f.Objectives.Texts(), "|"); got != "Aller vers les familles éloignées des services (2.1)." {
		t.Errorf("objectives %q", got)
	}
	if got := strings.Join(f.Calendar.Texts(), "|"); !strings.Contains(got, "courant 2025 ; staffs") {
		t.Errorf("calendar %q, want the line wrapped at the page's width joined", got)
	}
	for _, fi := range d.Fiches {
		for _, it := range fi.Indicators.Items {
			if strings.Contains(it.Text, "Exemple") {
				t.Errorf("fiche %s indicators hold the running header: %q", fi.ID, it.Text)
			}
		}
	}
}

// A consultation report states its engagements in numbered paragraphs of
// its chapters ("CHAPITRE II — ORIENTATION 1 : …") and lists them again in
// a fixed-width follow-up table in an annex; its table of contents has no
// page numbers.
func TestEngagementsInChaptersAndAnnexTable(t *testing.T) {
	d, err := corpus.LoadFile(context.Background(), "testdata/layouts/drome-2023-2027.txt")
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Fiches) != 15 || len(d.Axes) != 4 {
		t.Fatalf("%d fiches, %d axes; want 15 engagements under 4 orientations", len(d.Fiches), len(d.Axes))
	}
	f := d.Fiche("E11")
	if f == nil || f.AxisNumber != 3 {
		t.Fatalf("E11 = %+v, want it under orientation 3, where its chapter states it", f)
	}
	if act := strings.Join(f.Actions.Texts(), " "); !strings.Contains(act, "référent scolarité") {
		t.Errorf("E11 actions %q, want the paragraph that states the engagement", act)
	}
	if p := strings.Join(d.Fiche("E9").Pilots.Texts(), " "); p != "Service accueil familial" {
		t.Errorf("E9 pilots %q: 'Service responsable' names the pilot", p)
	}
	for _, s := range d.Sections {
		if strings.Contains(s.Heading, "Sigles") && strings.Contains(s.Text, "Le présent rapport") {
			t.Errorf("the report's body is under %q, an entry of its table of contents", s.Heading)
		}
	}
	if d.Expand("ADEPAPE") == "" {
		t.Error("the glossary of the annex is not read")
	}
}

// A project tool's export: one row a task, several tasks a fiche, the
// orientation in a column after the title, start and end days, and rows
// that carry key figures and acronyms instead of tasks.
func TestTaskRowsCSV(t *testing.T) {
	d, err := corpus.LoadFile(context.Background(), "testdata/layouts/nievre-2025-2029.csv")
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Fiches) != 12 || len(d.Axes) != 3 {
		t.Fatalf("%d fiches, %d axes; want 12 fiches of several tasks each, under 3 axes", len(d.Fiches), len(d.Axes))
	}
	f := d.Fiche("1.1")
	if f == nil || f.Title != "Déployer une PMI mobile dans les territoires ruraux" || f.AxisNumber != 1 {
		t.Fatalf("fiche 1.1 = %+v", f)
	}
	if p := f.Pilots.Texts(); len(p) != 1 || p[0] != "Cheffe de service PMI" {
		t.Errorf("pilots %q, want the one pilot of every task row once", p)
	}
	found := false
	for _, m := range f.Milestones {
		found = found || strings.Contains(m.Label, "Acquérir et aménager le véhicule") && m.Start.Format("2006-01-02") == "2025-01-06" && m.End.Format("2006-01-02") == "2025-06-30"
	}
	if !found {
		t.Errorf("milestones %+v, want the task's start and end days", f.Milestones)
	}
	if got := d.Expand("ADEPAPE"); got != "Association départementale d'entraide des personnes accueillies en protection de l'enfance" {
		t.Errorf("ADEPAPE = %q, want the SIGLE row's expansion", got)
	}
	figures := false
	for _, s := range d.Sections {
		figures = figures || strings.Contains(s.Text, "238 assistants familiaux")
	}
	if !figures {
		t.Error("the INFO rows' key figures are in no section")
	}
}

// A newsletter: each fiche a news item under its headline, "[Fiche n° 1 —
// Titre]" in brackets, its fields run in on one line between pipes or
// bullets.
func TestNewsletterItems(t *testing.T) {
	d, err := corpus.LoadFile(context.Background(), "testdata/layouts/ariege-2023-2027.txt")
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Fiches) != 14 {
		t.Fatalf("%d fiches, want the 14 news items' fiches", len(d.Fiches))
	}
	f := d.Fiche("1")
	if f == nil || f.Title != "Aller vers les familles isolées grâce à une PMI itinérante" || f.AxisNumber != 1 {
		t.Fatalf("fiche 1 = %+v", f)
	}
	if p := strings.Join(f.Pilots.Texts(), "|"); p != "Service de PMI" {
		t.Errorf("pilots %q, want the first field of the line alone", p)
	}
	if c := strings.Join(f.Calendar.Texts(), "|"); c != "juin 2025" {
		t.Errorf("calendar %q", c)
	}
	for _, id := range []string{"11", "12"} {
		if g := d.Fiche(id); g == nil || g.Pilots.Empty() || g.Partners.Empty() {
			t.Errorf("fiche %s = %+v, want its fields apart though bullets separate them", id, g)
		}
	}
}

// A notes tool's export: fiches as <details> blocks, bold labels in a list,
// emoji before headings and dates, "#pilote/PMI" tags, task lists.
func TestNotesToolExport(t *testing.T) {
	d, err := corpus.LoadFile(context.Background(), "testdata/layouts/territoire-de-belfort-2025-2029.md")
	if err != nil {
		t.Fatal(err)
	}
	f := d.Fiche("1.1")
	if f == nil || f.Title != "Ouvrir une Maison des 1 000 premiers jours à Belfort" {
		t.Fatalf("fiche 1.1 = %+v", f)
	}
	if p := strings.Join(f.Pilots.Texts(), "|"); p != "Service de PMI de la Direction Enfance Famille" {
		t.Errorf("pilots %q, want no tag", p)
	}
	if p := strings.Join(f.Partners.Texts(), "|"); strings.Contains(p, "Statut") || strings.Contains(p, "#") {
		t.Errorf("partners %q: the status is a field of its own, tags are no partners", p)
	}
	if len(f.Milestones) == 0 || f.Milestones[0].End.Format("2006-01-02") != "2026-09-30" {
		t.Errorf("milestones %+v, want the deadline after its emoji", f.Milestones)
	}
	if o := f.Objectives.Texts(); len(o) != 2 {
		t.Errorf("objectives %q, want the two items under the emoji heading", o)
	}
	if a := f.Actions.Texts(); len(a) != 4 || strings.HasPrefix(a[0], "[") {
		t.Errorf("actions %q, want the four tasks without their boxes", a)
	}
}

// Fiches opened by headings of a shape no rule names — "Projet 2.1 :",
// "Engagement E4.", "Levier 3 –", a bare "2.1.2 Titre" — are found as the
// family of headings the document numbers alike.
func TestHeadingFamilies(t *testing.T) {
	for _, head := range []string{"Projet %d.1 : Titre du projet %d", "Engagement E%d. Titre de l'engagement %d",
		"[Chantier n° %d — Titre du chantier %d]", "Levier %d – Titre du levier %d", "%d.1.2 Titre sans mot %d"} {
		var b strings.Builder
		b.WriteString("Schéma départemental 2024-2028\n\n1. Introduction\n\nLe schéma compte quatre actions.\n\n")
		for n := 1; n <= 4; n++ {
			fmt.Fprintf(&b, head+"\n\nPilote : Service %d\nPartenaires : CAF\nÉchéance : 2025\n\n", n, n, n)
		}
		d, err := corpus.Parse("x", "x.txt", []byte(b.String()))
		if err != nil {
			t.Fatal(err)
		}
		if len(d.Fiches) != 4 {
			t.Errorf("%q: %d fiches, want 4", head, len(d.Fiches))
			continue
		}
		f := d.Fiches[2]
		if !strings.HasSuffix(f.Title, " 3") || strings.Join(f.Pilots.Texts(), "") != "Service 3" {
			t.Errorf("%q: third fiche %q %q, pilots %q", head, f.ID, f.Title, f.Pilots.Texts())
		}
	}
}

// A template in English: "Workstream A", "Action Plan — Item 4 : …",
// labels "Owner (pilote)", "When (échéance)", "KPI (indicateurs)" as
// definition lists, a date before a dash ("Q4 2025 — …").
func TestEnglishTemplate(t *testing.T) {
	d, err := corpus.LoadFile(context.Background(), "testdata/layouts/indre-2024-2028.md")
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Fiches) != 14 || len(d.Axes) != 4 {
		t.Fatalf("%d fiches, %d axes; want 14 items under 4 workstreams", len(d.Fiches), len(d.Axes))
	}
	f := d.Fiche("4")
	if f == nil || !strings.HasPrefix(f.Title, "Développer l'aide éducative à domicile renforcée") || f.AxisNumber != 1 {
		t.Fatalf("item 4 = %+v", f)
	}
	if p := strings.Join(f.Pilots.Texts(), "|"); p != "Responsable du pôle Milieu ouvert — service ASE" {
		t.Errorf("owner %q", p)
	}
	if o := f.Objectives.Texts(); len(o) != 2 || strings.HasPrefix(o[0], "-") {
		t.Errorf("why %q, want two objectives without their dashes", o)
	}
	if len(f.Milestones) == 0 || f.Milestones[0].Start.Format("2006-01") != "2025-04" {
		t.Errorf("milestones %+v, want Q2 2025 first", f.Milestones)
	}
}

// An open-data export in long format, one row a field of an engagement,
// axes and key figures and acronyms as rows too.
func TestLongFormatCSV(t *testing.T) {
	d, err := corpus.LoadFile(context.Background(), "testdata/layouts/creuse-2023-2027.csv")
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Fiches) != 14 || len(d.Axes) != 4 {
		t.Fatalf("%d fiches, %d axes; want 14 engagements under 4 leviers", len(d.Fiches), len(d.Axes))
	}
	f := d.Fiche("1.1")
	if f == nil || f.Title != "Généraliser les bilans de santé en école maternelle" || f.AxisNumber != 1 {
		t.Fatalf("engagement 1.1 = %+v", f)
	}
	if p := strings.Join(f.Pilots.Texts(), "|"); p != "Médecin responsable de la PMI" {
		t.Errorf("pilots %q, want the pilote row alone", p)
	}
	if len(f.Objectives.Items) != 2 || len(f.Actions.Items) != 3 {
		t.Errorf("objectives %q actions %q, want each row of a field an item", f.Objectives.Texts(), f.Actions.Texts())
	}
	if got := d.Expand("ASE"); got == "" {
		t.Error("the glossary rows are not read")
	}
}

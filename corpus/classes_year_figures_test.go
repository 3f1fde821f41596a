package corpus_test

// A class of schémas typeset by a word processor whose diagnostic gives
// its key figures as tables by year: "Indicateur | 2020 | … | 2023 |
// Évolution", one row a measure, "dont …" rows indented under the measure
// they break down. The label column is narrow, so a long label wraps
// inside its cell: as laid out, a figure may sit on another line than
// part of its label, above it when the cells are set at their top, between
// its lines when they are centred in their height. Each figure must stay
// with its row's label and its year, in the section the table stands in.
// The sommaire sets each page after a dot leader; a title that fills its
// line leaves a single dot of it before the page, a longer one wraps and
// sets its page on its second line. The fixture is written by
// haute-ondine-chiffres-par-annee.py.

import (
	"slices"
	"strings"
	"testing"
)

func TestYearFiguresClass(t *testing.T) {
	needPdftotext(t)
	d := loadClass(t, "haute-ondine-chiffres-par-annee.pdf")
	// No entry of the sommaire is a fiche that would take the text after
	// it, the diagnostic included.
	if got, want := ids(d), "1 2 3"; got != want {
		t.Fatalf("fiches %q, want %q", got, want)
	}
	for _, w := range d.Warnings {
		t.Errorf("warning %q", w)
	}
	var diag []string
	for _, s := range d.Sections {
		if s.Heading == "2. Diagnostic en chiffres" {
			for _, p := range s.Paragraphs {
				diag = append(diag, p.Text)
			}
		}
	}
	if len(diag) == 0 {
		t.Fatalf("no section of the diagnostic among %d sections", len(d.Sections))
	}
	for _, tt := range []struct {
		name, want string
	}{
		{"a label wrapped under its figures",
			"Signalements adressés au procureur de la République : 418 (2020) — 452 (2021) — 497 (2022) — 530 (2023) — +26,8 % (Évolution)"},
		{"a row whose label fits its cell",
			"Délai moyen d'évaluation (jours) : 118 (2020) — 104 (2021) — 97 (2022) — 88 (2023) — -25,4 % (Évolution)"},
		{"a wrapped sub-row named after its measure",
			"Évaluations conduites par la cellule départementale, dont évaluations achevées dans les délais : 1 208 (2020) — 1 367 (2021) — 1 590 (2022) — 1 802 (2023) — +49,2 % (Évolution)"},
		{"figures between the lines of a centred label",
			"Enfants accueillis chez un assistant familial : 1 317 (2020) — 1 289 (2021) — 1 254 (2022) — 1 226 (2023) — -6,9 % (Évolution)"},
		{"a centred label of three lines",
			"Enfants accueillis en maison d'enfants à caractère social : 702 (2020) — 736 (2021) — 771 (2022) — 809 (2023) — +15,2 % (Évolution)"},
		{"a centred sub-row",
			"Enfants accueillis en maison d'enfants à caractère social, dont accueils en urgence : 96 (2020) — 104 (2021) — 121 (2022) — 133 (2023) — +38,5 % (Évolution)"},
		{"a label opening on figures of its own",
			"Jeunes de 18 à 21 ans sous contrat d'accompagnement : 288 (2020) — 301 (2021) — 339 (2022) — 372 (2023) — +29,2 % (Évolution)"},
	} {
		if !slices.Contains(diag, tt.want) {
			t.Errorf("%s: no paragraph %q in %q", tt.name, tt.want, diag)
		}
	}
	// The headers name no figure, and the text around the tables stays
	// as it was.
	all := strings.Join(diag, "\n")
	if strings.Contains(all, "Indicateur") {
		t.Errorf("a header row is left in the section: %q", all)
	}
	for _, keep := range []string{"Tableau 2 – Accueil des enfants", "Source : Département de la Haute-Ondine, observatoire de l'enfance."} {
		if !strings.Contains(all, keep) {
			t.Errorf("%q is lost: %q", keep, all)
		}
	}
	if f := d.Fiche("2"); f == nil || !slices.Equal(f.Pilots.Texts(), []string{"Mission autonomie des jeunes"}) {
		t.Errorf("fiche 2, whose title fills its line of the sommaire, lost its pilot: %+v", f)
	}
}

package llm

import (
	"errors"
	"slices"
	"testing"

	"schemabot/bot/answer"
	"schemabot/bot/chat"
)

func TestCheck(t *testing.T) {
	ps := fiche30(t) // [1] pilote, [2] calendrier, [3] acteurs associés
	tests := []struct {
		name   string
		answer string
		cited  []int // nil: an error is wanted
	}{
		{"grounded", grounded, []int{1, 2}},
		{"multi-number marker and range", "Le pilote est la Conseillère technique politiques sociales [1, 3]. Calendrier : Semestre 2 / 2019 [2-3].", []int{1, 2, 3}},
		{"date said another way", "La commission formation est constituée au 2e semestre 2019 [2].", []int{2}},
		{"English answer keeping French names", "The pilot is the Conseillère technique politiques sociales of the Direction de l'Éducation, de la Jeunesse et du Sport (DEJS) [1]. The commission is set up in the second half of 2019 [2].", []int{1, 2}},
		{"names joined by prepositions", "La fiche est pilotée par la DEJS du Département de l'Isère [1].", []int{1}},
		{"case differs from the document", "Le pilote est la direction de l'éducation, de la jeunesse et du sport (DEJS) [1].", []int{1}},
		{"markdown list", "**Pilote** : Conseillère technique politiques sociales [1]\n- Constitution de la commission formation : Semestre 2 / 2019 [2]\n- Bilan annuel : Semestre 1 / 2021 – Semestre 2 / 2024 [2]", []int{1, 2}},
		{"partners", "Sont associés l'Institut de Formation en Travail Social (IFTS) et le Service recrutement et mobilités de la DRH [3].", []int{3}},
		{"document name gives the département and years", "Dans le schéma de l'Isère 2020-2024, le pilote est la Conseillère technique politiques sociales [1].", []int{1}},
		{"sentence starting with a capitalised word", "Selon l'extrait, la DEJS pilote la fiche [1].", []int{1}},

		{"marker out of range", "Le pilote est la DEJS [4].", nil},
		{"marker zero", "Le pilote est la DEJS [0].", nil},
		{"one bad number in a list", "Le pilote est la DEJS [1, 9].", nil},
		{"no citation", "Le pilote est la DEJS.", nil},
		{"empty", "", nil},
		{"pilot changed", "Le pilote est la Direction de l'Enfance et de la Famille [1].", nil},
		{"pilot from an uncited passage", "La fiche est pilotée par l'Institut de Formation en Travail Social [1].", nil},
		{"acronym invented at the start of a sentence", "PJJ et DEJS pilotent la fiche [1].", nil},
		{"name translated", "The pilot is the Department of Education, Youth and Sport [1].", nil},
		{"year changed", "Bilan annuel : Semestre 1 / 2021 – Semestre 2 / 2025 [2].", nil},
		{"half-year changed", "Constitution de la commission : Semestre 1 / 2019 [2].", nil},
		{"month invented", "La commission sera constituée en juin 2019 [2].", nil},
		{"numeric date invented", "La commission sera constituée le 30/06/2019 [2].", nil},
		{"quarter invented", "La commission sera constituée au T3 2019 [2].", nil},
		{"date from an uncited passage", "Le pilote est la Conseillère technique politiques sociales, dès le Semestre 2 / 2019 [1].", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cited, err := Check(tt.answer, ps)
			if tt.cited == nil {
				if err == nil {
					t.Fatalf("Check(%q) = %v, want an error", tt.answer, cited)
				}
				if !errors.Is(err, ErrUngrounded) {
					t.Errorf("error %v does not wrap ErrUngrounded", err)
				}
				return
			}
			if err != nil {
				t.Fatalf("Check(%q): %v", tt.answer, err)
			}
			if !slices.Equal(cited, tt.cited) {
				t.Errorf("cited = %v, want %v", cited, tt.cited)
			}
		})
	}
}

func TestCheckMoselleCaseAndHTML(t *testing.T) {
	// Moselle writes its pilots in lower case and its tables in HTML.
	ps := []answer.Passage{{
		Citation: chat.Citation{Doc: "moselle-2019-2023", Section: "Pilotes"},
		Text:     `<ul style="list-style-type: none">• Direction de l'enfance, de la famille, et de l'insertion<ul style="list-style-type: none">○ Sous-Direction de l'Aide Sociale à l'Enfance○ Sous-Direction des Actions Préventives et de l'Insertion</ul></ul>`,
	}}
	ok := []string{
		"Les pilotes sont la Direction de l'Enfance, de la Famille, et de l'Insertion et la Sous-Direction de l'Aide Sociale à l'Enfance [1].",
		"En Moselle, la Sous-Direction des Actions Préventives et de l'Insertion copilote [1].",
	}
	for _, a := range ok {
		if _, err := Check(a, ps); err != nil {
			t.Errorf("Check(%q): %v", a, err)
		}
	}
	bad := "Le pilote est la Sous-Direction de la Protection Maternelle Infantile [1]."
	if _, err := Check(bad, ps); !errors.Is(err, ErrUngrounded) {
		t.Errorf("Check(%q) = %v, want ErrUngrounded", bad, err)
	}
}

func TestDateFacts(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Semestre 2 / 2021", []string{"y:2021", "s:2:2021"}},
		{"au second semestre 2021", []string{"y:2021", "s:2:2021"}},
		{"in the first half of 2020", []string{"y:2020", "s:1:2020"}},
		{"S1 2022", []string{"y:2022", "s:1:2022"}},
		{"3e trimestre 2023, Q4 2023", []string{"y:2023", "y:2023", "t:3:2023", "t:4:2023"}},
		{"juin 2021 ; 15 septembre 2022 ; June 2021", []string{"y:2021", "y:2022", "y:2021", "m:6:2021", "m:9:2022", "m:6:2021"}},
		{"le 30/06/2021 ou 09/2021", []string{"y:2021", "y:2021", "m:6:2021", "m:9:2021"}},
		{"Semestre 2/2021", []string{"y:2021", "s:2:2021"}},
		{"2020-2024, article L.226-3-1, 42 familles", []string{"y:2020", "y:2024"}},
	}
	for _, tt := range tests {
		var got []string
		for _, f := range dateFacts(fold(tt.text)) {
			got = append(got, f.key)
		}
		slices.Sort(got)
		slices.Sort(tt.want)
		if !slices.Equal(got, tt.want) {
			t.Errorf("dateFacts(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// FuzzCheck makes sure no answer, however odd, makes Check panic, and that
// whatever it accepts cites only given passages.
func FuzzCheck(f *testing.F) {
	for _, s := range []string{grounded, "[7]", "[1-", "[2-1]", "L'Isère'", "«DEJS»[1]", "Sous-- Direction [1]", "\n\n[1]\u0301É", "S2/2021 [1]"} {
		f.Add(s)
	}
	ps := fiche30(f)
	f.Fuzz(func(t *testing.T, answer string) {
		cited, err := Check(answer, ps)
		if err != nil {
			return
		}
		if len(cited) == 0 {
			t.Fatalf("Check(%q) accepted an answer citing nothing", answer)
		}
		for _, n := range cited {
			if n < 1 || n > len(ps) {
				t.Fatalf("Check(%q) cited %d of %d passages", answer, n, len(ps))
			}
		}
	})
}

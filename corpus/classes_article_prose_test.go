package corpus_test

// A layout class: an intranet news article that announces an adopted
// schéma and tells its fiches ("Action n°1 – …") in paragraphs of running
// text, around an editorial titled by a quote and its author ("« … » –
// l'édito de Paul Girard, président du Conseil départemental"), a box of
// figures, an interview, staff comments and a glossary. A fiche's pilot,
// co-pilot, partners, deadline and indicators are only said in sentences:
// a cleft sentence ("C'est la Direction … qui conduit cette action"), a
// relative clause with its co-pilot ("Aux côtés de la Direction
// académique, qui copilote cette action avec la Direction de l'enfance,
// un protocole … doit être signé au premier trimestre 2031"), a pilot
// whose verb has work as its object and a deadline in the same sentence
// ("… pilotera la création d'une maison…, qui doit ouvrir en octobre
// 2031"), a fiche that entrusts its work ("L'action 4 confie au service …
// la mise en place…"); "les autres pilotes" names none.

import (
	"testing"
	"time"

	"schemabot/corpus"
)

func TestArticleProseClass(t *testing.T) {
	runClassCases(t, []classCase{{
		file:   "haute-vienne-article-actions.html",
		why:    "an article's fiches told in sentences get their pilot, co-pilot, partners, dated deadline and actions from those sentences, and the editorial's author named in its heading signs it",
		axes:   []string{"Soutenir les familles avant la crise", "Accueillir sans rupture"},
		fiches: []string{"1", "2", "3", "4"},
		want: []readFiche{
			{id: "1", title: "Un accueil parents-bébés dans chaque territoire",
				pilots:     []string{"La Direction de la PMI et de la santé"},
				partners:   []string{"La CAF de la Haute-Vienne", "La MSA du Limousin"},
				indicators: []string{"On suivra le nombre de familles reçues et le délai d'obtention d'un premier rendez-vous."},
				when:       "Trois lieux d'accueil parents-bébés ouvriront à Bellac, Saint-Yrieix-la-Perche et Eymoutiers, le premier au printemps 2031."},
			{id: "2", title: "Repérer plus tôt avec les collèges",
				pilots:  []string{"La Direction académique (DSDEN 87)", "La Direction de l'enfance"},
				actions: []string{"Il prévoit un référent dans chaque collège et une formation commune aux équipes."},
				when:    "Aux côtés de la Direction académique (DSDEN 87), qui copilote cette action avec la Direction de l'enfance, un protocole commun de repérage doit être signé au premier trimestre 2031."},
			{id: "3", title: "Une maison d'accueil d'urgence à Limoges",
				pilots:  []string{"La directrice du Centre départemental de l'enfance"},
				actions: []string{"La directrice du Centre départemental de l'enfance pilotera la création d'une maison d'accueil d'urgence de 18 places, qui doit ouvrir en octobre 2031."},
				when:    "La directrice du Centre départemental de l'enfance pilotera la création d'une maison d'accueil d'urgence de 18 places, qui doit ouvrir en octobre 2031."},
			{id: "4", title: "Préparer la sortie des jeunes majeurs",
				pilots:     []string{"Le service Jeunesse et autonomie"},
				actions:    []string{"L'action 4 confie au service Jeunesse et autonomie la mise en place d'un entretien systématique à 17 ans et d'une aide au logement jusqu'à 21 ans."},
				indicators: []string{"part des jeunes disposant d'un logement à la sortie."},
				when:       "L'entretien sera généralisé au second semestre 2030."},
		},
		glossary: map[string]string{"PJJ": "Protection judiciaire de la jeunesse"},
	}}, func(t *testing.T, d *corpus.Document) {
		if d.Signatory != "Paul Girard" || d.Adopted != "27 janvier 2030" || d.Period() != "2030-2034" {
			t.Errorf("signatory %q, adopted %q, period %q; want Paul Girard, 27 janvier 2030, 2030-2034", d.Signatory, d.Adopted, d.Period())
		}
		// The dates said in the sentences are the fiches' milestones.
		for id, want := range map[string][2]string{
			"1": {"2031-03-01", "2031-05-31"},
			"2": {"2031-01-01", "2031-03-31"},
			"3": {"2031-10-01", "2031-10-31"},
			"4": {"2030-07-01", "2030-12-31"},
		} {
			f := d.Fiche(id)
			if f == nil || len(f.Milestones) != 1 {
				t.Errorf("fiche %s: milestones %+v, want one", id, f)
				continue
			}
			m := f.Milestones[0]
			if got := [2]string{m.Start.Format(time.DateOnly), m.End.Format(time.DateOnly)}; got != want {
				t.Errorf("fiche %s: milestone %s, want %s", id, got, want)
			}
		}
		// A sentence whose pilot was read out stays in the fiche when it
		// says more: the cleft sentence with its partners and what they
		// fund is still there to quote.
		f := d.Fiche("1")
		found := false
		for _, o := range f.Other {
			for _, it := range o.Items {
				found = found || it.Text == "C'est la Direction de la PMI et de la santé qui conduit cette action, avec l'appui de la CAF de la Haute-Vienne et de la MSA du Limousin, qui financeront en partie les locaux et les postes d'accueillantes."
			}
		}
		if !found {
			t.Errorf("fiche 1: the sentence that names the pilot is lost: %+v", f.Other)
		}
	})
}

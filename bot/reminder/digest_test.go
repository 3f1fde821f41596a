package reminder

import (
	"context"
	"regexp"
	"strings"
	"testing"
	"time"

	"schemabot/corpus/calendar"
)

// sections splits a digest into its pilot sections: pilot -> lines.
func sections(text string) (order []string, lines map[string][]string) {
	lines = map[string][]string{}
	cur := ""
	for _, l := range strings.Split(text, "\n") {
		if p, ok := strings.CutPrefix(l, "**Pilote : "); ok {
			cur = strings.TrimSuffix(p, "**")
			order = append(order, cur)
			continue
		}
		if cur != "" && strings.HasPrefix(l, "• ") {
			lines[cur] = append(lines[cur], l)
		}
	}
	return order, lines
}

func TestDigestGroupsByPilotAndSkipsUndatedAndDone(t *testing.T) {
	ctx := context.Background()
	st := openStore(t, t.TempDir())
	if err := st.MarkDone(ctx, "isere-2020-2024/12/2", "U1", at(2020, 1, 14, 12, 0)); err != nil {
		t.Fatal(err)
	}
	r := &recorder{}
	s := newScheduler(t, handLib(), st, r, newClock(at(2020, 1, 15, 10, 0)))
	if err := s.Tick(ctx); err != nil {
		t.Fatal(err)
	}
	rep := r.Posts()[0].reply
	text := rep.Text
	if !strings.Contains(text, "\n3 jalons à échéance d'ici le 14/02/2020, 2 jalons échus non marqués faits.\n") {
		t.Errorf("digest summary wrong:\n%s", text)
	}
	order, lines := sections(text)
	wantOrder := []string{
		"Cellule de Recueil des Informations Préoccupantes",
		"Direction de l'enfance @\u2060here", // defused: notifies nobody
		"Service PMI",
		noPilot,
	}
	if strings.Join(order, "|") != strings.Join(wantOrder, "|") {
		t.Fatalf("pilot sections = %q, want %q\n%s", order, wantOrder, text)
	}
	wantLines := map[string][]string{
		"Cellule de Recueil des Informations Préoccupantes": {"Rédaction et diffusion de la note de cadrage", "Bilan"},
		"Direction de l'enfance @\u2060here":                {"Évaluation des retours"},
		// Overdue first, then by end date; 12/2 is done and 12/3 undated.
		"Service PMI": {"Recrutements pour constituer l'équipe mobile", "Rédaction et diffusion de la note de cadrage", "Bilan"},
		noPilot:       {"Réunion de lancement"},
	}
	for p, want := range wantLines {
		got := lines[p]
		if len(got) != len(want) {
			t.Errorf("%s: %d lines, want %d:\n%s", p, len(got), len(want), strings.Join(got, "\n"))
			continue
		}
		for i := range want {
			if !strings.Contains(got[i], want[i]) {
				t.Errorf("%s line %d = %q, want it about %q", p, i+1, got[i], want[i])
			}
		}
	}
	for _, absent := range []string{"Élaboration du référentiel", "Mise en œuvre des bilans", "À définir", "2021"} {
		if strings.Contains(text, absent) {
			t.Errorf("digest lists %q (done, undated or beyond the horizon):\n%s", absent, text)
		}
	}
	// Each line cites document, fiche, calendar line and page.
	if !strings.Contains(text, "• Fiche 32 — Rédaction et diffusion de la note de cadrage (Semestre 2 / 2019) : **échu** depuis le 31/12/2019 — _Isère (isere-2020-2024), fiche 32, ligne 1980, p. 62_") {
		t.Errorf("overdue line not as expected:\n%s", text)
	}
	if !strings.Contains(text, "• Fiche 32 — Bilan (Janvier 2020) : échéance le 31/01/2020 — _Isère (isere-2020-2024), fiche 32, ligne 1983, p. 62_") {
		t.Errorf("due line not as expected:\n%s", text)
	}
	if strings.Contains(text, "@here") || !strings.Contains(text, "réf. "+DigestID("C1", at(2020, 1, 13, 9, 0))) {
		t.Errorf("digest not defused or without its id:\n%s", text)
	}

	// One "Marquer fait" button per milestone, even when listed under two pilots.
	var keys []string
	for _, b := range rep.Buttons {
		if b.ID != ActionMilestoneDone || !strings.HasPrefix(b.Label, "Marquer fait") || len([]rune(b.Label)) > 75 {
			t.Errorf("bad button %+v", b)
		}
		keys = append(keys, b.Value)
	}
	want := "isere-2020-2024/12/1 isere-2020-2024/32/1 moselle-2019-2023/13/1 isere-2020-2024/32/2 moselle-2019-2023/12/1"
	if strings.Join(keys, " ") != want {
		t.Errorf("button keys = %v, want %s", keys, want)
	}
	if rep.ID != DigestID("C1", at(2020, 1, 13, 9, 0)) {
		t.Errorf("reply id = %q", rep.ID)
	}
}

func TestDueHorizon(t *testing.T) {
	es := calendar.Entries(handLib(), day(2020, 1, 15), nil)
	keys := func(es []calendar.Entry) string {
		var k []string
		for _, e := range es {
			k = append(k, e.Key)
		}
		return strings.Join(k, " ")
	}
	tests := []struct {
		horizon int
		want    string
	}{
		{5, "isere-2020-2024/12/1 isere-2020-2024/32/1 moselle-2019-2023/13/1"},
		{16, "isere-2020-2024/12/1 isere-2020-2024/32/1 moselle-2019-2023/13/1 isere-2020-2024/32/2"},
		{17, "isere-2020-2024/12/1 isere-2020-2024/32/1 moselle-2019-2023/13/1 isere-2020-2024/32/2 moselle-2019-2023/12/1"},
		{30, "isere-2020-2024/12/1 isere-2020-2024/32/1 moselle-2019-2023/13/1 isere-2020-2024/32/2 moselle-2019-2023/12/1 isere-2020-2024/12/2"},
	}
	for _, tt := range tests {
		if got := keys(Due(es, day(2020, 1, 15), tt.horizon)); got != tt.want {
			t.Errorf("Due(horizon %d) = %s\nwant %s", tt.horizon, got, tt.want)
		}
	}
}

func TestEmptyDigest(t *testing.T) {
	rep := Compose(handLib(), nil, day(2030, 1, 7), 30, "dg-20300107T0800Z-00000000")
	if !strings.Contains(rep.Text, "Aucun jalon n'arrive à échéance d'ici le 06/02/2030") || len(rep.Buttons) != 0 {
		t.Errorf("empty digest = %q, %d buttons", rep.Text, len(rep.Buttons))
	}
	if FindDigestID(rep.Text) != "dg-20300107T0800Z-00000000" {
		t.Errorf("empty digest has no id: %q", rep.Text)
	}
}

func TestDigestID(t *testing.T) {
	mon := at(2020, 1, 13, 9, 0)
	id := DigestID("C1", mon)
	if !regexp.MustCompile(`^dg-20200113T0800Z-[0-9a-f]{8}$`).MatchString(id) {
		t.Errorf("DigestID = %q", id)
	}
	if DigestID("C1", mon.UTC()) != id || DigestID("C2", mon) == id || DigestID("C1", mon.Add(time.Minute)) == id {
		t.Error("DigestID does not depend on exactly the channel and the instant")
	}
	if got := FindDigestID("blah\n_Rappel automatique · réf. " + id + "_"); got != id {
		t.Errorf("FindDigestID = %q", got)
	}
}

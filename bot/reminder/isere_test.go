package reminder

import (
	"context"
	"strings"
	"testing"

	"schemabot/corpus"
	"schemabot/corpus/calendar"
)

// The shipped Isère schéma, fiche 32 (page 97), line 1983 of
// corpus/docs/isere-2020-2024.md: "- Bilan : Semestre 1 / 2023".
func TestIsereDigestAsOfJune2023(t *testing.T) {
	lib, err := corpus.LoadDefault()
	if err != nil {
		t.Fatal(err)
	}
	today := day(2023, 6, 1)
	due := Due(calendar.Entries(lib, today, nil), today, 60)
	var bilan *calendar.Entry
	for i, e := range due {
		if e.Key == "isere-2020-2024/32/4" {
			bilan = &due[i]
		}
		if !e.Dated() {
			t.Errorf("undated milestone due: %+v", e)
		}
	}
	if bilan == nil {
		t.Fatalf("Isère fiche 32 « Bilan » not due as of 2023-06-01 with a 60-day horizon; due: %d entries", len(due))
	}
	if bilan.Label != "Bilan" || bilan.Raw != "Semestre 1 / 2023" || bilan.Line != 1983 || bilan.Page != 97 ||
		bilan.Status != calendar.Ongoing {
		t.Errorf("fiche 32 milestone = %+v", *bilan)
	}

	rep := Compose(lib, due, today, 60, "dg-20230529T0700Z-00000000")
	pilot := "**Pilote : Cellule de Recueil des Informations Préoccupantes, Direction de l'Éducation, de la Jeunesse et du Sport (DEJS), Département de l'Isère**"
	line := "• Fiche 32 — Bilan (Semestre 1 / 2023) : échéance le 30/06/2023 — _Isère (isere-2020-2024), fiche 32, ligne 1983, p. 97_"
	i, j := strings.Index(rep.Text, pilot), strings.Index(rep.Text, line)
	if i < 0 || j < i {
		t.Errorf("digest lacks the fiche 32 line under its pilot:\n%s", rep.Text)
	}
	// Fiche 32's 2019 milestones are overdue as of 2023 and listed too.
	if !strings.Contains(rep.Text, "Rédaction et diffusion de la note de cadrage (Semestre 2 / 2019) : **échu** depuis le 31/12/2019") {
		t.Errorf("overdue 2019 milestone missing:\n%s", rep.Text)
	}

	// Marked done through the chat command, it leaves the next digest.
	st := openStore(t, t.TempDir())
	clock := newClock(at(2023, 6, 1, 10, 0))
	core := newCore(t, lib, st, clock)
	if r := command(t, core, "fait 32 bilan isère"); !strings.HasPrefix(r.Text, "✅ Jalon marqué fait : Isère, fiche 32, jalon 4 « Bilan »") {
		t.Fatalf("fait: %q", r.Text)
	}
	r := &recorder{}
	s, err := New(lib, st, r, Config{Channels: []Channel{{ID: "C1", Doc: "isere-2020-2024"}}, HorizonDays: 60, Now: clock.Now, Logger: quiet})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Tick(context.Background()); err != nil {
		t.Fatal(err)
	}
	if text := r.Posts()[0].reply.Text; strings.Contains(text, "Semestre 1 / 2023") {
		t.Errorf("milestone marked done still in the digest:\n%s", text)
	}
}

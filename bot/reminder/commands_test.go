package reminder

import (
	"bytes"
	"context"
	"image/png"
	"strconv"
	"strings"
	"testing"
	"time"

	"schemabot/bot"
	"schemabot/bot/chat"
	"schemabot/bot/state"
	"schemabot/corpus"
)

// newCore returns a core with the milestone commands on lib and st.
func newCore(t *testing.T, lib *corpus.Library, st *state.Store, clock *fakeClock) *bot.Core {
	t.Helper()
	core := bot.NewCore(nil, bot.WithClock(clock.Now))
	Register(core, lib, st, clock.Now)
	return core
}

var asker = chat.Message{Platform: "slack", Channel: "C1", User: "U1"}

func command(t *testing.T, core *bot.Core, line string) chat.Reply {
	t.Helper()
	r, err := core.Command(context.Background(), asker, strings.Fields(line))
	if err != nil {
		t.Fatalf("/schema %s: %v", line, err)
	}
	if strings.HasPrefix(r.Text, "La commande a échoué") {
		t.Fatalf("/schema %s failed: %s", line, r.Text)
	}
	return r
}

func TestSelectMilestone(t *testing.T) {
	tests := []struct {
		args string
		key  string // the milestone marked done, or
		err  string // a part of the message to the user
	}{
		{"32 1", "isere-2020-2024/32/1", ""},
		{"32 bilan", "isere-2020-2024/32/2", ""},
		{"fiche 32 rédaction et", "isere-2020-2024/32/1", ""},
		{"n°32 BILAN", "isere-2020-2024/32/2", ""},
		{"12 1 isère", "isere-2020-2024/12/1", ""},
		{"12 1 isere", "isere-2020-2024/12/1", ""},
		{"12 1 Isère", "isere-2020-2024/12/1", ""},
		{"12 1 38", "isere-2020-2024/12/1", ""},
		{"12 1 isere-2020-2024", "isere-2020-2024/12/1", ""},
		{"12 1 moselle", "moselle-2019-2023/12/1", ""},
		{"12 1 57", "moselle-2019-2023/12/1", ""},
		{"moselle 12 1", "moselle-2019-2023/12/1", ""},
		{"12 éval 57", "moselle-2019-2023/12/1", ""},
		{"12 EVAL moselle", "moselle-2019-2023/12/1", ""},
		{"12 1", "", "La fiche 12 existe dans plusieurs schémas (Isère, Moselle) : précisez le document"},
		{"12 9 isère", "", "La fiche 12 n'a pas de jalon 9.\nJalons de la fiche 12 (Isère) :\n1. Recrutements"},
		{"12 mise isère", "", "Plusieurs jalons de la fiche 12 commencent par « mise »"},
		{"12 rapport isère", "", "Aucun jalon de la fiche 12 ne commence par « rapport »"},
		{"abc 1", "", "« abc » n'est pas un numéro de fiche"},
		{"40 1", "", "Aucun schéma n'a de fiche 40."},
		{"13 1 isère", "", "Le schéma Isère n'a pas de fiche 13."},
		{"", "", "Usage : `/schema fait <fiche>"},
		{"32", "", "Usage : `/schema fait <fiche>"},
	}
	for _, tt := range tests {
		t.Run(tt.args, func(t *testing.T) {
			st := openStore(t, t.TempDir())
			core := newCore(t, handLib(), st, newClock(at(2020, 1, 15, 10, 0)))
			r := command(t, core, "fait "+tt.args)
			keys, err := st.DoneKeys()
			if err != nil {
				t.Fatal(err)
			}
			if tt.err != "" {
				if !strings.Contains(r.Text, tt.err) || !r.Ephemeral || len(keys) != 0 {
					t.Fatalf("reply = %q (ephemeral %v), done = %v; want an error containing %q", r.Text, r.Ephemeral, keys, tt.err)
				}
				return
			}
			if len(keys) != 1 || keys[0] != tt.key {
				t.Fatalf("done = %v, want [%s]; reply %q", keys, tt.key, r.Text)
			}
			if !strings.HasPrefix(r.Text, "✅ Jalon marqué fait") {
				t.Errorf("reply = %q", r.Text)
			}
		})
	}
}

func TestMarkRecordsWhoAndWhen(t *testing.T) {
	st := openStore(t, t.TempDir())
	clock := newClock(at(2020, 1, 15, 10, 0))
	core := newCore(t, handLib(), st, clock)
	r := command(t, core, "fait 32 bilan")
	if want := "✅ Jalon marqué fait : Isère, fiche 32, jalon 2 « Bilan » (Janvier 2020)."; !strings.HasPrefix(r.Text, want) {
		t.Errorf("reply = %q, want %q…", r.Text, want)
	}
	m, ok := st.Done("isere-2020-2024/32/2")
	if !ok || m.By != "U1" || !m.At.Equal(clock.Now()) {
		t.Fatalf("mark = %+v, %v", m, ok)
	}
	clock.Advance(24 * time.Hour)
	if r := command(t, core, "fait 32 2"); !strings.Contains(r.Text, "déjà marqué fait le 15/01/2020") {
		t.Errorf("second mark: %q", r.Text)
	}
	if r := command(t, core, "rouvrir 32 2"); !strings.HasPrefix(r.Text, "↩️ Jalon rouvert") {
		t.Errorf("reopen: %q", r.Text)
	}
	if r := command(t, core, "rouvrir 32 2"); !strings.Contains(r.Text, "n'était pas marqué fait") {
		t.Errorf("second reopen: %q", r.Text)
	}
}

// TestMarksVisibleInNextDigest marks milestones done through the command
// and the digest's button, reopens one, and reads each following digest.
func TestMarksVisibleInNextDigest(t *testing.T) {
	ctx := context.Background()
	st := openStore(t, t.TempDir())
	clock := newClock(at(2020, 1, 13, 9, 0))
	r := &recorder{}
	s := newScheduler(t, handLib(), st, r, clock)
	core := newCore(t, handLib(), st, clock)
	const note, recrut = "isere-2020-2024/32/1", "isere-2020-2024/12/1"
	digest := func() chat.Reply {
		t.Helper()
		if err := s.Tick(ctx); err != nil {
			t.Fatal(err)
		}
		posts := r.Posts()
		return posts[len(posts)-1].reply
	}
	lists := func(rep chat.Reply, key, label string) bool {
		t.Helper()
		button := false
		for _, b := range rep.Buttons {
			button = button || b.Value == key
		}
		text := strings.Contains(rep.Text, label)
		if button != text {
			t.Fatalf("button and text disagree on %s:\n%s", key, rep.Text)
		}
		return text
	}

	d1 := digest()
	if !lists(d1, note, "note de cadrage") || !lists(d1, recrut, "Recrutements") {
		t.Fatalf("first digest lacks the overdue milestones:\n%s", d1.Text)
	}

	clock.Set(at(2020, 1, 14, 11, 0))
	command(t, core, "fait 32 rédaction")
	// The button of the first digest, clicked by another user.
	ack, err := core.Act(ctx, bot.ActionEvent{Platform: "slack", Channel: "C1", User: "U2", ActionID: ActionMilestoneDone, Value: recrut})
	if err != nil || !strings.HasPrefix(ack.Text, "✅ Jalon marqué fait : Isère, fiche 12, jalon 1") || !ack.Ephemeral {
		t.Fatalf("button: %+v, %v", ack, err)
	}
	if m, ok := st.Done(recrut); !ok || m.By != "U2" {
		t.Fatalf("button mark = %+v, %v", m, ok)
	}

	clock.Set(at(2020, 1, 20, 9, 0))
	d2 := digest()
	if lists(d2, note, "note de cadrage") || lists(d2, recrut, "Recrutements") {
		t.Fatalf("milestones marked done still in the next digest:\n%s", d2.Text)
	}

	command(t, core, "rouvrir 32 1")
	clock.Set(at(2020, 1, 27, 9, 0))
	d3 := digest()
	if !lists(d3, note, "note de cadrage") || lists(d3, recrut, "Recrutements") {
		t.Fatalf("reopened milestone not back (or the other one back):\n%s", d3.Text)
	}

	// A button whose milestone is gone from the documents.
	ack, err = core.Act(ctx, bot.ActionEvent{User: "U2", ActionID: ActionMilestoneDone, Value: "gironde-2020/1/1"})
	if err != nil || !strings.Contains(ack.Text, "n'existe plus") {
		t.Fatalf("unknown key: %+v, %v", ack, err)
	}
	if st.IsDone("gironde-2020/1/1") {
		t.Fatal("unknown key recorded")
	}
}

func TestEcheances(t *testing.T) {
	st := openStore(t, t.TempDir())
	core := newCore(t, handLib(), st, newClock(at(2020, 1, 15, 10, 0)))
	if err := st.MarkDone(context.Background(), "isere-2020-2024/12/2", "U1", at(2020, 1, 14, 0, 0)); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		args       string
		want, not  []string
		overdue    int
		periodSize int
	}{
		{"", []string{"du 15/01/2020 au 14/04/2020** (tous les schémas)", "Recrutements", "note de cadrage",
			"Réunion de lancement", "Évaluation des retours", "Élaboration du référentiel départemental (Février 2020) : fait",
			"1 jalon sans date lisible n'est pas compté"},
			[]string{"bilans de suivi"}, 2, 4},
		{"isère", []string{"(Isère)", "Recrutements"}, []string{"Réunion de lancement"}, 2, 2},
		{"57", []string{"(Moselle)", "Réunion de lancement"}, []string{"Recrutements"}, 0, 2},
		{"2021", []string{"du 01/01/2021 au 31/12/2021", "bilans de suivi"}, []string{"Réunion de lancement"}, 2, 1},
		{"S2 2021 isère", []string{"du 01/07/2021 au 31/12/2021** (Isère)", "bilans de suivi"}, nil, 2, 1},
	}
	for _, tt := range tests {
		t.Run(tt.args, func(t *testing.T) {
			r := command(t, core, "echeances "+tt.args)
			for _, w := range tt.want {
				if !strings.Contains(r.Text, w) {
					t.Errorf("reply lacks %q:\n%s", w, r.Text)
				}
			}
			for _, n := range tt.not {
				if strings.Contains(r.Text, n) {
					t.Errorf("reply has %q:\n%s", n, r.Text)
				}
			}
			if !strings.Contains(r.Text, "**Échus, non marqués faits ("+strconv.Itoa(tt.overdue)+")**") ||
				!strings.Contains(r.Text, "**À échéance sur la période ("+strconv.Itoa(tt.periodSize)+")**") {
				t.Errorf("want %d overdue and %d in the period:\n%s", tt.overdue, tt.periodSize, r.Text)
			}
		})
	}
	r := command(t, core, "echeances bientôt")
	if !strings.Contains(r.Text, "Période non reconnue : « bientôt »") || !strings.Contains(r.Text, "« isere » ou « 38 »") {
		t.Errorf("bad period: %q", r.Text)
	}
}

func TestPlanning(t *testing.T) {
	st := openStore(t, t.TempDir())
	core := newCore(t, handLib(), st, newClock(at(2020, 1, 15, 10, 0)))
	for _, tt := range []struct{ args, name, text string }{
		{"isère", "planning-isere-2020-2024.png", "Planning des jalons (Isère 2020-2024) au 15/01/2020 : 5 jalons datés. 1 jalon sans date lisible n'y figure pas."},
		{"", "planning.png", "Planning des jalons (tous les schémas) au 15/01/2020 : 7 jalons datés."},
	} {
		r := command(t, core, "planning "+tt.args)
		if r.ImageName != tt.name || !strings.HasPrefix(r.Text, tt.text) {
			t.Errorf("planning %s: name %q, text %q", tt.args, r.ImageName, r.Text)
		}
		img, err := png.Decode(bytes.NewReader(r.Image))
		if err != nil {
			t.Fatalf("planning %s: not a PNG: %v", tt.args, err)
		}
		if b := img.Bounds(); b.Dx() < 800 || b.Dy() < 500 {
			t.Errorf("planning %s: image %v too small to read", tt.args, b)
		}
	}
	r := command(t, core, "planning gironde")
	if len(r.Image) != 0 || !strings.Contains(r.Text, "Document inconnu : « gironde »") {
		t.Errorf("unknown document: %q", r.Text)
	}
}

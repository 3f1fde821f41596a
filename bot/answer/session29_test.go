package answer

import "testing"

// "…ils décrochent quand ils changent de foyer. Le Département a un plan
// pour les clubs ?": a "when" in a statement told before the question
// joins two facts of a story; the question asks what is planned, not a
// date. A "when" after a verb of knowing still asks one.
func TestWhenInAStoryAsksNoDate(t *testing.T) {
	eng := testEngine(t)
	answersAll(t, eng, []string{
		"Salut ! Je suis coach dans un club de foot. Nos deux gamins placés en foyer décrochent quand ils changent de foyer. Le Département de l'Isère a un plan pour les clubs comme nous ?",
		"Je suis animatrice dans un club de basket. Quand un jeune placé change de foyer, il arrête le sport. L'Isère a prévu quelque chose avec les clubs ?",
		"I coach a football team. The kids in care drop out when they move to another home! Does Isère have anything for sports clubs?",
	}, "fiche 10")
	answersAll(t, eng, []string{
		"Je voudrais savoir quand démarre la fiche 10 en Isère. Vous pouvez m'aider ?",
		"Tell me when fiche 10 in Isère starts. Can you?",
	}, "Semestre")
}

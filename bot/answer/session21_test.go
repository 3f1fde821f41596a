package answer

import "testing"

// "In which years is … carried out?" asks for the calendar, although
// "carried out" may also ask what is done: the years asked for decide.
func TestWhichYearsAsksCalendar(t *testing.T) {
	answersAll(t, testEngine(t), []string{
		"in which years is Isère fiche 12 carried out?",
		"hi! which year will the initial health assessments of children in care be carried out in Isère? thanks",
		"en quelle année sont réalisés les bilans de santé des enfants confiés en Isère ?",
	}, "Semestre 1 / 2020")
	answersAll(t, testdataEngine(t, "layouts", "seine-et-marne-2024-2028.pdf"), []string{
		"Seine et Marne: in which years is the rural LAEP action carried out?",
		"which years are the LAEP in rural areas opened?",
		"bonjour, en quelles années ouvrent les LAEP ruraux ?",
	}, "2025-2026")
}

// A list of the axes laid out as a table ("Axe 2 Mieux repérer… (fiches 4
// à 6)") answers "what are the axes", each with its fiches.
func TestAxesFromTableRows(t *testing.T) {
	answersAll(t, testdataEngine(t, "layouts", "seine-et-marne-2024-2028.pdf"), []string{
		"c'est quoi les grands axes du schéma 77 2024-2028 ?",
		"what are the main axes of the plan?",
		"salut ! tu peux me rappeler les axes du schéma ? c'est pour une réunion",
	}, "Mieux repérer et évaluer les situations de danger (fiches 4, 5, 6)")
}

// "Quelqu'un" asks who, as "qui" does: it is no word of the topic that the
// documents would have to hold.
func TestSomeoneIsNoTopicWord(t *testing.T) {
	answersAll(t, testEngine(t), []string{
		"Les enfants placés en Moselle, est-ce qu'il y a quelqu'un qui suit leur santé ?",
		"hello, in Moselle is there someone who keeps track of the health of children in care?",
		"bonjour, y a-t-il quelqu'un chargé du suivi de la santé des enfants placés en Moselle ? merci",
	}, "santé")
}

package answer

import (
	"testing"
)

// Whether a schéma has anything on a topic, asked in everyday words and
// often after the asker's own story, is answered by the fiche on that
// topic, whatever the words around.
func TestWhetherAnyIsAnsweredByTheFicheOnTheTopic(t *testing.T) {
	eng := testEngine(t)
	answersAll(t, eng, []string{
		"Est-ce que le schéma de la Moselle dit quelque chose sur les retours à la maison ?",
		"Bonjour, mon fils est placé en Moselle depuis 2 ans, je voudrais qu'il rentre. Le schéma prévoit qqch sur les retours à la maison ?",
		"does the Moselle plan say anything about children going back home?",
	}, "Pérenniser les retours à domicile")
	answersAll(t, eng, []string{
		"le schéma de l'isère prévoit qqch pour les visites médiatisées ?",
		"je vois mon fils une heure par mois avec une éducatrice, c'est dur. y a un truc dans le schéma isère sur les visites médiatisées ?",
		"Is there anything in the Isère plan about supervised visits?",
	}, "visite en présence d'un tiers")
	answersAll(t, eng, []string{
		"does the Isère plan do anything about kids being dumped at 18?",
		"I aged out of care last year and slept on a friend's sofa. does the Isère plan do anything about that?",
		"le schéma de l'Isère prévoit quelque chose pour les jeunes qui se retrouvent à la rue en sortant de l'ASE ?",
	}, "sorties sèches")
}

// Whether a schéma has anything on a topic no document uses, or on a
// detail inside a fiche the question names, is not answered by a fiche's
// card.
func TestWhetherAnyKeepsToWhatIsAsked(t *testing.T) {
	eng := testEngine(t)
	findsNothing(t, eng, []string{
		"does either plan say anything about the impact of Covid on child protection?",
		"le schéma de l'Isère dit quelque chose sur le cannabis chez les ados placés ?",
		"y a un truc dans le schéma moselle sur le harcèlement en ligne des ados ?",
	})
	answersAll(t, eng, []string{
		"dans la fiche innovation de la Moselle y'a un truc sur une thèse, c'est quoi exactement ?",
		"the Moselle innovation fiche mentions something about a PhD thesis, what is it?",
		"la fiche sur l'innovation en Moselle, y a qqch sur une thèse dedans ?",
	}, "Julie CHAPEAU")
}

// A line of chat to colleagues before the line that asks the bot, and the
// mentions of people anywhere, are not part of the question.
func TestMentionsAndChatToColleaguesAreNoQuestion(t *testing.T) {
	eng := testEngine(t)
	answersAll(t, eng, []string{
		"@here qqn a le nombre de jeunes majeurs accompagnés en Isère fin 2018 ? sinon je demande à @schemabot",
		"les gens je boucle la note ce soir, dsl pour le spam\n@schemabot nb de jeunes majeurs accompagnés en Isère au 31/12/2018 ?",
		"@channel petite question pour @marie : combien de jeunes majeurs accompagnés en Isère fin 2018 ?",
	}, "709")
	answersAll(t, eng, []string{
		"@paul tu peux regarder ça avec moi demain ?\n@schemabot qui pilote la fiche soin / handicap / éducatif en moselle ?",
		"@here réunion demain 9h, pensez au café ☕\n@schemabot who leads the Moselle fiche on soins/handicap/éducatif?",
		"@julie @marc on se voit jeudi ?\n@schemabot c'est qui le pilote de la fiche 8 en Moselle ?",
	}, "MDPH")
}

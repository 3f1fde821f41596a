package answer

import "testing"

// A definition asked between two questions about a fiche does not make
// the thread forget the fiche: "an equivalent in the other schéma" is then
// that fiche's counterpart, found by its title when the acronym has none.
func TestEquivalentAfterDefinitionKeepsFiche(t *testing.T) {
	eng := testEngine(t)
	prior := []string{"Qui pilote la fiche 8 de la Moselle ?", "RAPT ça veut dire ?"}
	answersInThread(t, eng, prior, []string{
		"Et l'Isère, elle a un équivalent ?",
		"Is there a similar fiche in the Isère plan?",
		"ok merci. et côté Isère, il y a quelque chose de comparable ?",
	}, "Améliorer la prise en charge des situations d'enfants en grande difficulté")
}

// A question for one fiche by its topic points out the listed fiche whose
// title says what it asks, though its text is not far ahead of the others'.
func TestOneFicheNamedByItsTitleWords(t *testing.T) {
	answersAll(t, testEngine(t), []string{
		"Dans le schéma mosellan, quelle fiche traite des jeunes entre soin, handicap et éducatif ?",
		"bonjour, c'est quelle fiche en Moselle pour les jeunes entre soins, handicap et éducatif ?",
		"Which Moselle fiche deals with youths needing combined care, disability and educational approaches?",
	}, "Surtout la fiche 8|Mainly fiche 8")
}

// "Et en Moselle, c'est traité où ?" after a fiche asks which fiches of the
// other schéma treat the thread fiche's topic, whatever was asked between.
func TestWhereTheOtherSchemaTreatsIt(t *testing.T) {
	eng := testEngine(t)
	prior := []string{"Bjr, je bosse sur les violences conjugales. Est-ce que l'Isère a une fiche action dessus ?", "Dans les acteurs associés il y a le CIDFF, ça veut dire quoi ?"}
	answersInThread(t, eng, prior, []string{
		"et en Moselle c'est traité où ?",
		"et la Moselle, elle en parle où ?",
		"and in Moselle, where is it covered?",
	}, "Proposer une offre de service préventive en faveur des familles potentiellement vulnérables")
}

// "Qui pilote celle-là ?" right after a list of two fiches gives the
// pilots of both, rather than asking which one.
func TestFieldOfEachOfAShortList(t *testing.T) {
	eng := testEngine(t)
	prior := []string{"Bjr, je bosse sur les violences conjugales. Est-ce que l'Isère a une fiche action dessus ?", "et en Moselle c'est traité où ?"}
	answersInThread(t, eng, prior, []string{
		"qui pilote celle-là ?",
		"who leads them?",
		"et c'est piloté par qui ?",
	}, "Fiche action n°3", "Fiche action n°6", "Direction de l'enfance, de la famille")
}

// A question whose pronoun points back ("les loger", "housing them")
// asks about what the thread or the sentence before it names.
func TestPronounPointsBack(t *testing.T) {
	eng := testEngine(t)
	answersInThread(t, eng, []string{"Moselle's plan has a sheet on unaccompanied minors right? What are they aiming for with it?"}, []string{
		"do they say anything concrete about housing them, like FJT or flats?",
		"anything about housing them? FJT, flats?",
		"et pour les loger, il y a quelque chose de prévu ? FJT, appartements ?",
	}, "semi-autonomie")
}

// "What does X plan for Y? Which fiche is that?" is answered by what the
// one fiche on the topic plans, under its heading, not by a list.
func TestWhatIsPlannedAndWhichFiche(t *testing.T) {
	answersAll(t, testEngine(t), []string{
		"Hi, I work with kids in residential care in Moselle. What does the schéma plan for young people who are about to turn 18 and leave care? Which fiche is that?",
		"Qu'est-ce que la Moselle prévoit pour les jeunes qui vont avoir 18 ans ? c'est quelle fiche ?",
		"what's planned in Moselle for minors approaching their majority, and which fiche is it?",
	}, "Fiche action n°7", "Action 1 : Intégrer le Projet d'accès à l'autonomie")
}

// "Le circuit des IP" is how they are handled: the fiches on their
// treatment, not "not found" for a word the schémas do not print.
func TestCircuitIsTheHandling(t *testing.T) {
	answersAll(t, testEngine(t), []string{
		"Quelles fiches de l'Isère touchent au circuit des informations préoccupantes ?",
		"le circuit des IP en Isère, c'est traité dans quelles fiches ?",
		"which Isère fiches cover the circuit of informations préoccupantes?",
	}, "Fiche 32")
}

// A date asked of the adopted orientations is the schéma's adoption date;
// the orientations adopted, without a date asked, are still its axes.
func TestOrientationsAdoptedWhen(t *testing.T) {
	eng := testEngine(t)
	answersAll(t, eng, []string{
		"La Moselle a adopté les orientations de son schéma à quelle date ?",
		"when were the orientations of the Moselle schéma adopted?",
		"bonjour, à quelle date les orientations de la Moselle ont-elles été adoptées ?",
	}, "19 mars 2019")
	answersAll(t, eng, []string{"quelles sont les orientations adoptées par la Moselle ?"}, "PILOTER, EVALUER, INNOVER")
}

// "And in Isère? What have they got for care leavers?" after a fiche named
// by its number asks what the other schéma has on its own topic, not that
// number's fiche there.
func TestWhatHaveTheyGotForTopic(t *testing.T) {
	answersInThread(t, testEngine(t), []string{"Who leads fiche 7 in Moselle?"}, []string{
		"and in Isère? what have they got for care leavers",
		"and Isère, what do they have for care leavers?",
		"ok merci. et en Isère, qu'est-ce qu'ils ont pour les sorties sèches ?",
	}, "Fiche action n°26")
}

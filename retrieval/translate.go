package retrieval

import (
	"sort"
	"strings"
	"sync"
)

// english maps English words and phrases of child-welfare planning to the
// French terms the documents use, so that an English question finds French
// text. It is a vocabulary of the domain, not of any question set.
var english = map[string]string{
	// people and publics
	"child": "enfant", "children": "enfants", "kid": "enfant", "kids": "enfants", "minor": "mineur", "minors": "mineurs",
	"young": "jeunes", "youth": "jeunes jeunesse", "youths": "jeunes", "teenager": "adolescent", "teenagers": "adolescents",
	"adolescent": "adolescent", "adolescents": "adolescents", "family": "famille", "families": "familles",
	"parent": "parent", "parents": "parents", "parental": "parental parentalité", "parenting": "parentalité",
	"mother": "mère", "mothers": "mères", "baby": "bébé nourrisson", "infant": "nourrisson petite enfance",
	"young adult": "jeune majeur", "young adults": "jeunes majeurs", "care leaver": "sortie ASE jeune majeur",
	"care leavers": "sorties sèches jeunes majeurs", "unaccompanied": "non accompagnés MNA", "migrant": "MNA mineurs non accompagnés",
	"foster": "accueil familial assistant familial", "foster family": "accueil familial famille d'accueil",
	"foster families": "familles d'accueil accueil familial", "foster carer": "assistant familial", "foster carers": "assistants familiaux",
	"volunteer": "bénévole", "volunteers": "bénévoles", "third party": "tiers", "third parties": "tiers",
	"professional": "professionnel", "professionals": "professionnels", "staff": "professionnels agents équipes",
	"social worker": "travailleur social", "social workers": "travailleurs sociaux", "user": "usager", "users": "usagers",
	"judge": "juge magistrat", "judges": "magistrats", "magistrate": "magistrat", "magistrates": "magistrats",
	"partner": "partenaire", "partners": "partenaires acteurs associés contributeurs", "actor": "acteur", "actors": "acteurs",
	"stakeholders": "acteurs partenaires", "contributors": "contributeurs", "doctor": "médecin", "nurse": "puéricultrice infirmière",
	"school": "scolaire école", "schools": "écoles", "boarding school": "internat scolaire", "boarding": "internat",
	"association": "association", "associations": "associations", "lawyer": "avocat", "lawyers": "avocats",
	// institutions and measures
	"child welfare": "protection de l'enfance aide sociale à l'enfance", "child protection": "protection de l'enfance",
	"welfare": "protection aide sociale", "protection": "protection", "prevention": "prévention", "preventive": "préventive prévention",
	"placement": "placement accueil", "placements": "placements", "care": "accueil prise en charge", "custody": "placement",
	"home": "domicile", "homes": "domicile", "at home": "à domicile", "return home": "retour à domicile", "returns home": "retours à domicile",
	"housing": "logement hébergement", "accommodation": "hébergement accueil", "shelter": "accueil hébergement",
	"emergency": "urgence", "residential": "établissement internat", "facility": "établissement", "facilities": "établissements",
	"health": "santé", "mental health": "santé mentale psychiatrie", "mental": "mentale psychique", "disability": "handicap",
	"disabilities": "handicap", "disabled": "handicap", "care pathway": "parcours", "pathway": "parcours", "pathways": "parcours",
	"observatory": "observatoire", "committee": "comité commission", "commission": "commission", "board": "commission comité",
	"council": "conseil", "department": "département", "departmental": "départemental", "county": "département",
	// Words that name the documents themselves say nothing of the topic.
	"plan": "", "plans": "", "scheme": "", "schemes": "", "two plans": "", "both plans": "", "document": "", "documents": "", "report": "rapport", "reports": "rapports information préoccupante",
	"referral": "signalement saisine", "referrals": "signalements", "judicial": "judiciaire judiciarisation", "court": "tribunal cour juge",
	"court of appeal": "cour d'appel", "legal": "juridique", "law": "loi", "legal support": "appui juridique",
	"concern": "information préoccupante", "concerns": "informations préoccupantes", "worrying information": "information préoccupante",
	"report of concern": "information préoccupante", "assessment": "évaluation", "assessments": "évaluations",
	"evaluation": "évaluation", "evaluations": "évaluations", "guide": "guide", "handbook": "guide", "protocol": "protocole",
	"framework": "référentiel cadre", "standard": "référentiel", "standards": "référentiels", "reference": "référentiel référence",
	"specifications": "cahier des charges", "specification": "cahier des charges", "contract": "contrat", "contracts": "contrats",
	"funding": "financement tarification", "pricing": "tarification", "budget": "budget", "budgets": "budgets",
	"training": "formation", "trainings": "formations", "train": "former formation", "course": "formation",
	"network": "réseau", "networking": "réseau", "coordination": "coordination", "partnership": "partenariat",
	"support": "accompagnement soutien", "supporting": "accompagner", "guidance": "accompagnement", "follow-up": "suivi",
	"monitoring": "suivi", "visit": "visite", "visits": "visites", "visiting": "visite droits de visite",
	"supervised": "en présence d'un tiers médiatisée", "mediated": "médiatisée", "life": "vie", "living": "vie",
	"places": "places", "place": "lieu", "sport": "sport", "sports": "sport", "culture": "culture", "leisure": "loisirs",
	"independence": "autonomie", "autonomy": "autonomie", "independent": "autonome", "education": "éducation",
	"educational": "éducatif éducative", "project": "projet", "projects": "projets", "child's project": "projet pour l'enfant",
	"status": "statut", "violence": "violences", "domestic violence": "violences conjugales", "conjugal": "conjugales",
	"poverty": "pauvreté", "information": "information", "meetings": "réunions", "meeting": "réunion",
	"regulation": "régulation", "orientation": "orientation", "orientations": "orientations", "priorities": "orientations priorités",
	"strategic": "stratégique", "goal": "objectif", "goals": "objectifs", "objective": "objectif", "objectives": "objectifs",
	"aim": "objectif", "aims": "objectifs", "indicator": "indicateur", "indicators": "indicateurs", "measure": "mesure",
	"measures": "mesures", "schedule": "calendrier", "timeline": "calendrier", "deadline": "échéance", "deadlines": "échéances",
	"pilot": "pilote", "leader": "pilote", "lead": "pilote", "editorial": "éditorial édito", "foreword": "éditorial édito",
	"president": "président", "signed": "signé signature signés président", "figures": "chiffres", "key figures": "chiffres clés",
	"number": "nombre", "share": "part", "rate": "taux", "percentage": "part taux", "how many": "combien nombre",
	"innovation": "innovation", "innovative": "innovant", "quality": "qualité", "diagnosis": "diagnostic",
	"general states": "états généraux", "estates general": "états généraux", "users committee": "comité des usagers",
	"users' committee": "comité des usagers", "set up": "mise en place constitution", "setting up": "mise en place",
	"implementation": "mise en œuvre", "implement": "mettre en œuvre", "launch": "lancement", "creation": "création",
	"create": "créer création", "harmonise": "harmoniser", "harmonize": "harmoniser", "harmonisation": "harmonisation",
	"harmonization": "harmonisation", "handling": "traitement", "processing": "traitement", "watch": "veille",
	"mother-child": "mère-enfant", "parent-child": "parents-enfants", "day care": "accueil de jour", "respite": "répit relais",
	"mobile team": "équipe mobile", "health check": "bilan de santé", "checkups": "bilans", "early": "précoce",
	"year": "année an annuel", "years": "années ans", "each year": "chaque année par an annuel", "per year": "par an annuel",
	"annually": "par an annuel", "annual": "annuel", "month": "mois", "address": "adresse",
	"family conference": "conférences familiales conférences des familles", "family conferences": "conférences familiales conférences des familles",
	"conference": "conférence", "conferences": "conférences", "trained": "formés formation", "capital": "capitale",
	"leaving care": "sortie sorties sèches fin de prise en charge", "care leaving": "sortie sorties sèches",
	"mayor": "maire", "in care": "confiés accueillis", "children in care": "enfants confiés", "looked after": "confiés",
	"firm": "cabinet", "drafting": "élaboration", "draft": "élaboration", "drew up": "élaboration",
	"check-up": "bilan", "check-ups": "bilans", "check up": "bilan", "check ups": "bilans", "health check-ups": "bilans de santé",
	"consulting firm": "cabinet conseil", "consultancy": "cabinet conseil", "consultant": "cabinet", "consultants": "cabinet",
	"interview": "entretien", "interviews": "entretiens", "turning 18": "majorité", "approaching 18": "majorité", "adulthood": "majorité",
	"majority": "majorité", "adopted": "adopté", "adopt": "adopter", "assembly": "assemblée", "rolled out": "mise en œuvre déploiement",
	// English words of planning and evaluation.
	"revise": "réviser révision", "revising": "réviser révision", "revision": "révision", "evaluating": "évaluer évaluation",
	"evaluate": "évaluer évaluation", "effects": "effets", "effect": "effet", "impact": "impact effets", "policy": "politique",
	"policies": "politiques", "system": "dispositif", "works": "fonctionnement", "working": "fonctionnement",
	"working groups": "groupes de travail", "working group": "groupe de travail", "meet": "rencontrer réunion rencontre",
	"meeting with": "rencontre", "diversified": "diversifier diversification", "diversify": "diversifier diversification",
	"victims": "victimes", "victim": "victime", "summarize": "", "summarise": "", "drafted": "élaboration",
	"drafting of": "élaboration", "lockdown": "confinement", "covid": "covid", "bullying": "harcèlement",
	"establishment": "établissement", "establishments": "établissements", "authorised": "habilités habilité",
	"authorized": "habilités habilité", "accredited": "habilités", "sign": "signer signature", "signing": "signature",
	"supported": "accompagnés soutenus", "accompanied": "accompagnés", "benefit": "bénéficier bénéficiant", "benefited": "bénéficiant bénéficié", "benefitted": "bénéficiant bénéficié",
	"benefiting": "bénéficiant", "benefits": "bénéficie bénéficient", "followed": "suivis", "followed up": "suivis",
	"inhabitants": "habitants", "population": "population habitants", "births": "naissances", "birth rate": "natalité",
	"reception": "accueil", "offer": "offre", "offers": "offre", "provision": "offre", "regulate": "réguler", "regulating": "réguler", "develop": "développer", "developing": "développer développement", "secure": "sécuriser", "securing": "sécuriser", "breakdown": "rupture", "breakdowns": "ruptures", "emergency reception": "accueil d'urgence", "overhaul": "réviser refondre refonte", "revamp": "refondre refonte",
	"redesign": "refondre redéfinir", "review": "réviser révision bilan", "reform": "réforme refonte", "rethink": "redéfinir repenser",
	"secretary of state": "secrétaire d'Etat", "secretary": "secrétaire", "minister": "ministre", "government": "gouvernement État",
	"strategy": "stratégie", "national": "national nationale", "fight against": "lutter contre lutte", "fight": "lutte lutter",
	"tackle": "lutter contre", "tackling": "lutte contre", "respondents": "répondants", "survey": "enquête baromètre questionnaire",
	"territorial": "territorial territoire", "territory": "territoire", "territories": "territoires",
	"phone number": "téléphone", "phone": "téléphone", "name": "nom",
	"perinatal": "périnatalité", "maternal": "maternelle", "pmi": "PMI", "outreach": "aller vers", "street work": "prévention spécialisée",
}

// abbreviations are the French chat abbreviations of the trade, read in
// questions of either language.
var abbreviations = map[string]string{
	"prev spe": "prévention spécialisée", "prev": "prévention", "ado": "adolescent", "ados": "adolescents",
	"pros": "professionnels", "infos": "informations", "info": "information", "assfam": "assistant familial",
	"ass fam": "assistant familial", "educ": "éducateur éducatif", "educs": "éducateurs", "ts": "travailleur social",
	"vad": "visite à domicile", "jm": "jeune majeur", "jms": "jeunes majeurs",
}

func init() {
	for k, v := range abbreviations {
		english[k] = v
	}
}

// Abbreviations returns the expansions of the trade abbreviations of a
// question ("prev spé" → "prévention spécialisée") and its other words.
func Abbreviations(question string) (expanded []string, rest string) {
	return lookup(question, abbreviations, abbreviationKeys)
}

var abbreviationKeys = sortedKeys(abbreviations)

func sortedKeys(m map[string]string) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	// Longest phrases first, so "young adults" wins over "young".
	sort.Slice(keys, func(i, j int) bool {
		return len(keys[i]) > len(keys[j]) || len(keys[i]) == len(keys[j]) && keys[i] < keys[j]
	})
	return keys
}

// englishKeys are the keys of english (abbreviations included), longest
// first; computed on first use, after init has merged the abbreviations.
var englishKeys = sync.OnceValue(func() []string { return sortedKeys(english) })

// Translate appends to an English question the French terms of the
// domain words it contains. French text passes through unchanged.
func Translate(question string) string {
	add, _ := Translations(question)
	if len(add) == 0 {
		return question
	}
	return question + " " + strings.Join(add, " ")
}

// Translations returns the French equivalents of the English domain words
// and phrases of a question, one string of alternatives per English word or
// phrase, and the question's words that were not translated.
func Translations(question string) (french []string, rest string) {
	return lookup(question, english, englishKeys())
}

// lookup replaces the words and phrases of question found in table (keys
// longest first) by their values.
func lookup(question string, table map[string]string, keys []string) (found []string, rest string) {
	low := " " + strings.Join(Words(strings.ReplaceAll(question, "'s ", "s ")), " ") + " "
	for _, k := range keys {
		needle := " " + strings.ReplaceAll(k, "-", " ") + " "
		if strings.Contains(low, needle) {
			if table[k] != "" {
				found = append(found, table[k])
			}
			low = strings.ReplaceAll(low, needle, " ")
		}
	}
	return found, low
}

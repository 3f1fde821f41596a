package corpus

import "strings"

// Departements lists the French départements by number, so that a question
// naming one (by name or number) is understood, including when the library
// has no schéma for it. Two collectivités that hold a département's child
// welfare powers are in it by their official codes: the Métropole de Lyon,
// Saint-Pierre-et-Miquelon, the Collectivité européenne d'Alsace and the
// Collectivité de Corse. (Saint-Martin and Saint-Barthélemy are not: towns
// bear their names, "Saint-Martin-d'Hères" among them.)
var Departements = map[string]string{
	"01": "Ain", "02": "Aisne", "03": "Allier", "04": "Alpes-de-Haute-Provence", "05": "Hautes-Alpes",
	"06": "Alpes-Maritimes", "07": "Ardèche", "08": "Ardennes", "09": "Ariège", "10": "Aube", "11": "Aude",
	"12": "Aveyron", "13": "Bouches-du-Rhône", "14": "Calvados", "15": "Cantal", "16": "Charente",
	"17": "Charente-Maritime", "18": "Cher", "19": "Corrèze", "2A": "Corse-du-Sud", "2B": "Haute-Corse",
	"21": "Côte-d'Or", "22": "Côtes-d'Armor", "23": "Creuse", "24": "Dordogne", "25": "Doubs", "26": "Drôme",
	"27": "Eure", "28": "Eure-et-Loir", "29": "Finistère", "30": "Gard", "31": "Haute-Garonne", "32": "Gers",
	"33": "Gironde", "34": "Hérault", "35": "Ille-et-Vilaine", "36": "Indre", "37": "Indre-et-Loire",
	"38": "Isère", "39": "Jura", "40": "Landes", "41": "Loir-et-Cher", "42": "Loire", "43": "Haute-Loire",
	"44": "Loire-Atlantique", "45": "Loiret", "46": "Lot", "47": "Lot-et-Garonne", "48": "Lozère",
	"49": "Maine-et-Loire", "50": "Manche", "51": "Marne", "52": "Haute-Marne", "53": "Mayenne",
	"54": "Meurthe-et-Moselle", "55": "Meuse", "56": "Morbihan", "57": "Moselle", "58": "Nièvre", "59": "Nord",
	"60": "Oise", "61": "Orne", "62": "Pas-de-Calais", "63": "Puy-de-Dôme", "64": "Pyrénées-Atlantiques",
	"65": "Hautes-Pyrénées", "66": "Pyrénées-Orientales", "67": "Bas-Rhin", "68": "Haut-Rhin", "69": "Rhône",
	"70": "Haute-Saône", "71": "Saône-et-Loire", "72": "Sarthe", "73": "Savoie", "74": "Haute-Savoie",
	"75": "Paris", "76": "Seine-Maritime", "77": "Seine-et-Marne", "78": "Yvelines", "79": "Deux-Sèvres",
	"80": "Somme", "81": "Tarn", "82": "Tarn-et-Garonne", "83": "Var", "84": "Vaucluse", "85": "Vendée",
	"86": "Vienne", "87": "Haute-Vienne", "88": "Vosges", "89": "Yonne", "90": "Territoire de Belfort",
	"91": "Essonne", "92": "Hauts-de-Seine", "93": "Seine-Saint-Denis", "94": "Val-de-Marne", "95": "Val-d'Oise",
	"971": "Guadeloupe", "972": "Martinique", "973": "Guyane", "974": "La Réunion", "976": "Mayotte",
	"69M": "Métropole de Lyon", "975": "Saint-Pierre-et-Miquelon", "6AE": "Alsace", "20R": "Corse",
}

// ShortNames are the initials people write for some départements ("les PO",
// "les BdR"), by code. They are read as places only in capitals and after
// an article or a preposition, as initials are written of places.
var ShortNames = map[string]string{"PO": "66", "BdR": "13", "BDR": "13", "SSD": "93"}

// departementCodes maps folded names ("meurthe-et-moselle", also with
// spaces) to codes.
var departementCodes = func() map[string]string {
	m := map[string]string{}
	for code, name := range Departements {
		f := Fold(name)
		m[f] = code
		m[strings.ReplaceAll(f, "-", " ")] = code
	}
	return m
}()

// DepartementCode returns the official code of a département named in any
// case, with or without accents and dashes: "Isère" -> "38".
func DepartementCode(name string) (string, bool) {
	code, ok := departementCodes[strings.TrimSpace(Fold(name))]
	return code, ok
}

// articles gives the article French puts before a département's name
// ("la Moselle", "le Nord", "l'Isère", "les Yvelines"); a name absent from
// it takes none ("Paris", "Mayotte", "La Réunion" which carries its own).
var articles = func() map[string]string {
	m := map[string]string{}
	for art, names := range map[string][]string{
		"le ": {"Nord", "Pas-de-Calais", "Calvados", "Cantal", "Cher", "Doubs", "Finistère", "Gard", "Gers", "Jura", "Loir-et-Cher",
			"Loiret", "Lot", "Lot-et-Garonne", "Maine-et-Loire", "Morbihan", "Puy-de-Dôme", "Rhône", "Tarn", "Tarn-et-Garonne",
			"Val-de-Marne", "Val-d'Oise", "Var", "Vaucluse", "Territoire de Belfort", "Haut-Rhin", "Bas-Rhin"},
		"la ": {"Charente", "Charente-Maritime", "Corrèze", "Corse-du-Sud", "Haute-Corse", "Côte-d'Or", "Creuse", "Dordogne", "Drôme",
			"Gironde", "Haute-Garonne", "Haute-Loire", "Haute-Marne", "Haute-Saône", "Haute-Savoie", "Haute-Vienne", "Loire",
			"Loire-Atlantique", "Lozère", "Manche", "Marne", "Mayenne", "Meuse", "Moselle", "Meurthe-et-Moselle", "Nièvre", "Sarthe",
			"Saône-et-Loire", "Savoie", "Seine-Maritime", "Seine-Saint-Denis", "Seine-et-Marne", "Somme", "Vendée", "Vienne", "Guadeloupe", "Martinique", "Guyane",
			"Métropole de Lyon", "Corse"},
		"l'": {"Ain", "Aisne", "Allier", "Ardèche", "Ariège", "Aube", "Aude", "Aveyron", "Eure", "Eure-et-Loir", "Hérault",
			"Ille-et-Vilaine", "Indre", "Indre-et-Loire", "Isère", "Oise", "Orne", "Yonne", "Essonne", "Alsace"},
		"les ": {"Alpes-de-Haute-Provence", "Hautes-Alpes", "Alpes-Maritimes", "Ardennes", "Bouches-du-Rhône", "Côtes-d'Armor",
			"Deux-Sèvres", "Landes", "Hautes-Pyrénées", "Pyrénées-Atlantiques", "Pyrénées-Orientales", "Vosges", "Yvelines", "Hauts-de-Seine"},
	} {
		for _, n := range names {
			m[n] = art
		}
	}
	return m
}()

// OfDepartement writes "de" and a département's name as French does:
// "de l'Isère", "de la Moselle", "du Nord", "des Yvelines", "de Mayotte".
func OfDepartement(name string) string {
	switch articles[name] {
	case "le ":
		return "du " + name
	case "les ":
		return "des " + name
	case "la ":
		return "de la " + name
	case "l'":
		return "de l'" + name
	}
	return "de " + name
}

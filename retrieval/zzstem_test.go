package retrieval

import (
	"fmt"
	"testing"
)

func TestZZStem(t *testing.T) {
	for _, w := range []string{"création", "créer", "créée", "ouverture", "ouvrir", "ouvrent", "organisation", "organiser", "évaluation", "évaluer", "recrutement", "recruter", "signature", "signer", "repérage", "repérer", "réduction", "réduire", "développement", "développer", "mise", "mettre", "formation", "former", "élaboration", "élaborer", "renforcement", "renforcer", "déploiement", "déployer", "publication", "publier", "généralisation", "généraliser", "accueil", "accueillir", "soutien", "soutenir", "information", "informer", "diversification", "diversifier", "expérimentation", "expérimenter", "rédaction", "rédiger"} {
		fmt.Printf("%s=%s ", w, Stem(w))
	}
	fmt.Println()
}

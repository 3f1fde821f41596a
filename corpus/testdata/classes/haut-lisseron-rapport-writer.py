#!/usr/bin/python3
"""Writes haut-lisseron-rapport-writer.fodt, an invented schéma typeset as a
long report by LibreOffice Writer: a running header that names the chapter
then the schéma, a footer with the page number, numbered footnotes, French
hyphenation, fiches as two-column tables (Rubrique | Contenu) whose header
row repeats on each page the table runs onto, and calendars as year grids
(Action | 2026 | 2027 … with X marks) followed by a "Jalon clé" line.
Convert it with LibreOffice to get the PDF the class test reads:

    /usr/bin/python3 haut-lisseron-rapport-writer.py
    soffice --headless --convert-to pdf haut-lisseron-rapport-writer.fodt
"""
import os
from xml.sax.saxutils import escape

from fodt import write, p

HERE = os.path.dirname(os.path.abspath(__file__))
TITLE = "Schéma enfance-famille du Haut-Lisseron 2026-2031"
YEARS = ["2026", "2027", "2028", "2029", "2030", "2031"]

# Each fiche: number, title, pilot, partners, context (with a footnote),
# objectives, actions, budget, grid rows (step, years marked), key
# milestone, indicators.
FICHES = [
    (1, "Orientation 1 — Prévenir au plus tôt les difficultés familiales",
     "Ouvrir des maisons des familles dans les vallées isolées",
     "Direction des solidarités territoriales – Responsable de la prévention",
     ["Caisse d'allocations familiales du Haut-Lisseron", "Communautés de communes des trois vallées", "Centres sociaux ruraux"],
     ("Les familles des vallées de l'Ouille et du Lisseron vivent à plus de quarante minutes "
      "d'un lieu d'écoute ou d'accompagnement parental, et les permanences itinérantes ne "
      "couvrent qu'une commune sur quatre", "Observatoire départemental, enquête auprès des mairies, 2024.",
      ". Les intervenants constatent des demandes d'aide tardives, souvent au moment d'une "
      "crise, quand un accompagnement préventif aurait suffi quelques mois plus tôt."),
     ["Offrir un lieu d'accueil des parents à moins de vingt minutes de chaque commune.",
      "Doubler le nombre de familles accompagnées avant toute information préoccupante."],
     ["Installer trois maisons des familles dans des locaux communaux réhabilités.",
      "Recruter une conseillère en économie sociale et familiale par maison.",
      "Organiser des ateliers collectifs de soutien à la parentalité chaque semaine."],
     "Quatre cent cinquante mille euros par an, cofinancés par la branche famille.",
     [("Choix des locaux", ["2026"]), ("Ouverture des maisons", ["2027", "2028"]), ("Bilan intermédiaire", ["2029"])],
     "Ouverture de la première maison des familles en septembre 2027.",
     ["Nombre de familles accueillies par maison", "Délai moyen avant un premier rendez-vous", "Part des communes à moins de vingt minutes"]),
    (2, "Orientation 1 — Prévenir au plus tôt les difficultés familiales",
     "Renforcer les visites à domicile autour de la naissance",
     "Service de protection maternelle et infantile – Médecin départemental",
     ["Maternité du centre hospitalier de Sauvelle", "Sages-femmes libérales du territoire", "Caisse primaire d'assurance maladie"],
     ("Seules trente pour cent des mères primipares reçoivent une visite de puéricultrice dans "
      "le mois qui suit la sortie de maternité, alors que les équipes repèrent lors de ces "
      "visites la plupart des situations de fragilité périnatale", "Rapport d'activité du service de protection maternelle et infantile, 2024.",
      ". Les sorties précoces de maternité se multiplient et réduisent le temps d'observation "
      "des liens entre les parents et le nouveau-né, en particulier pour les familles "
      "isolées ou sans moyen de transport personnel."),
     ["Proposer une visite à domicile à toutes les familles après une naissance.",
      "Repérer les dépressions post-natales dans les deux mois."],
     ["Mettre en place un entretien prénatal systématique avec les sages-femmes de secteur.",
      "Créer une équipe de puéricultrices dédiée aux visites après la sortie de maternité.",
      "Former les équipes au repérage de la dépression post-natale.",
      "Signer une convention de transmission d'informations avec la maternité."],
     "Deux cent quatre-vingt mille euros par an pour quatre postes de puéricultrice.",
     [("Convention avec la maternité", ["2026"]), ("Équipe de puéricultrices", ["2027"]), ("Évaluation du dispositif", ["2030"])],
     "Signature de la convention avec la maternité en juin 2026.",
     ["Part des naissances suivies d'une visite à domicile", "Nombre de dépressions post-natales repérées"]),
    (3, "Orientation 2 — Diversifier l'accueil des enfants confiés",
     "Créer un service d'accueil de jour pour adolescents",
     "Direction de l'enfance – Cheffe du service de l'accueil",
     ["Protection judiciaire de la jeunesse", "Établissements scolaires du second degré", "Association Les Chemins de l'Ouille"],
     ("Quarante adolescents confiés sont déscolarisés et passent leurs journées sans activité "
      "dans leur lieu d'accueil, ce qui multiplie les fugues et les ruptures de placement", "Commission des situations complexes, bilan annuel 2024.",
      ". Les assistants familiaux qui les accueillent demandent un relais en journée et "
      "signalent un épuisement professionnel croissant."),
     ["Proposer une activité éducative en journée à chaque adolescent déscolarisé.",
      "Réduire de moitié les ruptures de placement des plus de treize ans."],
     ["Ouvrir un service d'accueil de jour de quinze places à Sauvelle.",
      "Construire avec l'Éducation nationale des parcours de raccrochage scolaire.",
      "Proposer des chantiers éducatifs pendant les vacances scolaires."],
     "Six cent mille euros par an après appel à projets.",
     [("Appel à projets", ["2026"]), ("Ouverture du service", ["2027"]), ("Extension à Ouilly", ["2029", "2030"])],
     "Ouverture du service d'accueil de jour au printemps 2027.",
     ["Nombre d'adolescents accueillis en journée", "Nombre de ruptures de placement", "Part des jeunes rescolarisés"]),
    (4, "Orientation 2 — Diversifier l'accueil des enfants confiés",
     "Accompagner les jeunes majeurs vers un logement autonome",
     "Direction de l'habitat et de l'insertion – Référente jeunes majeurs",
     ["Bailleurs sociaux du département", "Missions locales", "Foyers de jeunes travailleurs"],
     ("La moitié des jeunes qui quittent l'aide sociale à l'enfance à leur majorité n'ont pas "
      "de solution de logement stable six mois plus tard", "Étude de cohorte des sortants, 2023.",
      ". Les contrats jeunes majeurs sont souvent signés trop tard pour préparer une entrée "
      "dans un logement, et les garanties locatives manquent."),
     ["Garantir une solution de logement à chaque jeune sortant.",
      "Préparer le projet d'autonomie dès dix-sept ans."],
     ["Réserver vingt logements par an dans le parc social pour les jeunes sortants.",
      "Financer une garantie locative départementale.",
      "Tenir un entretien d'autonomie avec chaque jeune à dix-sept ans."],
     "Cent vingt mille euros par an pour la garantie locative.",
     [("Convention avec les bailleurs", ["2026"]), ("Garantie locative", ["2027", "2028", "2029"])],
     "Premiers logements réservés attribués en janvier 2027.",
     ["Nombre de jeunes logés à la sortie", "Nombre de garanties locatives accordées"]),
]

STYLES = """
<office:font-face-decls>
 <style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph">
  <style:paragraph-properties fo:hyphenation-ladder-count="no-limit"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="10pt" fo:language="fr" fo:country="FR" fo:hyphenate="true" fo:hyphenation-remain-char-count="2" fo:hyphenation-push-char-count="2"/>
 </style:default-style>
 <style:style style:name="Standard" style:family="paragraph" style:class="text">
  <style:paragraph-properties fo:text-align="justify" fo:margin-bottom="0.15cm"/>
 </style:style>
 <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:default-outline-level="1">
  <style:paragraph-properties fo:margin-top="0.4cm" fo:margin-bottom="0.3cm" fo:break-before="page"/>
  <style:text-properties fo:font-size="16pt" fo:font-weight="bold" fo:hyphenate="false"/>
 </style:style>
 <style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:default-outline-level="2">
  <style:paragraph-properties fo:margin-top="0.5cm" fo:margin-bottom="0.2cm"/>
  <style:text-properties fo:font-size="12pt" fo:font-weight="bold" fo:hyphenate="false"/>
 </style:style>
 <style:style style:name="Cell" style:family="paragraph">
  <style:paragraph-properties fo:text-align="justify"/>
 </style:style>
 <style:style style:name="Footnote" style:family="paragraph">
  <style:text-properties fo:font-size="8pt"/>
 </style:style>
 <style:style style:name="Header" style:family="paragraph">
  <style:paragraph-properties>
   <style:tab-stops><style:tab-stop style:position="17cm" style:type="right"/></style:tab-stops>
  </style:paragraph-properties>
  <style:text-properties fo:font-size="8pt" fo:hyphenate="false"/>
 </style:style>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="pm1">
  <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="2cm" fo:margin-right="2cm"/>
  <style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.4cm"/></style:header-style>
  <style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.4cm"/></style:footer-style>
 </style:page-layout>
 <style:style style:name="Grid" style:family="table"><style:table-properties style:width="17cm" table:align="left"/></style:style>
 <style:style style:name="Grid.A" style:family="table-column"><style:table-column-properties style:column-width="7.4cm"/></style:style>
 <style:style style:name="Grid.B" style:family="table-column"><style:table-column-properties style:column-width="1.6cm"/></style:style>
 <style:style style:name="Form" style:family="table"><style:table-properties style:width="17cm" table:align="left"/></style:style>
 <style:style style:name="Form.A" style:family="table-column"><style:table-column-properties style:column-width="4.2cm"/></style:style>
 <style:style style:name="Form.B" style:family="table-column"><style:table-column-properties style:column-width="12.8cm"/></style:style>
 <style:style style:name="Box" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" fo:border="0.5pt solid #000000"/></style:style>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="pm1">
  <style:header><text:p text:style-name="Header"><text:chapter text:display="name" text:outline-level="1"/><text:tab/>""" + escape(TITLE) + """</text:p></style:header>
  <style:footer><text:p text:style-name="Header">Département du Haut-Lisseron<text:tab/><text:page-number text:select-page="current"/></text:p></style:footer>
 </style:master-page>
</office:master-styles>
"""

note_no = [0]


def noted(before, note, after, style="Standard"):
    note_no[0] += 1
    n = note_no[0]
    return ('<text:p text:style-name="%s">%s<text:note text:id="ftn%d" text:note-class="footnote">'
            '<text:note-citation>%d</text:note-citation><text:note-body>'
            '<text:p text:style-name="Footnote">%s</text:p></text:note-body></text:note>%s</text:p>') % (
        style, escape(before), n, n, escape(note), escape(after))


def h(text, level):
    return '<text:h text:style-name="Heading_20_%d" text:outline-level="%d">%s</text:h>' % (level, level, escape(text))


def cell(content):
    return '<table:table-cell table:style-name="Box" office:value-type="string">%s</table:table-cell>' % content


def row(*cells):
    return "<table:table-row>%s</table:table-row>" % "".join(cell(c) for c in cells)


def fiche(f):
    n, axis, title, pilot, partners, (ctx1, note, ctx2), objectives, actions, budget, grid, key, indicators = f
    bullets = lambda items: "".join(p("▪ " + i, "Cell") for i in items)
    out = [h("Fiche action n° %d — %s" % (n, title), 2)]
    out.append('<table:table table:name="Fiche%d" table:style-name="Form">'
               '<table:table-column table:style-name="Form.A"/><table:table-column table:style-name="Form.B"/>' % n)
    out.append("<table:table-header-rows>%s</table:table-header-rows>" % row(p("Rubrique", "Cell"), p("Fiche action n° %d" % n, "Cell")))
    out.append(row(p("Orientation", "Cell"), p(axis, "Cell")))
    out.append(row(p("Pilote", "Cell"), p(pilot, "Cell")))
    out.append(row(p("Partenaires", "Cell"), bullets(partners)))
    out.append(row(p("Contexte et constats", "Cell"), noted(ctx1, note, ctx2, "Cell") + p("Le diagnostic partagé confirme ce constat dans chacune des trois vallées du département.", "Cell")))
    out.append(row(p("Objectifs", "Cell"), bullets(objectives)))
    out.append(row(p("Actions", "Cell"), bullets(actions)))
    out.append(row(p("Budget prévisionnel", "Cell"), p(budget, "Cell")))
    out.append("</table:table>")
    out.append(p("Calendrier prévisionnel"))
    out.append('<table:table table:name="Grille%d" table:style-name="Grid"><table:table-column table:style-name="Grid.A"/>'
               '<table:table-column table:style-name="Grid.B" table:number-columns-repeated="6"/>' % n)
    out.append(row(p("Action", "Cell"), *[p(y, "Cell") for y in YEARS]))
    for step, marked in grid:
        out.append(row(p(step, "Cell"), *[p("X" if y in marked else "", "Cell") for y in YEARS]))
    out.append("</table:table>")
    out.append(p("Jalon clé : " + key))
    out.append(p("Indicateurs de suivi"))
    out.extend(p("▪ " + i) for i in indicators)
    return "".join(out)


def body():
    out = [p("Département du Haut-Lisseron"), p(TITLE), p("Adopté par l'Assemblée départementale le 12 février 2026.")]
    out.append(h("Présentation du schéma", 1))
    out.append(noted("Le schéma succède à celui de 2019-2024, dont l'évaluation a montré que la moitié des "
                     "actions prévues avaient été conduites à leur terme", "Évaluation conduite par la mission d'inspection départementale en 2025.",
                     ". Il a été élaboré avec les professionnels, les partenaires institutionnels et des "
                     "familles accompagnées, réunis en ateliers dans chacune des trois vallées."))
    out.append(p("Il compte deux orientations et quatre fiches action. Chaque fiche désigne un pilote, ses "
                 "partenaires, un calendrier prévisionnel et des indicateurs de suivi, examinés chaque "
                 "année par le comité de pilotage de la protection de l'enfance."))
    axis = None
    for f in FICHES:
        if f[1] != axis:
            axis = f[1]
            out.append(h(axis, 1))
            out.append(p("Les fiches de cette orientation précisent les engagements du Département et de ses "
                         "partenaires pour la durée du schéma."))
        out.append(fiche(f))
    out.append(h("Suivi et évaluation", 1))
    out.append(p("Le comité de pilotage se réunit chaque année pour examiner l'avancement des fiches et "
                 "les indicateurs de suivi. Un bilan à mi-parcours est présenté en 2028."))
    return "".join(out)


write(os.path.join(HERE, "haut-lisseron-rapport-writer.fodt"), STYLES, body())

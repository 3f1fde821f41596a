#!/usr/bin/python3
"""Writes pays-de-lauzerte-lettre-deux-colonnes.fodt, an invented
département's schéma typeset by LibreOffice Writer as a newsletter: the
text flows in two columns on each page, each fiche headed "FICHE n" then
its title, its fields run-in bold labels ending with a full stop at the
start of a paragraph ("Pilote. La cheffe du service…"). Some fiches have
no "Pilote." paragraph, or no "Calendrier." one: their pilot and deadline
are given only in a full-width summary table on the last page (Fiche |
Intitulé | Pilote | Échéance), whose cells are narrow enough that long
pilots wrap over two lines. Convert it with LibreOffice to get the PDF the
class test reads:

    /usr/bin/python3 pays-de-lauzerte-lettre-deux-colonnes.py
    soffice --headless --convert-to pdf pays-de-lauzerte-lettre-deux-colonnes.fodt
"""
import os
from xml.sax.saxutils import escape

from fodt import write, p

HERE = os.path.dirname(os.path.abspath(__file__))
TITLE = "Le fil de l'enfance • Pays de Lauzerte • Schéma 2026-2030"

# Fiches: number, title, findings, goals, actions, pilot (None: only in
# the table), partners, calendar (None: only in the table), indicators,
# the table's pilot and deadline.
FICHES = [
    (1, "Ouvrir des lieux d'accueil parents-enfants dans les bourgs",
     "Les jeunes parents des cantons ruraux n'ont aucun lieu où rencontrer d'autres familles. Les "
     "puéricultrices de secteur signalent un isolement croissant depuis la fermeture de deux haltes-garderies.",
     "Rompre l'isolement des parents ; repérer tôt les difficultés de lien.",
     "Ouvrir quatre lieux d'accueil itinérants ; former les accueillants à l'écoute ; associer les "
     "relais petite enfance du territoire.",
     "La cheffe du service de protection maternelle et infantile, Direction des solidarités.",
     "La caisse d'allocations familiales, les communautés de communes, les relais petite enfance.",
     "Premier lieu ouvert en 2026 ; quatre lieux au printemps 2027.",
     "Nombre de familles accueillies ; nombre de bourgs desservis.",
     "Cheffe du service de PMI", "Printemps 2027"),
    (2, "Soutenir les parents d'adolescents en difficulté",
     "Les demandes d'aide éducative pour des adolescents ont doublé en quatre ans. Les familles arrivent "
     "souvent au service après une exclusion scolaire ou une fugue.",
     "Proposer une aide avant la crise ; réduire les exclusions définitives.",
     "Créer une ligne d'écoute pour les parents ; organiser des groupes de parole mensuels ; désigner "
     "un référent dans chaque collège.",
     None,
     "Les collèges publics et privés, la maison des adolescents, le centre médico-psychologique.",
     "Ligne d'écoute ouverte en septembre 2026 ; groupes de parole dès 2027.",
     "Nombre d'appels reçus ; nombre de parents accompagnés.",
     "Mission soutien à la parentalité – Direction de l'enfance et des familles", "Septembre 2027"),
    (3, "Évaluer plus vite les situations signalées",
     "Le délai d'évaluation d'une information préoccupante atteint quatre mois et demi. Les émetteurs "
     "ne reçoivent presque jamais de retour sur les suites données.",
     "Ramener le délai sous trois mois ; informer chaque émetteur.",
     "Renforcer la cellule de recueil de deux évaluateurs ; tenir une réunion d'orientation chaque "
     "semaine ; adresser un courrier de retour à chaque émetteur.",
     "Le responsable de la cellule de recueil des informations préoccupantes.",
     "Les parquets, la gendarmerie, l'Éducation nationale, les centres hospitaliers.",
     None,
     "Délai moyen d'évaluation ; part des émetteurs informés.",
     "Responsable de la cellule de recueil", "Décembre 2026"),
    (4, "Accueillir les fratries dans un même lieu",
     "Un tiers des fratries confiées sont séparées faute de place adaptée. Les visites entre frères et "
     "sœurs sont rares et mal organisées.",
     "Accueillir ensemble les fratries ; maintenir les liens entre frères et sœurs séparés.",
     "Créer une maison des fratries de douze places ; recruter des assistants familiaux pour les "
     "grandes fratries ; organiser des week-ends de retrouvailles.",
     None,
     "Les associations gestionnaires, les assistants familiaux, les juges des enfants.",
     "Maison des fratries ouverte en 2028 ; premiers week-ends en 2027.",
     "Part des fratries accueillies ensemble ; nombre de week-ends organisés.",
     "Service de l'accueil familial et des établissements, en lien avec la direction de l'autonomie",
     "Fin 2028"),
    (5, "Préparer la sortie des jeunes majeurs",
     "Chaque année, quatre-vingt-dix jeunes quittent l'aide sociale à l'enfance à leur majorité. Beaucoup "
     "n'ont ni logement ni formation six mois plus tard.",
     "Garantir un logement et une ressource à la sortie ; poursuivre les études engagées.",
     "Tenir un entretien d'autonomie à dix-sept ans ; réserver quinze logements dans le parc social ; "
     "signer un contrat jeune majeur avec chaque jeune qui le demande.",
     "La responsable de la mission jeunes majeurs.",
     "Les missions locales, les bailleurs sociaux, les foyers de jeunes travailleurs.",
     "Entretiens généralisés en 2026 ; logements réservés d'ici 2028.",
     "Nombre de contrats jeunes majeurs ; part des jeunes logés six mois après la sortie.",
     "Responsable de la mission jeunes majeurs", "2028"),
]

STYLES = """
<office:font-face-decls>
 <style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph">
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="10pt" fo:language="fr" fo:country="FR"/>
 </style:default-style>
 <style:style style:name="Standard" style:family="paragraph" style:class="text">
  <style:paragraph-properties fo:text-align="start" fo:margin-bottom="0.12cm"/>
 </style:style>
 <style:style style:name="Kicker" style:family="paragraph">
  <style:paragraph-properties fo:margin-top="0.4cm" fo:margin-bottom="0.1cm"/>
  <style:text-properties fo:font-size="9pt" fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="FicheTitle" style:family="paragraph">
  <style:paragraph-properties fo:margin-bottom="0.15cm"/>
  <style:text-properties fo:font-size="12pt" fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="H1" style:family="paragraph">
  <style:paragraph-properties fo:margin-top="0.4cm" fo:margin-bottom="0.25cm"/>
  <style:text-properties fo:font-size="14pt" fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="Cell" style:family="paragraph">
  <style:text-properties fo:font-size="9pt"/>
 </style:style>
 <style:style style:name="HeadCell" style:family="paragraph">
  <style:text-properties fo:font-size="9pt" fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="Furniture" style:family="paragraph">
  <style:paragraph-properties fo:text-align="center"/>
  <style:text-properties fo:font-size="8pt"/>
 </style:style>
 <style:style style:name="Bold" style:family="text">
  <style:text-properties fo:font-weight="bold"/>
 </style:style>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="portrait">
  <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="1.8cm" fo:margin-right="1.8cm"/>
  <style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.4cm"/></style:footer-style>
 </style:page-layout>
 <style:style style:name="TwoCols" style:family="section">
  <style:section-properties>
   <style:columns fo:column-count="2" fo:column-gap="0.8cm"/>
  </style:section-properties>
 </style:style>
 <style:style style:name="AnnexTitle" style:family="paragraph" style:parent-style-name="H1">
  <style:paragraph-properties fo:break-before="page"/>
 </style:style>
 <style:style style:name="Recap" style:family="table"><style:table-properties style:width="17.4cm" table:align="left"/></style:style>
 <style:style style:name="Recap.A" style:family="table-column"><style:table-column-properties style:column-width="1.6cm"/></style:style>
 <style:style style:name="Recap.B" style:family="table-column"><style:table-column-properties style:column-width="6.4cm"/></style:style>
 <style:style style:name="Recap.C" style:family="table-column"><style:table-column-properties style:column-width="6.2cm"/></style:style>
 <style:style style:name="Recap.D" style:family="table-column"><style:table-column-properties style:column-width="3.2cm"/></style:style>
 <style:style style:name="Box" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" fo:border="none"/></style:style>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="portrait">
  <style:footer><text:p text:style-name="Furniture">""" + escape(TITLE) + """ · page <text:page-number text:select-page="current"/></text:p></style:footer>
 </style:master-page>
</office:master-styles>
"""


def runin(label, text):
    return '<text:p text:style-name="Standard"><text:span text:style-name="Bold">%s.</text:span> %s</text:p>' % (
        escape(label), escape(text))


def cell(text, style="Cell"):
    return '<table:table-cell table:style-name="Box" office:value-type="string">%s</table:table-cell>' % p(text, style)


def row(cells, style="Cell"):
    return "<table:table-row>%s</table:table-row>" % "".join(cell(c, style) for c in cells)


def body():
    out = [p("Le fil de l'enfance – édition spéciale", "H1")]
    out.append('<text:section text:style-name="TwoCols" text:name="Lettre">')
    out.append(p("Le Pays de Lauzerte adopte son schéma de prévention et de protection de l'enfance pour "
                 "2026-2030. Cinq fiches en traduisent les priorités ; les pilotes et les échéances de "
                 "chacune figurent aussi dans le tableau récapitulatif de la dernière page."))
    for n, title, finding, goals, actions, pilot, partners, cal, ind, _, _ in FICHES:
        out.append(p("FICHE %d" % n, "Kicker"))
        out.append(p(title, "FicheTitle"))
        out.append(runin("Constats", finding))
        out.append(runin("Objectifs", goals))
        out.append(runin("Actions", actions))
        if pilot:
            out.append(runin("Pilote", pilot))
        out.append(runin("Partenaires", partners))
        if cal:
            out.append(runin("Calendrier", cal))
        out.append(runin("Indicateurs", ind))
    out.append("</text:section>")
    out.append(p("Tableau récapitulatif : fiche | pilote | échéance", "AnnexTitle"))
    out.append(p("Pour chaque fiche, le tableau donne le pilote désigné et l'échéance de l'action principale."))
    out.append('<table:table table:name="Recap" table:style-name="Recap">'
               '<table:table-column table:style-name="Recap.A"/><table:table-column table:style-name="Recap.B"/>'
               '<table:table-column table:style-name="Recap.C"/><table:table-column table:style-name="Recap.D"/>')
    out.append(row(["Fiche", "Intitulé", "Pilote", "Échéance"], "HeadCell"))
    for n, title, *_, tpilot, tdue in FICHES:
        out.append(row([str(n), title, tpilot, tdue]))
    out.append("</table:table>")
    return "".join(out)


write(os.path.join(HERE, "pays-de-lauzerte-lettre-deux-colonnes.fodt"), STYLES, body())

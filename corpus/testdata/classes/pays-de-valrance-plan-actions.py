#!/usr/bin/python3
"""Writes pays-de-valrance-plan-actions.fodt, an invented schéma typeset by
LibreOffice Writer whose fiches are numbered within their axis ("Fiche 2.1
– …"), each naming its own pilot, copilot and partners on labelled lines,
then its stakes and objectives, then a "Plan d'actions" table with one row
per action numbered from 1 within the fiche (N° | Action | Pilote |
Échéance): each action has a pilot of its own, other than the fiche's, and
a deadline; the cells are narrow enough to wrap over two or three lines.
Convert it with LibreOffice to get the PDF the class test reads:

    /usr/bin/python3 pays-de-valrance-plan-actions.py
    soffice --headless --convert-to pdf pays-de-valrance-plan-actions.fodt
"""
import os

from fodt import write, p

HERE = os.path.dirname(os.path.abspath(__file__))
TITLE = "Schéma départemental de l'enfance du Pays de Valrance 2027-2031"

# Axes and their fiches: number, title, pilot, copilot, partners, stakes,
# objectives, and the plan's rows: action, pilot, deadline.
AXES = [
    ("Axe 1 – Accompagner les familles plus tôt", [
        ("1.1", "Ouvrir des accueils de jour pour les familles",
         "Direction des solidarités – Service de l'action éducative",
         "Caisse d'allocations familiales du Pays de Valrance",
         "Centres sociaux, associations de médiation familiale, communes rurales",
         "Les familles des cantons du nord attendent plusieurs mois une première aide éducative. "
         "Aucun lieu ne les reçoit en journée hors des bureaux de circonscription.",
         ["Recevoir chaque famille orientée dans le mois", "Réduire les mesures judiciaires évitables"],
         [("Aménager un accueil de jour dans l'ancienne école de Brissac",
           "Direction du patrimoine départemental", "3e trimestre 2027"),
          ("Recruter deux éducateurs itinérants pour les cantons du nord",
           "Chef du service des ressources humaines", "Début 2028"),
          ("Signer une convention d'accueil avec les centres sociaux volontaires",
           "Responsable de la circonscription de Valrance-Nord", "Avril 2028")]),
        ("1.2", "Mieux informer les parents sur leurs droits",
         "Direction des solidarités – Mission information des familles",
         "Ordre des avocats du Pays de Valrance",
         "Maisons France services, associations familiales",
         "Les parents rencontrés par les équipes connaissent mal leurs droits dans une mesure "
         "d'assistance éducative.",
         ["Remettre un livret d'accueil à chaque parent"],
         [("Rédiger un livret des droits des parents en langage clair",
           "Chargée de communication de la direction des solidarités", "1er semestre 2028"),
          ("Tenir une permanence juridique mensuelle dans chaque circonscription",
           "Bâtonnier de l'ordre des avocats", "2029")]),
    ]),
    ("Axe 2 – Sécuriser les accueils", [
        ("2.1", "Créer une maison d'enfants pour les fratries",
         "Direction de l'enfance – Service de l'offre d'accueil",
         "Agence régionale de santé (délégation territoriale)",
         "Associations gestionnaires, protection judiciaire de la jeunesse",
         "Les fratries confiées sont souvent séparées faute de places adaptées. Le schéma "
         "précédent n'a pas permis d'ouvrir de structure dédiée.",
         ["Accueillir ensemble les frères et sœurs", "Limiter les accueils hors du département"],
         [("Lancer l'appel à projets pour une maison de vingt places",
           "Directrice de l'enfance et de la famille", "Fin 2027"),
          ("Choisir le gestionnaire et signer le contrat pluriannuel",
           "Président de la commission d'appel à projets", "2e semestre 2028"),
          ("Ouvrir la maison d'enfants et accueillir les premières fratries",
           "Association lauréate de l'appel à projets", "Septembre 2029")]),
    ]),
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
  <style:paragraph-properties fo:margin-bottom="0.15cm"/>
 </style:style>
 <style:style style:name="H1" style:family="paragraph">
  <style:paragraph-properties fo:margin-top="0.5cm" fo:margin-bottom="0.3cm"/>
  <style:text-properties fo:font-size="15pt" fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="H2" style:family="paragraph">
  <style:paragraph-properties fo:margin-top="0.4cm" fo:margin-bottom="0.2cm"/>
  <style:text-properties fo:font-size="12pt" fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="H3" style:family="paragraph">
  <style:paragraph-properties fo:margin-top="0.3cm" fo:margin-bottom="0.1cm"/>
  <style:text-properties fo:font-size="10pt" fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="Bullet" style:family="paragraph">
  <style:paragraph-properties fo:margin-left="0.6cm"/>
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
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="portrait">
  <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="2cm" fo:margin-right="2cm"/>
  <style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.4cm"/></style:footer-style>
 </style:page-layout>
 <style:style style:name="FicheBreak" style:family="paragraph" style:parent-style-name="H2">
  <style:paragraph-properties fo:break-before="page"/>
 </style:style>
 <style:style style:name="Plan" style:family="table"><style:table-properties style:width="17cm" table:align="left"/></style:style>
 <style:style style:name="Plan.A" style:family="table-column"><style:table-column-properties style:column-width="1.1cm"/></style:style>
 <style:style style:name="Plan.B" style:family="table-column"><style:table-column-properties style:column-width="7.4cm"/></style:style>
 <style:style style:name="Plan.C" style:family="table-column"><style:table-column-properties style:column-width="5cm"/></style:style>
 <style:style style:name="Plan.D" style:family="table-column"><style:table-column-properties style:column-width="3.5cm"/></style:style>
 <style:style style:name="Box" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" fo:border="0.5pt solid #000000"/></style:style>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="portrait">
  <style:footer><text:p text:style-name="Furniture">Pays de Valrance – <text:page-number text:select-page="current"/></text:p></style:footer>
 </style:master-page>
</office:master-styles>
"""


def cell(text, style="Cell"):
    return '<table:table-cell table:style-name="Box" office:value-type="string">%s</table:table-cell>' % p(text, style)


def row(cells, style="Cell"):
    return "<table:table-row>%s</table:table-row>" % "".join(cell(c, style) for c in cells)


def plan(rows):
    out = ['<table:table table:name="Plan%d" table:style-name="Plan">' % id(rows)]
    out += ['<table:table-column table:style-name="Plan.%s"/>' % c for c in "ABCD"]
    out.append("<table:table-header-rows>%s</table:table-header-rows>" %
               row(["N°", "Action", "Pilote", "Échéance"], "HeadCell"))
    for n, (action, pilot, due) in enumerate(rows, 1):
        out.append(row([str(n), action, pilot, due]))
    out.append("</table:table>")
    return "".join(out)


def body():
    out = [p("Département du Pays de Valrance"), p(TITLE, "H1"),
           p("Adopté par l'assemblée départementale le 14 janvier 2027."),
           p("Présentation", "H1"),
           p("Le schéma compte deux axes. Chaque fiche nomme son pilote, puis détaille dans son plan "
             "d'actions qui conduit chaque action et à quelle échéance.")]
    for axis, fiches in AXES:
        out.append(p(axis, "H1"))
        for num, title, pilot, copilot, partners, stakes, objectives, rows in fiches:
            out.append(p("Fiche %s – %s" % (num, title), "FicheBreak"))
            out.append(p("Pilote de la fiche : " + pilot))
            out.append(p("Copilote(s) : " + copilot))
            out.append(p("Partenaires associés : " + partners))
            out.append(p("Enjeux", "H3"))
            out.append(p(stakes))
            out.append(p("Objectifs", "H3"))
            out += [p("▪ " + o, "Bullet") for o in objectives]
            out.append(p("Plan d'actions", "H3"))
            out.append(plan(rows))
            out.append(p("Indicateurs d'évaluation", "H3"))
            out.append(p("▪ Nombre de familles et d'enfants concernés par la fiche", "Bullet"))
    return "".join(out)


write(os.path.join(HERE, "pays-de-valrance-plan-actions.fodt"), STYLES, body())

#!/usr/bin/python3
"""Writes haute-ambre-plan-cellules-fusionnees.fodt, an invented schéma
typeset by LibreOffice Writer: portrait pages of narrative, then the plan of
actions as one landscape table per axis, columns Axe | Objectif | Action |
Pilote | Partenaires | Échéance | Indicateurs, the header row repeated on
each page. Cells are merged down the rows they share and their text is
centred vertically: the axis over its whole table, each objective over its
actions, a pilot or a deadline over the actions it holds for. A cell of one
row keeps its text at the top. Convert it with LibreOffice to get the PDF
the class test reads:

    /usr/bin/python3 haute-ambre-plan-cellules-fusionnees.py
    soffice --headless --convert-to pdf haute-ambre-plan-cellules-fusionnees.fodt
"""
import os
from xml.sax.saxutils import escape

from fodt import write, p

HERE = os.path.dirname(os.path.abspath(__file__))
TITLE = "Schéma départemental enfance et familles de la Haute-Ambre 2026-2030"
HEAD = ["Axe", "Objectif", "Action", "Pilote", "Partenaires", "Échéance", "Indicateurs"]

# Each axis: its heading, then its actions. An action is its number, title,
# partners and indicators; the merged columns are given apart as runs of
# (text, number of actions spanned), in order, an empty text for a cell
# left empty.
AXES = [
    ("Axe 1 – Repérer et soutenir les familles plus tôt",
     [("1.1", "Ouvrir une permanence d'écoute parentale dans chaque bourg-centre de la vallée de l'Ambre",
       ["Communautés de communes", "Centres sociaux ruraux"], ["Nombre de permanences ouvertes", "Nombre de parents reçus"]),
      ("1.2", "Former les assistantes maternelles au repérage des signes de souffrance du jeune enfant",
       ["Relais petite enfance", "Organismes de formation continue"], ["Nombre d'assistantes maternelles formées"]),
      ("1.3", "Proposer un accompagnement budgétaire aux familles suivies en prévention",
       ["Caisse d'allocations familiales", "Banque de France", "Associations de consommateurs"], ["Nombre de familles accompagnées", "Part des dossiers de surendettement évités"]),
      ("1.4", "Étendre les horaires de la halte-garderie itinérante aux mercredis et aux vacances",
       ["Mutualité sociale agricole", "Communes d'accueil"], ["Nombre de demi-journées d'ouverture"])],
     {"Axe": [("Axe 1 : Repérer tôt", 4)],
      "Objectif": [("1.A Rapprocher l'écoute des familles isolées", 2), ("1.B Alléger les difficultés du quotidien", 2)],
      "Pilote": [("Direction de la prévention – Cheffe du service enfance", 3), ("Service de la petite enfance", 1)],
      "Échéance": [("Janvier 2027", 1), ("Rentrée 2026, puis chaque année", 2), ("Été 2027", 1)]}),
    ("Axe 2 – Accueillir les enfants confiés dans de bonnes conditions",
     [("2.1", "Recruter quinze assistants familiaux supplémentaires sur le plateau nord",
       ["Pôle emploi du plateau", "Associations d'assistants familiaux"], ["Nombre d'agréments délivrés"]),
      ("2.2", "Ouvrir un lieu de vie de six places pour les fratries",
       ["Gestionnaire associatif retenu", "Juges des enfants"], ["Nombre de fratries accueillies ensemble"]),
      ("2.3", "Créer une équipe de soutien aux accueillants la nuit et le week-end",
       ["Service départemental d'incendie", "Établissements d'accueil"], ["Nombre d'appels traités", "Délai moyen d'intervention"]),
      ("2.4", "Garantir à chaque enfant confié un bilan de santé dans les trois mois",
       ["Centre hospitalier de Sorbiers", "Médecins libéraux du secteur"], ["Part des enfants ayant eu leur bilan"])],
     {"Axe": [("Axe 2 : Bien accueillir", 4)],
      "Objectif": [("2.A Élargir l'offre d'accueil", 3), ("2.B Veiller à la santé", 1)],
      "Pilote": [("Mission accueil familial et établissements", 3), ("Médecin départemental de la protection de l'enfance", 1)],
      "Échéance": [("2026-2027", 1), ("Appel à projets en 2027, ouverture en 2028", 2), ("Dès 2026", 1)]}),
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
  <style:paragraph-properties fo:text-align="justify" fo:margin-bottom="0.15cm"/>
 </style:style>
 <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:default-outline-level="1">
  <style:paragraph-properties fo:margin-top="0.4cm" fo:margin-bottom="0.3cm"/>
  <style:text-properties fo:font-size="14pt" fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="Cell" style:family="paragraph">
  <style:text-properties fo:font-size="9pt"/>
 </style:style>
 <style:style style:name="Footer" style:family="paragraph">
  <style:paragraph-properties fo:text-align="center"/>
  <style:text-properties fo:font-size="8pt"/>
 </style:style>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="pmPortrait">
  <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" style:print-orientation="portrait" fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="2cm" fo:margin-right="2cm"/>
  <style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.4cm"/></style:footer-style>
 </style:page-layout>
 <style:page-layout style:name="pmLandscape">
  <style:page-layout-properties fo:page-width="29.7cm" fo:page-height="21cm" style:print-orientation="landscape" fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="1.5cm" fo:margin-right="1.5cm"/>
  <style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.4cm"/></style:footer-style>
 </style:page-layout>
 <style:style style:name="AxisFirst" style:family="paragraph" style:parent-style-name="Heading_20_1" style:master-page-name="Landscape"/>
 <style:style style:name="AxisNext" style:family="paragraph" style:parent-style-name="Heading_20_1">
  <style:paragraph-properties fo:break-before="page"/>
 </style:style>
 <style:style style:name="Plan" style:family="table"><style:table-properties style:width="26.7cm" table:align="left"/></style:style>
 <style:style style:name="Plan.A" style:family="table-column"><style:table-column-properties style:column-width="2.6cm"/></style:style>
 <style:style style:name="Plan.B" style:family="table-column"><style:table-column-properties style:column-width="3.4cm"/></style:style>
 <style:style style:name="Plan.C" style:family="table-column"><style:table-column-properties style:column-width="5.2cm"/></style:style>
 <style:style style:name="Plan.D" style:family="table-column"><style:table-column-properties style:column-width="3.8cm"/></style:style>
 <style:style style:name="Plan.E" style:family="table-column"><style:table-column-properties style:column-width="4.2cm"/></style:style>
 <style:style style:name="Plan.F" style:family="table-column"><style:table-column-properties style:column-width="3cm"/></style:style>
 <style:style style:name="Plan.G" style:family="table-column"><style:table-column-properties style:column-width="4.5cm"/></style:style>
 <style:style style:name="Top" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" fo:border="0.5pt solid #000000" style:vertical-align="top"/></style:style>
 <style:style style:name="Middle" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" fo:border="0.5pt solid #000000" style:vertical-align="middle"/></style:style>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="pmPortrait">
  <style:footer><text:p text:style-name="Footer">Haute-Ambre – schéma enfance familles – <text:page-number text:select-page="current"/></text:p></style:footer>
 </style:master-page>
 <style:master-page style:name="Landscape" style:page-layout-name="pmLandscape">
  <style:footer><text:p text:style-name="Footer">Haute-Ambre – plan d'actions – <text:page-number text:select-page="current"/></text:p></style:footer>
 </style:master-page>
</office:master-styles>
"""


def lines(items):
    return "".join(p(i, "Cell") for i in items)


def cell(content, span=1, style="Top"):
    if span > 1:
        return ('<table:table-cell table:style-name="Middle" table:number-rows-spanned="%d" office:value-type="string">%s</table:table-cell>'
                % (span, content))
    return '<table:table-cell table:style-name="%s" office:value-type="string">%s</table:table-cell>' % (style, content)


COVERED = "<table:covered-table-cell/>"


def plan(n, axis, actions, merged):
    # Where each merged column's cells start, and how many rows they span.
    starts = {}
    for col, runs in merged.items():
        at = 0
        for text, span in runs:
            starts[(col, at)] = (text, span)
            at += span
    out = ['<table:table table:name="Plan%d" table:style-name="Plan">' % n]
    out.extend('<table:table-column table:style-name="Plan.%s"/>' % c for c in "ABCDEFG")
    out.append("<table:table-header-rows><table:table-row>%s</table:table-row></table:table-header-rows>"
               % "".join(cell(p(h, "Cell")) for h in HEAD))
    for r, (num, title, partners, indicators) in enumerate(actions):
        cells = []
        for col in HEAD:
            if col == "Action":
                cells.append(cell(p("Action %s – %s" % (num, title), "Cell")))
            elif col == "Partenaires":
                cells.append(cell(lines(partners)))
            elif col == "Indicateurs":
                cells.append(cell(lines(indicators)))
            elif (col, r) in starts:
                text, span = starts[(col, r)]
                cells.append(cell(p(text, "Cell") if text else "", span))
            else:
                cells.append(COVERED)
        out.append("<table:table-row>%s</table:table-row>" % "".join(cells))
    out.append("</table:table>")
    return "".join(out)


def body():
    out = [p("Département de la Haute-Ambre"), p(TITLE),
           p("Adopté par l'Assemblée départementale le 9 mars 2026.")]
    out.append('<text:h text:style-name="Heading_20_1" text:outline-level="1">Présentation</text:h>')
    out.append(p("Le schéma a été préparé avec les partenaires de la protection de l'enfance au cours de "
                 "six ateliers territoriaux. Il retient deux axes et huit actions, présentés dans un "
                 "tableau par axe. Une cellule commune à plusieurs actions vaut pour chacune d'elles."))
    out.append(p("Le comité de suivi examine chaque année l'avancement des actions et leurs indicateurs."))
    for n, (axis, actions, merged) in enumerate(AXES, 1):
        style = "AxisFirst" if n == 1 else "AxisNext"
        out.append('<text:h text:style-name="%s" text:outline-level="1">%s</text:h>' % (style, escape(axis)))
        out.append(plan(n, axis, actions, merged))
    return "".join(out)


write(os.path.join(HERE, "haute-ambre-plan-cellules-fusionnees.fodt"), STYLES, body())

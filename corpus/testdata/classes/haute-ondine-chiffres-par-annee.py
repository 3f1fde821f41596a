#!/usr/bin/python3
"""Writes haute-ondine-chiffres-par-annee.fodt, an invented schéma typeset by
LibreOffice Writer: a sommaire whose entries carry dot leaders to their page
(one title long enough to fill its line, so that the leader shrinks to a
dot; one so long that it wraps, its page on its second line), a diagnostic
whose key figures are tables by year (Indicateur | 2020 | 2021 | 2022 |
2023 | Évolution), their label column narrow enough that long labels wrap
inside their cell, with "dont …" rows indented under the row they break
down, one table's cells centred in their height, then numbered fiches. A
running header and footer frame each page. Convert it with
LibreOffice to get the PDF the class test reads:

    /usr/bin/python3 haute-ondine-chiffres-par-annee.py
    soffice --headless --convert-to pdf haute-ondine-chiffres-par-annee.fodt
"""
import os
from xml.sax.saxutils import escape

from fodt import write, p

HERE = os.path.dirname(os.path.abspath(__file__))
TITLE = "Haute-Ondine – Schéma départemental de l'enfance 2025-2029"
YEARS = ["2020", "2021", "2022", "2023"]

# Each table: its caption, whether its cells are centred in their height,
# and its rows: label, a figure a year, the evolution; a label opening on
# "dont" is indented under the row above.
TABLES = [
    ("Tableau 1 – Entrée dans le dispositif", False, [
        ("Signalements adressés au procureur de la République", ["418", "452", "497", "530"], "+26,8 %"),
        ("Évaluations conduites par la cellule départementale", ["2 104", "2 311", "2 486", "2 655"], "+26,2 %"),
        ("dont évaluations achevées dans les délais", ["1 208", "1 367", "1 590", "1 802"], "+49,2 %"),
        ("Délai moyen d'évaluation (jours)", ["118", "104", "97", "88"], "-25,4 %"),
    ]),
    ("Tableau 2 – Accueil des enfants", True, [
        ("Enfants accueillis chez un assistant familial", ["1 317", "1 289", "1 254", "1 226"], "-6,9 %"),
        ("Enfants accueillis en maison d'enfants à caractère social", ["702", "736", "771", "809"], "+15,2 %"),
        ("dont accueils en urgence", ["96", "104", "121", "133"], "+38,5 %"),
        ("Jeunes de 18 à 21 ans sous contrat d'accompagnement", ["288", "301", "339", "372"], "+29,2 %"),
    ]),
]

# Fiches: number, title, pilot, partners, calendar.
FICHES = [
    # Its title wraps in the sommaire, its page on the second line.
    (1, "Raccourcir les évaluations des informations préoccupantes en renforçant la cellule départementale",
     "Cellule départementale de recueil",
     "Parquet, Éducation nationale", "Premier semestre 2026"),
    # Its title fills its line of the sommaire: the leader shrinks to a dot.
    (2, "Accompagner les jeunes majeurs vers un logement autonome et durable dès leur sortie",
     "Mission autonomie des jeunes", "Bailleurs sociaux, missions locales", "Fin 2027"),
    (3, "Soutenir les familles d'accueil", "Service de l'accueil familial",
     "Associations d'assistants familiaux", "2026-2027"),
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
 <style:style style:name="Contents" style:family="paragraph">
  <style:paragraph-properties fo:margin-bottom="0.1cm">
   <style:tab-stops><style:tab-stop style:position="16.8cm" style:type="right" style:leader-style="dotted" style:leader-text="."/></style:tab-stops>
  </style:paragraph-properties>
 </style:style>
 <style:style style:name="H1" style:family="paragraph">
  <style:paragraph-properties fo:margin-top="0.5cm" fo:margin-bottom="0.3cm"/>
  <style:text-properties fo:font-size="15pt" fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="H2" style:family="paragraph">
  <style:paragraph-properties fo:margin-top="0.4cm" fo:margin-bottom="0.2cm"/>
  <style:text-properties fo:font-size="12pt" fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="Caption" style:family="paragraph">
  <style:paragraph-properties fo:margin-top="0.3cm" fo:margin-bottom="0.1cm"/>
  <style:text-properties fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="Cell" style:family="paragraph">
  <style:text-properties fo:font-size="9pt"/>
 </style:style>
 <style:style style:name="SubCell" style:family="paragraph">
  <style:paragraph-properties fo:margin-left="0.4cm"/>
  <style:text-properties fo:font-size="9pt"/>
 </style:style>
 <style:style style:name="Figure" style:family="paragraph">
  <style:paragraph-properties fo:text-align="end"/>
  <style:text-properties fo:font-size="9pt"/>
 </style:style>
 <style:style style:name="HeadCell" style:family="paragraph">
  <style:paragraph-properties fo:text-align="center"/>
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
  <style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.4cm"/></style:header-style>
  <style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.4cm"/></style:footer-style>
 </style:page-layout>
 <style:style style:name="Figures" style:family="table"><style:table-properties style:width="17cm" table:align="left"/></style:style>
 <style:style style:name="Figures.A" style:family="table-column"><style:table-column-properties style:column-width="5.2cm"/></style:style>
 <style:style style:name="Figures.B" style:family="table-column"><style:table-column-properties style:column-width="2.36cm"/></style:style>
 <style:style style:name="Top" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" fo:border="0.5pt solid #000000" style:vertical-align="top"/></style:style>
 <style:style style:name="Middle" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" fo:border="0.5pt solid #000000" style:vertical-align="middle"/></style:style>
 <style:style style:name="Break" style:family="paragraph" style:parent-style-name="H1"><style:paragraph-properties fo:break-before="page"/></style:style>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="portrait">
  <style:header><text:p text:style-name="Furniture">""" + escape(TITLE) + """</text:p></style:header>
  <style:footer><text:p text:style-name="Furniture">Département de la Haute-Ondine – page <text:page-number text:select-page="current"/></text:p></style:footer>
 </style:master-page>
</office:master-styles>
"""


def contents(title, page):
    return '<text:p text:style-name="Contents">%s<text:tab/>%d</text:p>' % (escape(title), page)


def cell(text, style, cellstyle):
    return '<table:table-cell table:style-name="%s" office:value-type="string">%s</table:table-cell>' % (
        cellstyle, p(text, style))


def table(caption, middle, rows):
    cs = "Middle" if middle else "Top"
    out = [p(caption, "Caption"),
           '<table:table table:name="%s" table:style-name="Figures">' % caption.split(" –")[0].replace(" ", ""),
           '<table:table-column table:style-name="Figures.A"/>',
           '<table:table-column table:style-name="Figures.B" table:number-columns-repeated="5"/>',
           "<table:table-row>%s</table:table-row>" % "".join(
               cell(h, "HeadCell", cs) for h in ["Indicateur"] + YEARS + ["Évolution"])]
    for label, figures, evolution in rows:
        first = cell(label, "SubCell" if label.startswith("dont ") else "Cell", cs)
        out.append("<table:table-row>%s%s</table:table-row>" % (
            first, "".join(cell(f, "Figure", cs) for f in figures + [evolution])))
    out.append("</table:table>")
    out.append(p("Source : Département de la Haute-Ondine, observatoire de l'enfance."))
    return out


def body():
    out = [p("Département de la Haute-Ondine"), p("Schéma départemental de l'enfance 2025-2029", "H1"),
           p("Adopté par l'assemblée départementale le 12 mai 2025.")]
    out.append(p("Sommaire", "H2"))
    out.append(contents("Édito de la Présidente", 2))
    out.append(contents("1. Présentation du schéma", 2))
    out.append(contents("2. Diagnostic en chiffres", 2))
    out.append(contents("3. Les fiches action", 3))
    for n, title, *_ in FICHES:
        out.append(contents("Fiche action n°%d : %s" % (n, title), 3 + n))
    out.append(p("Édito de la Présidente", "Break"))
    out.append(p("Protéger les enfants et soutenir leurs parents est une mission que le Département partage "
                 "avec de nombreux partenaires. Ce schéma en fixe le cap pour cinq ans."))
    out.append(p("Claire Maronnier"))
    out.append(p("Présidente du Département de la Haute-Ondine"))
    out.append(p("1. Présentation du schéma", "H1"))
    out.append(p("Le schéma fixe pour cinq ans la politique de l'enfance du Département. Il s'appuie sur un "
                 "diagnostic partagé avec les partenaires et se décline en trois fiches action."))
    out.append(p("2. Diagnostic en chiffres", "H1"))
    out.append(p("Les tableaux suivants retracent l'activité des quatre dernières années ; la colonne "
                 "« Évolution » compare 2023 à 2020."))
    for caption, middle, rows in TABLES:
        out.extend(table(caption, middle, rows))
        out.append(p("Les équipes de territoire commentent ces chiffres chaque année devant l'observatoire "
                     "départemental, qui en tire des recommandations."))
    out.append(p("3. Les fiches action", "Break"))
    for n, title, pilot, partners, due in FICHES:
        out.append(p("Fiche action n°%d : %s" % (n, title), "H2"))
        out.append(p("Pilote : " + pilot))
        out.append(p("Partenaires : " + partners))
        out.append(p("Calendrier : " + due))
    return "".join(out)


write(os.path.join(HERE, "haute-ondine-chiffres-par-annee.fodt"), STYLES, body())

#!/usr/bin/python3
"""Writes two invented schémas of the Haute-Sauldre typeset by LibreOffice
Writer, one a class of layout each:

- haute-sauldre-fiches-questions.fodt: fiches "Fiche 1 — …" whose fields
  are headed by questions, worded differently from fiche to fiche ("Qui
  porte l'action ?", "Avec quels soutiens ?", "Que cherchons-nous à
  obtenir ?", "Qu'allons-nous entreprendre ?", "Comment mesurerons-nous
  les progrès ?", "Quel financement ?"…);
- haute-sauldre-grilles-echeancier.fodt: actions "Action 1.2 – …", each a
  one-page label | value table whose first column holds the labels
  (Contexte et constats, Objectifs, Contenu de l'action, Porteur de
  l'action, Partenaires associés, Échéancier, Indicateurs de suivi,
  Résultats attendus), the Échéancier cell a grid of years by parts of the
  year (quarters, half-years, months) with a mark ("X", "●", "✓", "■") in
  the parts the action runs in. A running header and footer frame each
  page.

Convert them with LibreOffice to get the PDFs the class tests read:

    /usr/bin/python3 haute-sauldre-questions-grilles.py
    soffice --headless --convert-to pdf haute-sauldre-fiches-questions.fodt haute-sauldre-grilles-echeancier.fodt
"""
import os
from xml.sax.saxutils import escape

from fodt import write, p

HERE = os.path.dirname(os.path.abspath(__file__))
TITLE = "Haute-Sauldre – Schéma départemental de l'enfance 2026-2030"

# Question fiches: number, title, then (question, items) in order; a
# question's items are paragraphs, or bullets when several.
QUESTION_FICHES = [
    (1, "Ouvrir des haltes-répit pour les parents isolés", [
        ("Pourquoi s'engager ?", ["Les parents seuls avec de jeunes enfants sont nombreux dans les bourgs de la vallée et ne trouvent aucun relais quand ils s'épuisent."]),
        ("Que cherchons-nous à obtenir ?", ["Offrir un temps de répit à chaque parent isolé qui le demande.", "Éviter les placements décidés faute de relais familial."]),
        ("Qu'allons-nous entreprendre ?", ["Ouvrir trois haltes-répit dans les bourgs-centres.", "Former des bénévoles à l'accueil des tout-petits."]),
        ("Qui porte l'action ?", ["Service de la prévention familiale"]),
        ("Avec quels soutiens ?", ["Caisse d'allocations familiales de la Haute-Sauldre", "Fédération des foyers ruraux"]),
        ("À quelle date ?", ["Première halte ouverte : septembre 2026", "Trois haltes ouvertes : fin 2027"]),
        ("Comment mesurerons-nous les progrès ?", ["Nombre de parents accueillis chaque mois dans les haltes.", "Part des demandes de répit satisfaites sous huit jours."]),
        ("Quel financement ?", ["Environ 210 000 euros par an, partagés avec la caisse d'allocations familiales."]),
    ]),
    (2, "Accompagner les adolescents en rupture scolaire", [
        ("Pourquoi agir maintenant ?", ["Le décrochage scolaire précède souvent l'entrée des adolescents dans les dispositifs de protection."]),
        ("Quels résultats visons-nous ?", ["Maintenir dans un parcours de formation les collégiens repérés en rupture."]),
        ("Que ferons-nous ?", ["Créer une équipe mobile d'éducateurs auprès des collèges ruraux.", "Proposer des stages de remobilisation pendant les vacances."]),
        ("Qui coordonne ?", ["Direction de l'enfance et de la jeunesse"]),
        ("Avec qui travailler ?", ["Direction des services départementaux de l'Éducation nationale", "Mission locale de la Sauldre"]),
        ("Selon quel calendrier ?", ["Équipe mobile constituée : janvier 2027"]),
        ("À quoi verra-t-on que ça marche ?", ["Nombre de collégiens suivis par l'équipe mobile.", "Part des jeunes suivis toujours scolarisés un an plus tard."]),
        ("Combien cela coûtera-t-il ?", ["Quatre postes d'éducateurs, soit 190 000 euros par an."]),
    ]),
    (3, "Mieux accueillir les fratries", [
        ("Pourquoi cette fiche ?", ["Un tiers des fratries confiées sont aujourd'hui séparées faute de places adaptées."]),
        ("Que voulons-nous changer ?", ["Accueillir ensemble les frères et sœurs chaque fois que leur intérêt le commande."]),
        ("Que va-t-on mettre en place ?", ["Agréer des assistants familiaux pour l'accueil de trois enfants.", "Ouvrir une maison des fratries à Sauldreville."]),
        ("Qui pilote ?", ["Service de l'accueil familial"]),
        ("Avec quels partenaires ?", ["Association Les Tilleuls"]),
        ("Quand ?", ["Maison des fratries ouverte : 2028"]),
        ("Comment saura-t-on que l'objectif est atteint ?", ["Part des fratries accueillies ensemble."]),
    ]),
]

# Grid actions: label, title, fields, and the calendar grid: its parts of
# the year, its mark, and per year the parts marked.
GRID_ACTIONS = [
    ("1.1", "Créer une plateforme d'accueil d'urgence pour les adolescents", {
        "Contexte et constats": "Les adolescents confiés en urgence attendent plusieurs jours une place adaptée, souvent à l'hôtel.",
        "Objectifs": ["Trouver une place adaptée dans la journée.", "Supprimer l'hébergement à l'hôtel."],
        "Contenu de l'action": ["Ouvrir une plateforme de douze places.", "Organiser une astreinte éducative de nuit."],
        "Porteur de l'action": "Direction de l'enfance – Service de l'accueil",
        "Partenaires associés": ["Association Horizon Sauldre", "Tribunal judiciaire de Sauldreville"],
        "Indicateurs de suivi": ["Délai moyen entre la décision et l'arrivée dans un lieu adapté", "Nombre de nuitées hôtelières"],
        "Résultats attendus": ["Aucune nuitée à l'hôtel à la fin du schéma"],
    }, ["T1", "T2", "T3", "T4"], "X", [("2026", ["T2", "T3", "T4"]), ("2027", ["T1", "T3"]), ("2028", [])]),
    ("1.2", "Former les professionnels au repérage des violences", {
        "Contexte et constats": "Les professionnels de la petite enfance disent manquer d'outils pour repérer les violences.",
        "Objectifs": ["Repérer plus tôt les enfants victimes."],
        "Contenu de l'action": ["Concevoir un module de formation commun."],
        "Porteur de l'action": "Cellule de recueil des informations préoccupantes",
        "Partenaires associés": ["Centre hospitalier de Sauldreville"],
        "Indicateurs de suivi": ["Nombre de professionnels formés par an"],
        "Résultats attendus": ["Six cents professionnels formés"],
    }, ["S1", "S2"], "●", [("2026", ["S2"]), ("2027", ["S1", "S2"])]),
    ("2.1", "Soutenir les jeunes majeurs vers le logement", {
        "Contexte et constats": "Les jeunes sortant de l'aide sociale à l'enfance peinent à trouver un logement.",
        "Objectifs": ["Proposer une solution de logement à chaque jeune majeur."],
        "Contenu de l'action": ["Réserver des logements auprès des bailleurs sociaux."],
        "Porteur de l'action": "Mission jeunes majeurs",
        "Partenaires associés": ["Office public de l'habitat de la Sauldre"],
        "Indicateurs de suivi": ["Part des jeunes logés à leur sortie"],
        "Résultats attendus": ["Quarante logements réservés"],
    }, ["T1", "T2", "T3", "T4"], "✓", [("2027", ["T1", "T2"]), ("2028", ["T4"])]),
    ("2.2", "Réunir chaque année les familles d'accueil", {
        "Contexte et constats": "Les assistants familiaux se sentent isolés de l'institution.",
        "Objectifs": ["Rompre l'isolement des assistants familiaux."],
        "Contenu de l'action": ["Organiser une journée départementale des familles d'accueil."],
        "Porteur de l'action": "Service de l'accueil familial",
        "Partenaires associés": ["Association départementale des assistants familiaux"],
        "Indicateurs de suivi": ["Nombre de participants à la journée"],
        "Résultats attendus": ["Une journée tenue chaque année"],
    }, ["juil.", "août", "sept.", "oct.", "nov.", "déc."], "■",
        [("2026", ["sept.", "oct."]), ("2027", ["nov."])]),
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
 <style:style style:name="Question" style:family="paragraph">
  <style:paragraph-properties fo:margin-top="0.3cm" fo:margin-bottom="0.1cm"/>
  <style:text-properties fo:font-weight="bold"/>
 </style:style>
 <style:style style:name="Bullet" style:family="paragraph">
  <style:paragraph-properties fo:margin-left="0.4cm" fo:margin-bottom="0.05cm"/>
 </style:style>
 <style:style style:name="Cell" style:family="paragraph">
  <style:text-properties fo:font-size="9pt"/>
 </style:style>
 <style:style style:name="Mark" style:family="paragraph">
  <style:paragraph-properties fo:text-align="center"/>
  <style:text-properties fo:font-size="8pt"/>
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
 <style:style style:name="Fields" style:family="table"><style:table-properties style:width="17cm" table:align="left"/></style:style>
 <style:style style:name="Fields.A" style:family="table-column"><style:table-column-properties style:column-width="3.6cm"/></style:style>
 <style:style style:name="Fields.B" style:family="table-column"><style:table-column-properties style:column-width="13.4cm"/></style:style>
 <style:style style:name="Grid" style:family="table"><style:table-properties style:width="12.6cm" table:align="left"/></style:style>
 <style:style style:name="Grid.A" style:family="table-column"><style:table-column-properties style:column-width="2.4cm"/></style:style>
 <style:style style:name="Grid.B" style:family="table-column"><style:table-column-properties style:column-width="1.6cm"/></style:style>
 <style:style style:name="Top" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" fo:border="0.5pt solid #000000" style:vertical-align="top"/></style:style>
 <style:style style:name="Break" style:family="paragraph" style:parent-style-name="H1"><style:paragraph-properties fo:break-before="page"/></style:style>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="portrait">
  <style:header><text:p text:style-name="Furniture">""" + escape(TITLE) + """</text:p></style:header>
  <style:footer><text:p text:style-name="Furniture">Département de la Haute-Sauldre – page <text:page-number text:select-page="current"/></text:p></style:footer>
 </style:master-page>
</office:master-styles>
"""


def cell(content):
    return '<table:table-cell table:style-name="Top" office:value-type="string">%s</table:table-cell>' % content


def opening():
    return [p("Département de la Haute-Sauldre"), p("Schéma départemental de l'enfance 2026-2030", "H1"),
            p("Adopté par l'assemblée départementale le 9 février 2026."),
            p("Le schéma fixe pour cinq ans la politique de l'enfance du Département et se décline en fiches.")]


def questions_body():
    out = opening()
    for n, title, fields in QUESTION_FICHES:
        out.append(p("Fiche %d — %s" % (n, title), "Break"))
        for question, items in fields:
            out.append(p(question, "Question"))
            for it in items:
                out.append(p(("• " + it) if len(items) > 1 else it, "Bullet" if len(items) > 1 else "Standard"))
    return "".join(out)


def grid(parts, mark, years):
    out = ['<table:table table:name="Grille%s" table:style-name="Grid">' % id(years),
           '<table:table-column table:style-name="Grid.A"/>',
           '<table:table-column table:style-name="Grid.B" table:number-columns-repeated="%d"/>' % len(parts),
           "<table:table-row>%s</table:table-row>" % "".join(cell(p(h, "Mark")) for h in ["Année"] + parts)]
    for year, marked in years:
        out.append("<table:table-row>%s</table:table-row>" % "".join(
            [cell(p(year, "Mark"))] + [cell(p(mark if part in marked else "", "Mark")) for part in parts]))
    out.append("</table:table>")
    return "".join(out)


def value(v):
    if isinstance(v, list):
        return "".join(p("• " + it, "Cell") for it in v)
    return p(v, "Cell")


def grid_body():
    out = opening()
    order = ["Contexte et constats", "Objectifs", "Contenu de l'action", "Porteur de l'action",
             "Partenaires associés", "Échéancier", "Indicateurs de suivi", "Résultats attendus"]
    for n, (label, title, fields, parts, mark, years) in enumerate(GRID_ACTIONS):
        out.append(p("Action %s – %s" % (label, title), "Break"))
        out.append('<table:table table:name="Action%d" table:style-name="Fields">' % n)
        out.append('<table:table-column table:style-name="Fields.A"/><table:table-column table:style-name="Fields.B"/>')
        for name in order:
            content = grid(parts, mark, years) if name == "Échéancier" else value(fields[name])
            out.append("<table:table-row>%s%s</table:table-row>" % (cell(p(name, "Cell")), cell(content)))
        out.append("</table:table>")
    return "".join(out)


for name, body in [("haute-sauldre-fiches-questions.fodt", questions_body()),
                   ("haute-sauldre-grilles-echeancier.fodt", grid_body())]:
    write(os.path.join(HERE, name), STYLES, body)

#!/usr/bin/python3
"""Writes haute-sereine-tableau-synthese.fodt, an invented schéma typeset by
LibreOffice Writer with no fiches: numbered headings Orientation n,
Objectif n.n and Action n.n.n, each action a paragraph of prose, and the
pilots, partners and deadlines given only in a closing summary table on
landscape pages (Code | Intitulé de l'action | Pilote | Partenaires |
Échéance), its header row centred and repeated on each page, its cells
narrow enough that long ones wrap and fill their width. Convert it with
LibreOffice to get the PDF the class test reads:

    /usr/bin/python3 haute-sereine-tableau-synthese.py
    soffice --headless --convert-to pdf haute-sereine-tableau-synthese.fodt
"""
import os
from xml.sax.saxutils import escape

from fodt import write, p

HERE = os.path.dirname(os.path.abspath(__file__))
TITLE = "Schéma de l'enfance et des familles de la Haute-Sereine 2026-2030"

# Orientations, their objectives, and the actions of each: code, title,
# prose, pilot, partners, deadline.
PLAN = [
    ("Orientation 1 – Accompagner les familles dès les premiers signes", [
        ("Objectif 1.1 – Aller vers les familles isolées", [
            ("1.1.1", "Installer des permanences familiales dans les bourgs ruraux",
             "Les familles des plateaux attendent en moyenne six semaines un premier rendez-vous avec un "
             "travailleur social. L'action prévoit d'ouvrir une permanence hebdomadaire dans chacun des "
             "douze bourgs-centres, tenue à tour de rôle par les équipes de territoire.",
             "Direction des solidarités – Service de l'action sociale de proximité",
             "Communautés de communes du plateau, centres sociaux ruraux, Mutualité sociale agricole",
             "Premier semestre 2027"),
            ("1.1.2", "Équiper un bus itinérant de conseil aux parents",
             "Un véhicule aménagé circulera dans les vallées trois jours par semaine. Il accueillera des "
             "consultations de puériculture et des temps d'échange entre parents.",
             "Service de protection maternelle et infantile – Cheffe de service",
             "Caisse d'allocations familiales de la Haute-Sereine, associations de parents",
             "Septembre 2026"),
        ]),
        ("Objectif 1.2 – Soutenir les parents d'adolescents", [
            ("1.2.1", "Créer un point écoute parents-adolescents à Sereinville",
             "Les parents d'adolescents ne savent pas à qui s'adresser avant la crise. L'action consiste à "
             "ouvrir un lieu d'écoute anonyme et gratuit, en soirée, animé par un psychologue et un "
             "éducateur.",
             "Maison départementale des adolescents de la Haute-Sereine",
             "Collèges et lycées publics, centre médico-psychologique, Point information jeunesse",
             "Janvier 2027"),
            ("1.2.2", "Former les animateurs jeunesse au repérage des fragilités",
             "Les animateurs des accueils de loisirs voient chaque semaine des jeunes en difficulté sans "
             "savoir vers qui les orienter. Une formation de deux jours leur sera proposée chaque année.",
             "Direction de l'enfance et de la famille – Mission prévention",
             "Fédérations d'éducation populaire, communes, service départemental de la jeunesse",
             "2026-2028"),
        ]),
    ]),
    ("Orientation 2 – Protéger et accueillir au plus près", [
        ("Objectif 2.1 – Évaluer sans attendre", [
            ("2.1.1", "Réduire à trois mois le délai des évaluations",
             "Le délai moyen d'évaluation d'une information préoccupante atteint cinq mois. Deux postes "
             "d'évaluateurs seront créés et une astreinte de coordination sera mise en place.",
             "Cellule départementale de recueil des informations préoccupantes",
             "Parquet du tribunal judiciaire de Sereinville, Éducation nationale, gendarmerie",
             "Fin 2026"),
            ("2.1.2", "Partager une grille commune d'évaluation",
             "Chaque territoire évalue aujourd'hui avec ses propres outils. Une grille commune, tirée du "
             "référentiel national, sera adoptée par toutes les équipes.",
             "Direction de l'enfance et de la famille – Inspecteurs de l'aide sociale à l'enfance",
             "Organisme de formation retenu, équipes de territoire",
             "Juin 2027"),
        ]),
        ("Objectif 2.2 – Accueillir dans le département", [
            ("2.2.1", "Ouvrir une maison d'enfants à caractère social dans le sud",
             "Trente enfants confiés sont accueillis hors du département faute de place. Une maison "
             "d'enfants de vingt-quatre places ouvrira dans le sud du département, après appel à projets.",
             "Direction de l'enfance et de la famille – Service de l'offre d'accueil",
             "Associations gestionnaires habilitées, Agence régionale de santé, commune d'accueil",
             "Appel à projets 2026, ouverture 2028"),
            ("2.2.2", "Recruter quarante assistants familiaux",
             "L'âge moyen des assistants familiaux dépasse cinquante-six ans et un tiers partira en "
             "retraite avant la fin du schéma. Des réunions d'information seront organisées dans chaque "
             "canton.",
             "Service de l'accueil familial – Responsable du recrutement",
             "France Travail, service des agréments, Direction de la communication",
             "Campagne annuelle 2026-2030"),
            ("2.2.3", "Créer un relais de répit pour les assistants familiaux",
             "Les assistants familiaux demandent des temps de repos sans rompre le lien avec l'enfant. Un "
             "relais de répit accueillera les enfants un week-end par mois.",
             "Foyer départemental de l'enfance – Directrice adjointe",
             "Assistants familiaux volontaires, associations d'assistants familiaux",
             "2027"),
        ]),
    ]),
    ("Orientation 3 – Préparer l'avenir des jeunes confiés", [
        ("Objectif 3.1 – Préparer la majorité", [
            ("3.1.1", "Tenir un entretien d'autonomie à dix-sept ans",
             "L'entretien prévu par la loi n'est tenu que pour la moitié des jeunes. Un référent "
             "autonomie sera désigné dans chaque territoire pour le conduire et en assurer le suivi.",
             "Direction de l'enfance et de la famille – Cellule jeunes majeurs",
             "Missions locales, Caisse d'allocations familiales, établissements d'accueil",
             "2026"),
            ("3.1.2", "Réserver des logements pour les jeunes sortants",
             "Le logement reste le premier obstacle à l'autonomie. Vingt logements par an seront réservés "
             "dans le parc social et une garantie de loyer sera créée.",
             "Direction de l'habitat et Direction de l'enfance et de la famille (copilotage)",
             "Bailleurs sociaux, foyers de jeunes travailleurs, Action Logement",
             "Convention signée en mars 2027"),
        ]),
        ("Objectif 3.2 – Donner la parole aux jeunes", [
            ("3.2.1", "Installer un conseil des jeunes accueillis",
             "Les jeunes souhaitent être entendus sur l'organisation de leur accueil. Un conseil de quinze "
             "jeunes se réunira trois fois par an et rendra un avis sur le bilan annuel du schéma.",
             "Chargé de mission participation – Direction de l'enfance et de la famille",
             "Association départementale d'entraide des personnes accueillies, établissements d'accueil",
             "Deuxième trimestre 2026"),
            ("3.2.2", "Publier chaque année un bilan lisible du schéma",
             "L'observatoire départemental publiera un bilan annuel des actions, rédigé avec le conseil "
             "des jeunes, et le présentera à l'assemblée départementale.",
             "Observatoire départemental de la protection de l'enfance",
             "Conseil des jeunes accueillis, partenaires du schéma",
             "Chaque année, en juin"),
        ]),
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
  <style:paragraph-properties fo:text-align="justify" fo:margin-bottom="0.15cm"/>
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
 <style:style style:name="Cell" style:family="paragraph">
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
 <style:page-layout style:name="landscape">
  <style:page-layout-properties fo:page-width="29.7cm" fo:page-height="21cm" style:print-orientation="landscape" fo:margin-top="4cm" fo:margin-bottom="4cm" fo:margin-left="1.5cm" fo:margin-right="1.5cm"/>
  <style:header-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-bottom="0.4cm"/></style:header-style>
  <style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.4cm"/></style:footer-style>
 </style:page-layout>
 <style:style style:name="AnnexTitle" style:family="paragraph" style:parent-style-name="H1" style:master-page-name="Landscape"/>
 <style:style style:name="Summary" style:family="table"><style:table-properties style:width="26.7cm" table:align="left"/></style:style>
 <style:style style:name="Summary.A" style:family="table-column"><style:table-column-properties style:column-width="1.6cm"/></style:style>
 <style:style style:name="Summary.B" style:family="table-column"><style:table-column-properties style:column-width="6.4cm"/></style:style>
 <style:style style:name="Summary.C" style:family="table-column"><style:table-column-properties style:column-width="6.2cm"/></style:style>
 <style:style style:name="Summary.D" style:family="table-column"><style:table-column-properties style:column-width="8cm"/></style:style>
 <style:style style:name="Summary.E" style:family="table-column"><style:table-column-properties style:column-width="4.5cm"/></style:style>
 <style:style style:name="Box" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" fo:border="0.5pt solid #000000"/></style:style>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="portrait">
  <style:header><text:p text:style-name="Furniture">""" + escape(TITLE) + """</text:p></style:header>
  <style:footer><text:p text:style-name="Furniture">Département de la Haute-Sereine – page <text:page-number text:select-page="current"/></text:p></style:footer>
 </style:master-page>
 <style:master-page style:name="Landscape" style:page-layout-name="landscape">
  <style:header><text:p text:style-name="Furniture">""" + escape(TITLE) + """</text:p></style:header>
  <style:footer><text:p text:style-name="Furniture">Département de la Haute-Sereine – page <text:page-number text:select-page="current"/></text:p></style:footer>
 </style:master-page>
</office:master-styles>
"""


def cell(text, style="Cell"):
    return '<table:table-cell table:style-name="Box" office:value-type="string">%s</table:table-cell>' % p(text, style)


def row(cells, style="Cell"):
    return "<table:table-row>%s</table:table-row>" % "".join(cell(c, style) for c in cells)


def body():
    out = [p("Département de la Haute-Sereine"), p(TITLE, "H1"),
           p("Adopté par l'assemblée départementale le 9 février 2026.")]
    out.append(p("1. Présentation", "H1"))
    out.append(p("Le schéma compte trois orientations, déclinées en objectifs puis en actions. Chaque action "
                 "porte un code à trois chiffres ; ses pilotes, ses partenaires et son échéance figurent dans "
                 "le tableau de synthèse en annexe."))
    out.append(p("2. Les actions du schéma", "H1"))
    for orientation, objectives in PLAN:
        out.append(p(orientation, "H1"))
        for objective, actions in objectives:
            out.append(p(objective, "H2"))
            for code, title, prose, *_ in actions:
                out.append(p("Action %s – %s" % (code, title), "H3"))
                out.append(p(prose))
    out.append(p("3. Suivi du schéma", "H1"))
    out.append(p("Le comité de pilotage se réunit chaque année sur la base du tableau de synthèse. Une "
                 "évaluation à mi-parcours sera présentée en 2028."))
    out.append(p("Annexe – Tableau de synthèse des actions", "AnnexTitle"))
    out.append('<table:table table:name="Synthese" table:style-name="Summary">'
               '<table:table-column table:style-name="Summary.A"/><table:table-column table:style-name="Summary.B"/>'
               '<table:table-column table:style-name="Summary.C"/><table:table-column table:style-name="Summary.D"/>'
               '<table:table-column table:style-name="Summary.E"/>')
    out.append("<table:table-header-rows>%s</table:table-header-rows>" %
               row(["Code", "Intitulé de l'action", "Pilote", "Partenaires", "Échéance"], "HeadCell"))
    for _, objectives in PLAN:
        for _, actions in objectives:
            for code, title, _, pilot, partners, due in actions:
                out.append(row([code, title, pilot, partners, due]))
    out.append("</table:table>")
    return "".join(out)


write(os.path.join(HERE, "haute-sereine-tableau-synthese.fodt"), STYLES, body())

#!/usr/bin/python3
"""Writes val-d-amblene-defis-en-annexe.fodt, an invented schéma typeset by
LibreOffice Writer that presents each of its fiches twice: in the body, under
its ambition, as "Défi n°N – title" and a paragraph of aims only, after a
numbered list of the défis; then, after the lexicon, in an annex of its own
page, "Annexe N : Fiche défi n°N", its fields as bold run-in labels on the
line of their values (the calendar in running prose). The last annex lists
the members of the steering committee and details no défi.
Convert it with LibreOffice to get the PDF the class test reads:

    /usr/bin/python3 val-d-amblene-defis-en-annexe.py
    soffice --headless --convert-to pdf val-d-amblene-defis-en-annexe.fodt
"""
import os
from xml.sax.saxutils import escape

from fodt import write, p

HERE = os.path.dirname(os.path.abspath(__file__))
TITLE = "Schéma départemental enfance et familles du Val-d'Amblène 2027-2031"

AMBITIONS = {1: "Agir avant que les difficultés ne s'installent", 2: "Garantir à chaque enfant accueilli un parcours stable"}

# Each défi: number, ambition, title, aims (body), pilot, partners,
# objectives, actions, calendar, indicators, budget.
DEFIS = [
    (1, 1, "Ouvrir des lieux d'accueil parents-enfants dans les bourgs",
     "Beaucoup de jeunes parents des plateaux vivent loin de tout lieu d'écoute. Le Département "
     "souhaite leur offrir des temps de rencontre réguliers, animés par des professionnels de la "
     "petite enfance, au plus près de leur domicile.",
     "Direction de la petite enfance – Cheffe du service de prévention précoce",
     "Caisse d'allocations familiales ; communautés de communes du plateau ; relais petite enfance",
     ["Couvrir chaque canton par un lieu d'accueil parents-enfants", "Toucher les familles qui ne fréquentent aucun service"],
     ["Aménager quatre salles communales en lieux d'accueil", "Recruter deux accueillantes itinérantes"],
     "Deux premiers lieux ouverts en mars 2027, les deux suivants à l'automne 2028.",
     ["Nombre de familles reçues chaque mois", "Part des cantons couverts"],
     "Cent vingt mille euros par an."),
    (2, 1, "Accompagner les familles après une première information préoccupante",
     "Une famille sur trois fait l'objet d'une nouvelle information préoccupante dans l'année qui suit "
     "un premier signalement classé sans suite. Ce défi veut proposer à ces familles un soutien "
     "volontaire et rapide.",
     "Direction de l'enfance – Responsable de la cellule de recueil",
     "Écoles et collèges ; centres médico-psychologiques ; services de médiation familiale",
     ["Proposer un accompagnement à chaque famille dont l'évaluation est classée"],
     ["Créer une équipe de soutien volontaire de trois travailleurs sociaux", "Signer une charte avec les écoles"],
     "Équipe constituée en janvier 2028 ; charte signée avant la rentrée de septembre 2027.",
     ["Nombre de familles accompagnées", "Taux de nouvelles informations dans l'année"],
     "Trois postes redéployés."),
    (3, 2, "Stabiliser l'accueil chez les assistants familiaux",
     "Les changements de lieu d'accueil fragilisent les enfants. Le Département entend mieux soutenir "
     "les assistants familiaux et préparer chaque accueil avec l'enfant et sa famille.",
     "Direction de l'enfance – Chef du service de l'accueil familial",
     "Association départementale des assistants familiaux ; organismes de formation ; pédopsychiatrie",
     ["Réduire les ruptures d'accueil familial", "Rompre l'isolement des assistants familiaux"],
     ["Ouvrir une permanence téléphonique le soir et le week-end", "Organiser des groupes d'analyse de pratique"],
     "Permanence ouverte en juin 2027 ; groupes d'analyse dans les trois territoires en 2029.",
     ["Nombre de changements de lieu d'accueil", "Nombre d'appels à la permanence"],
     "Quatre-vingt mille euros par an."),
    (4, 2, "Préparer la sortie des jeunes accueillis dès quinze ans",
     "Trop de jeunes quittent l'aide sociale à l'enfance sans logement ni ressources. Le Département "
     "veut anticiper cette étape avec chaque jeune et ses partenaires.",
     "Direction de l'insertion – Référente autonomie des jeunes",
     "Missions locales ; bailleurs sociaux ; foyers de jeunes travailleurs",
     ["Construire un projet d'autonomie avec chaque jeune de quinze ans"],
     ["Tenir un rendez-vous d'autonomie à quinze et dix-sept ans", "Réserver vingt logements aux jeunes sortants"],
     "Rendez-vous généralisés en 2028 ; convention avec les bailleurs en décembre 2027.",
     ["Part des jeunes ayant eu leur rendez-vous", "Part des sortants logés"],
     "Soixante mille euros par an."),
]

MEMBERS = ["Préfecture et services de l'État", "Tribunal judiciaire (juges des enfants et parquet)",
           "Caisse d'allocations familiales", "Associations habilitées", "Représentants des jeunes accueillis"]

LEXICON = [("ASE", "Aide sociale à l'enfance"), ("CAF", "Caisse d'allocations familiales"),
           ("LAEP", "Lieu d'accueil enfants-parents"), ("PMI", "Protection maternelle et infantile")]

STYLES = """<office:font-face-decls><style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'"/></office:font-face-decls>
<office:styles>
<style:style style:name="Standard" style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.15cm"/><style:text-properties style:font-name="Liberation Sans" fo:font-size="11pt" fo:language="fr" fo:country="FR"/></style:style>
<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-top="0.5cm" fo:margin-bottom="0.25cm"/><style:text-properties fo:font-size="16pt" fo:font-weight="bold"/></style:style>
<style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:margin-top="0.4cm" fo:margin-bottom="0.2cm"/><style:text-properties fo:font-size="13pt" fo:font-weight="bold"/></style:style>
</office:styles>
<office:automatic-styles>
<style:style style:name="Break1" style:family="paragraph" style:parent-style-name="Heading_20_1"><style:paragraph-properties fo:break-before="page"/></style:style>
<style:style style:name="Bold" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
<style:page-layout style:name="Page"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="2cm" fo:margin-bottom="2cm" fo:margin-left="2.2cm" fo:margin-right="2.2cm"/></style:page-layout>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="Page"/></office:master-styles>"""


def runin(label, value):
    return '<text:p text:style-name="Standard"><text:span text:style-name="Bold">%s :</text:span> %s</text:p>' % (escape(label), escape(value))


def h(text, level, style=None):
    return '<text:h text:style-name="%s" text:outline-level="%d">%s</text:h>' % (style or "Heading_20_%d" % level, level, escape(text))


def bullets(items):
    return "".join(p("• " + i) for i in items)


def body():
    out = [p("Département du Val-d'Amblène"), p(TITLE), p("Adopté par l'Assemblée départementale le 4 février 2027.")]
    out.append(p("Sommaire"))
    for entry in ["Ce que le schéma change ?", "Quatre défis pour quatre ans", "Le suivi du schéma", "Lexique",
                  "Annexes 1 à 4 – Fiches défi", "Annexe 5 – Le comité de pilotage"]:
        out.append(p(entry))
    out.append(h("1. Ce que le schéma change ?", 1, "Break1"))
    out.append(p("Le schéma précédent a permis d'ouvrir une cellule de recueil unique et de créer un service "
                 "d'accueil de jour. Il reste à agir plus tôt et à stabiliser les parcours des enfants."))
    out.append(h("2. Quatre défis pour quatre ans", 1))
    out.append(p("Le Département et ses partenaires relèvent les quatre défis suivants :"))
    out.extend(p("%d. %s" % (d[0], d[2])) for d in DEFIS)
    ambition = None
    for d in DEFIS:
        if d[1] != ambition:
            ambition = d[1]
            out.append(h("Ambition %d – %s" % (ambition, AMBITIONS[ambition]), 2))
        out.append(h("Défi n°%d – %s" % (d[0], d[2]), 2))
        out.append(p(d[3]))
    out.append(h("3. Le suivi du schéma", 1))
    out.append(p("Un comité de suivi réunit les pilotes des défis deux fois par an. Chaque défi est détaillé "
                 "dans une fiche annexée, qui en précise le pilote, les partenaires, l'échéancier et les "
                 "indicateurs."))
    out.append(h("Lexique", 1, "Break1"))
    out.extend(p("%s : %s" % e) for e in LEXICON)
    for d in DEFIS:
        n, amb, title, _, pilot, partners, objectives, actions, calendar, indicators, budget = d
        out.append(h("Annexe %d : Fiche défi n°%d" % (n, n), 1, "Break1"))
        out.append(p(title))
        out.append(runin("Ambition", "%s (Ambition %d)" % (AMBITIONS[amb], amb)))
        out.append(runin("Pilote", pilot))
        out.append(runin("Partenaires", partners))
        out.append(runin("Objectifs", ""))
        out.append(bullets(objectives))
        out.append(runin("Actions", ""))
        out.append(bullets(actions))
        out.append(runin("Échéancier", calendar))
        out.append(runin("Indicateurs", ""))
        out.append(bullets(indicators))
        out.append(runin("Budget", budget))
    out.append(h("Annexe 5 – Le comité de pilotage", 1, "Break1"))
    out.append(p("Ont siégé au comité de pilotage du schéma :"))
    out.append(bullets(MEMBERS))
    return "".join(out)


write(os.path.join(HERE, "val-d-amblene-defis-en-annexe.fodt"), STYLES, body())

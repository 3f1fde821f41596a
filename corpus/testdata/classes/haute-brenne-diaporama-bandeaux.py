#!/usr/bin/python3
"""Generates haute-brenne-diaporama-bandeaux.pdf: an invented département's
schéma presented as a widescreen slide deck exported to PDF. Each fiche
("MESURE 1" to "MESURE 4", numbered straight through two axes in Roman
numerals) is one slide: a "Constat" box, two columns "Objectifs" /
"Actions", and a band across the foot of the slide where the fields sit
under small grey captions (PORTEUR, ACTEURS ASSOCIÉS, ÉCHÉANCES,
INDICATEURS DE SUIVI), each value wrapped in its narrow column. Some
porteurs open on a role ("Responsable de la…", "Coordinatrice du…")
whose first word is a label's. The deck has no blank line anywhere: its
headings ("Éditorial", "Sigles") are the first line of their slide. The
editorial is signed twice, the vice-président first, then the
présidente.

Run: /usr/bin/python3 haute-brenne-diaporama-bandeaux.py (from this folder).
"""
import os

from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "haute-brenne-diaporama-bandeaux.pdf")
W, H = 960, 540
GREY = colors.Color(0.45, 0.45, 0.45)

pdfmetrics.registerFont(TTFont("DV", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))

TITLE = "Schéma départemental enfance-famille 2026-2030"

AXES = [
    ("I", "Agir tôt auprès des familles", [
        dict(n=1, title="Ouvrir un accueil parents-enfants dans chaque bassin de vie",
             constat=["Quatre bassins de vie sur neuf n'offrent aucun lieu d'accueil parents-enfants ; les familles des",
                      "cantons du nord font plus de quarante minutes de route pour en trouver un."],
             objectifs=["• Offrir un lieu d'accueil à moins de vingt minutes de chaque famille",
                        "• Rompre l'isolement des parents de tout-petits"],
             actions=["• Ouvrir quatre lieux d'accueil itinérants",
                      "• Former les accueillants à l'écoute des parents"],
             porteur=["Coordinatrice du Pôle petite enfance", "(Direction des solidarités)"],
             acteurs=["Caisse d'allocations familiales,", "communautés de communes, centres", "sociaux ruraux"],
             echeances=["Deux lieux ouverts en septembre", "2026 ; les quatre en 2027"],
             indicateurs=["Nombre de familles accueillies ;", "nombre de bassins couverts"]),
        dict(n=2, title="Repérer les fragilités dès la grossesse",
             constat=["Un tiers seulement des futures mères bénéficient de l'entretien prénatal précoce, et les",
                      "maternités signalent tard les situations de détresse."],
             objectifs=["• Proposer l'entretien prénatal à toutes les futures mères",
                        "• Mieux relier maternités et protection maternelle"],
             actions=["• Signer une convention avec les deux maternités",
                      "• Recruter deux sages-femmes de PMI"],
             porteur=["Médecin départemental de PMI"],
             acteurs=["Maternités de Vierzelles et de", "Saint-Aubrac, réseau de périnatalité"],
             echeances=["Convention signée au premier", "semestre 2026"],
             indicateurs=["Taux d'entretiens prénataux", "réalisés"]),
    ]),
    ("II", "Protéger et accompagner les enfants confiés", [
        dict(n=3, title="Raccourcir l'évaluation des informations préoccupantes",
             constat=["L'évaluation d'une information préoccupante dure en moyenne cinq mois, quand la loi en fixe",
                      "trois ; les professionnels qui la transmettent n'en connaissent pas les suites."],
             objectifs=["• Évaluer chaque information en trois mois au plus",
                        "• Informer l'émetteur des suites données"],
             actions=["• Créer une équipe d'évaluation par territoire",
                      "• Dématérialiser la transmission des informations"],
             porteur=["Responsable de la Cellule", "départementale de recueil (CDR)"],
             acteurs=["Parquet de Vierzelles, Éducation", "nationale, hôpitaux du département"],
             echeances=["Équipes en place en janvier 2027"],
             indicateurs=["Délai moyen d'évaluation ; part", "des émetteurs informés"]),
        dict(n=4, title="Préparer la sortie des jeunes majeurs",
             constat=["Un jeune sur cinq quitte l'aide sociale à l'enfance à dix-huit ans sans logement ni",
                      "ressources stables."],
             objectifs=["• Ne laisser aucun jeune sortir sans solution de logement",
                        "• Préparer la majorité dès seize ans"],
             actions=["• Réserver vingt logements avec les bailleurs sociaux",
                      "• Nommer un référent autonomie par territoire"],
             porteur=["Service jeunes majeurs (Direction", "enfance-famille)"],
             acteurs=["Bailleurs sociaux, missions locales,", "foyers de jeunes travailleurs"],
             echeances=["Logements réservés d'ici fin 2028"],
             indicateurs=["Part des sorties avec un logement"]),
    ]),
]

SIGLES = [("CDR", "Cellule départementale de recueil des informations préoccupantes"),
          ("PMI", "Protection maternelle et infantile")]

page_no = [0]


def footer(c):
    page_no[0] += 1
    c.setFont("DV", 8)
    c.setFillColor(GREY)
    c.drawString(40, 20, "Département de la Haute-Brenne · " + TITLE)
    c.drawRightString(W - 40, 20, str(page_no[0]))
    c.setFillColor(colors.black)
    c.showPage()


def lines(c, x, y, texts, font="DV", size=10, lead=13):
    c.setFont(font, size)
    for t in texts:
        c.drawString(x, y, t)
        y -= lead
    return y


def cover(c):
    lines(c, 60, H - 100, ["DÉPARTEMENT DE LA HAUTE-BRENNE"], "DVB", 14)
    lines(c, 60, H - 170, ["Schéma départemental", "enfance-famille"], "DVB", 30, 36)
    lines(c, 60, H - 270, ["2026-2030"], "DVB", 24)
    lines(c, 60, H - 330, ["Adopté par le Conseil départemental le 12 décembre 2025"], "DV", 12)
    footer(c)


def editorial(c):
    lines(c, 60, H - 70, ["Éditorial"], "DVB", 24)
    lines(c, 60, H - 120, [
        "Ce schéma engage le Département et ses partenaires pour cinq ans. Il a été écrit avec les familles et",
        "les professionnels, au fil de douze ateliers tenus dans tous les territoires de la Haute-Brenne.",
        "Il retient deux axes et quatre mesures, chacune dotée d'un porteur et d'échéances.",
        "Nous remercions toutes celles et ceux qui y ont contribué.",
    ], "DV", 12, 17)
    # The vice-président's signature on the left, drawn first; the
    # présidente's on the right.
    lines(c, 60, 140, ["Bertrand Vaillac", "Vice-président chargé de l'enfance et des familles"], "DV", 11, 15)
    lines(c, 540, 140, ["Hélène Morvan", "Présidente du Conseil départemental"], "DV", 11, 15)
    footer(c)


def axis_slide(c, num, title, fiches):
    lines(c, 60, H - 90, ["AXE " + num], "DVB", 16)
    lines(c, 60, H - 130, [title], "DVB", 24)
    lines(c, 60, H - 200, ["LES MESURES"], "DVB", 11)
    lines(c, 60, H - 225, ["Mesure %d – %s" % (f["n"], f["title"]) for f in fiches], "DV", 12, 18)
    footer(c)


def fiche_slide(c, num, axis_title, f):
    c.setFillColor(GREY)
    lines(c, 40, H - 35, ["AXE %s · %s" % (num, axis_title.upper())], "DV", 8)
    c.setFillColor(colors.black)
    lines(c, 40, H - 65, ["MESURE %d" % f["n"]], "DVB", 12)
    lines(c, 40, H - 90, [f["title"]], "DVB", 18)
    c.setStrokeColor(GREY)
    c.rect(36, H - 170, W - 72, 60)
    lines(c, 48, H - 128, ["CONSTAT"], "DVB", 9)
    lines(c, 48, H - 143, f["constat"], "DV", 9, 12)
    lines(c, 40, H - 195, ["OBJECTIFS"], "DVB", 10)
    lines(c, 40, H - 213, f["objectifs"], "DV", 10, 14)
    lines(c, 500, H - 195, ["ACTIONS"], "DVB", 10)
    lines(c, 500, H - 213, f["actions"], "DV", 10, 14)
    # The band at the foot: four captions, each value wrapped under it.
    c.line(36, 150, W - 36, 150)
    for x, caption, key in [(40, "PORTEUR", "porteur"), (270, "ACTEURS ASSOCIÉS", "acteurs"),
                            (500, "ÉCHÉANCES", "echeances"), (730, "INDICATEURS DE SUIVI", "indicateurs")]:
        c.setFillColor(GREY)
        lines(c, x, 135, [caption], "DVB", 7)
        c.setFillColor(colors.black)
        lines(c, x, 118, f[key], "DV", 9, 12)
    footer(c)


def sigles(c):
    lines(c, 60, H - 70, ["Sigles"], "DVB", 24)
    lines(c, 60, H - 120, ["%s : %s" % s for s in SIGLES], "DV", 12, 18)
    footer(c)


c = canvas.Canvas(OUT, pagesize=(W, H))
c.setTitle(TITLE + " – Département de la Haute-Brenne")
cover(c)
editorial(c)
for num, title, fiches in AXES:
    axis_slide(c, num, title, fiches)
    for f in fiches:
        fiche_slide(c, num, title, f)
sigles(c)
c.save()

#!/usr/bin/python3
"""Generates haute-vallonne-encadres.pdf: an invented département's plan
typeset like a page-layout brochure, each fiche on a page of boxes drawn at
absolute positions: a narrow column of boxes on the LEFT ("✦ Porteur" beside
the fiche's title, "✦ Acteurs associés", "✦ Indicateurs de suivi"), the main
column on the right (a "FICHE n" heading, a title wrapped on two lines,
"► Enjeux", "► Objectifs", "► Actions") and an "Échéancier" box across the
foot of the main column with a timeline of years, each over what happens
then. The boxes are drawn before the main column, so the content order
(pdftotext -raw) reads them before the fiche's heading, and -layout runs the
porteur box into the title's lines.

Run: /usr/bin/python3 haute-vallonne-encadres.py (from this folder).
"""
import os

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "haute-vallonne-encadres.pdf")
W, H = A4
SIDE_X, SIDE_W = 36, 150
MAIN_X, MAIN_W = 214, 345

# DejaVu has the pictograms ("✦", "►"); Helvetica does not.
pdfmetrics.registerFont(TTFont("DV", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))

FICHES = [
    dict(n=1, title=["Ouvrir des lieux d'accueil parents-enfants", "dans chaque vallée"],
         porteur=["Service de prévention précoce", "Pôle des solidarités"],
         acteurs=["– Caisse d'allocations familiales", "– Mutualité sociale agricole", "– Centres sociaux ruraux"],
         indicateurs=["– Nombre de familles reçues", "– Nombre de vallées couvertes"],
         enjeux=["Trois vallées sur sept n'offrent aucun lieu où les parents de",
                 "jeunes enfants peuvent rencontrer d'autres parents et des",
                 "professionnels sans rendez-vous."],
         objectifs=["• Rompre l'isolement des parents de tout-petits",
                    "• Repérer tôt les familles qui ont besoin d'un soutien"],
         actions=["1. Ouvrir un lieu d'accueil itinérant dans les vallées",
                  "2. Former les accueillants à l'écoute des parents"],
         years=[("2025", ["Étude des besoins", "par vallée"]), ("2026", ["Premier lieu", "ouvert"]),
                ("2027", ["Itinérance dans", "quatre vallées"]), ("2028", ["Bilan avec", "les familles"])]),
    dict(n=2, title=["Raccourcir l'attente d'une place en accueil", "d'urgence"],
         porteur=["Direction de l'aide à l'enfance"],
         acteurs=["– Foyer départemental de Bellerive", "– Parquet de Monteval", "– Associations d'accueil familial"],
         indicateurs=["– Délai moyen avant une place", "– Placements hors du département"],
         enjeux=["Un enfant confié en urgence attend en moyenne onze jours une",
                 "place adaptée ; certains dorment à l'hôtel faute de lit."],
         objectifs=["• Trouver une place adaptée en moins de trois jours",
                    "• Supprimer les nuitées à l'hôtel"],
         actions=["1. Créer une cellule de régulation des places",
                  "2. Réserver six lits d'urgence au foyer de Bellerive",
                  "3. Recruter des familles d'accueil relais"],
         years=[("2025", ["Cellule de", "régulation"]), ("2026", ["Six lits", "réservés"]),
                ("2027", ["Familles", "relais"])]),
    dict(n=3, title=["Préparer la sortie des jeunes majeurs", "avec un logement"],
         porteur=["Mission jeunes adultes"],
         acteurs=["– Bailleurs sociaux de la vallée", "– Mission locale de Monteval", "– Foyer de jeunes travailleurs"],
         indicateurs=["– Part des jeunes logés à la sortie", "– Nombre de baux glissants signés"],
         enjeux=["Un jeune sur trois quitte l'aide à l'enfance sans logement",
                 "stable et revient vers l'hébergement d'urgence."],
         objectifs=["• Garantir un logement à chaque sortie",
                    "• Accompagner le jeune jusqu'à ses vingt et un ans"],
         actions=["1. Signer des baux glissants avec les bailleurs",
                  "2. Ouvrir une colocation accompagnée à Monteval"],
         years=[("2026", ["Premiers baux", "glissants"]), ("2027", ["Colocation", "ouverte"]),
                ("2029", ["Évaluation", "finale"])]),
]


def lines(c, x, y, texts, font="DV", size=9, lead=11.5):
    c.setFont(font, size)
    for t in texts:
        c.drawString(x, y, t)
        y -= lead
    return y


def box(c, x, y, w, label, texts):
    """Draws a labelled box whose top is at y; returns the y under it."""
    h = 16 + 11.5 * len(texts) + 8
    c.setStrokeColor(colors.HexColor("#2e6f8c"))
    c.setFillColor(colors.HexColor("#eef5f8"))
    c.rect(x, y - h, w, h, stroke=1, fill=1)
    c.setFillColor(colors.black)
    lines(c, x + 6, y - 12, ["✦ " + label], font="DVB", size=8.5)
    lines(c, x + 6, y - 28, texts, size=8.5, lead=11.5)
    return y - h - 14


def page(c, f):
    c.setFont("DV", 7.5)
    c.drawString(MAIN_X, H - 30, "HAUTE-VALLONNE · PLAN ENFANCE ET FAMILLES 2025-2029")
    # The boxes first, as the layout program writes its side frames.
    y = box(c, SIDE_X, H - 70, SIDE_W, "Porteur", f["porteur"])
    y = box(c, SIDE_X, y, SIDE_W, "Acteurs associés", f["acteurs"])
    box(c, SIDE_X, y, SIDE_W, "Indicateurs de suivi", f["indicateurs"])
    # The timeline box across the foot of the main column.
    c.setStrokeColor(colors.HexColor("#2e6f8c"))
    c.rect(MAIN_X, 90, MAIN_W, 95, stroke=1, fill=0)
    lines(c, MAIN_X + 8, 170, ["Échéancier"], font="DVB", size=9)
    step = (MAIN_W - 20) / len(f["years"])
    for i, (year, what) in enumerate(f["years"]):
        cx = MAIN_X + 10 + step * i + step / 2
        c.setFont("DVB", 9)
        c.drawCentredString(cx, 148, year)
        c.setFont("DV", 8)
        for j, t in enumerate(what):
            c.drawCentredString(cx, 128 - 10 * j, t)
    # The main column.
    y = lines(c, MAIN_X, H - 78, ["FICHE %d" % f["n"]], font="DVB", size=16)
    y = lines(c, MAIN_X, y - 8, f["title"], font="DVB", size=12.5, lead=15)
    for head, key in (("► Enjeux", "enjeux"), ("► Objectifs", "objectifs"), ("► Actions", "actions")):
        y = lines(c, MAIN_X, y - 14, [head], font="DVB", size=10)
        y = lines(c, MAIN_X, y - 3, f[key])
    c.setFont("DV", 7.5)
    c.drawString(SIDE_X, 40, "Département de la Haute-Vallonne")
    c.drawRightString(W - 36, 40, str(c.getPageNumber()))
    c.showPage()


def intro(c):
    c.setFont("DVB", 18)
    c.drawString(60, H - 120, "Plan enfance et familles 2025-2029")
    lines(c, 60, H - 160, [
        "Le Département de la Haute-Vallonne présente trois fiches pour les cinq années à venir.",
        "Chaque fiche désigne un porteur, des acteurs associés, un échéancier et des indicateurs.",
    ], size=10, lead=14)
    c.showPage()


c = canvas.Canvas(OUT, pagesize=A4)
c.setTitle("Plan enfance et familles 2025-2029 — Haute-Vallonne")
c.setAuthor("Département de la Haute-Vallonne")
intro(c)
for f in FICHES:
    page(c, f)
c.save()

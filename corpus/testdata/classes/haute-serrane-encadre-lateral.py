#!/usr/bin/python3
"""Generates haute-serrane-encadre-lateral.pdf: an invented département's
schéma exported from a word processor, one fiche a page: the fiche's code
and title, then "Constats", "Objectifs" and "Actions" in the main column on
the left, and a shaded box on the right (PORTEUR, CO-PORTEUR, PARTENAIRES,
ÉCHÉANCES, INDICATEURS, FICHES LIÉES) that the page draws last, so that
pdftotext -raw reads the box after the actions, in lines as narrow as the
box: a porteur cut inside its parenthesis, a co-porteur cut before a
capital, partners set apart by " ; " and cut anywhere, deadlines and
indicators each opening on "»" and going on below, and the fiches the box
links to ("Fiche A2", "Fiche-action B2") one a line, the last page's right
before the next fiche's heading. One action ends on a reference to another
fiche, cut after "la".

Run: /usr/bin/python3 haute-serrane-encadre-lateral.py (from this folder).
"""
import os

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "haute-serrane-encadre-lateral.pdf")
W, H = A4
MAIN_X, MAIN_W = 40, 330
BOX_X, BOX_W = 392, 163

pdfmetrics.registerFont(TTFont("DV", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))

FICHES = [
    dict(axis="AXE 1 – AGIR TÔT AUPRÈS DES FAMILLES", code="A1",
         title="Ouvrir un relais parental dans chaque canton",
         constats=["Quatre cantons sur neuf n'ont aucun lieu de soutien aux parents.",
                   "Les familles isolées ne viennent pas aux permanences du chef-lieu."],
         objectifs=["Offrir à chaque famille un relais à moins de vingt minutes.",
                    "Rompre l'isolement des parents de jeunes enfants."],
         actions=["1. Ouvrir un relais parental dans les cantons qui n'en ont pas.",
                  "2. Recruter deux animatrices itinérantes."],
         box=[("PORTEUR", ["Cheffe du service prévention (Pôle des solidarités)"]),
              ("PARTENAIRES", ["Caisse d'allocations familiales de Haute-Serrane ; centres sociaux ruraux ; UDAF ; communes"]),
              ("ÉCHÉANCES", ["» 2026 : diagnostic des besoins de chaque canton", "» 2027 : ouverture des quatre relais"]),
              ("INDICATEURS", ["» Nombre de familles reçues dans les relais", "» Nombre de cantons couverts"]),
              ("FICHES LIÉES", ["Fiche A2", "Fiche B2"])]),
    dict(axis="AXE 1 – AGIR TÔT AUPRÈS DES FAMILLES", code="A2",
         title="Repérer plus tôt les difficultés des tout-petits",
         constats=["Le bilan de santé des quatre ans ne couvre que 61 % des enfants."],
         objectifs=["Voir chaque enfant de quatre ans à l'école."],
         actions=["1. Généraliser le bilan de santé en petite section.",
                  "2. Former les puéricultrices au repérage des troubles du lien."],
         box=[("PORTEUR", ["Médecin départementale de PMI"]),
              ("CO-PORTEUR", ["Délégation territoriale Agence Régionale de Santé"]),
              ("PARTENAIRES", ["Éducation nationale ; pédiatres libéraux ; maternité du centre hospitalier de Valserre"]),
              ("ÉCHÉANCES", ["» Septembre 2026 : bilan dans toutes les écoles"]),
              ("INDICATEURS", ["» Part des enfants de quatre ans vus par la PMI"]),
              ("FICHES LIÉES", ["Fiche-action A1"])]),
    dict(axis="AXE 2 – SÉCURISER LES PARCOURS", code="B1",
         title="Diversifier l'accueil des enfants confiés",
         constats=["Neuf enfants confiés sur dix vivent en établissement ou en famille d'accueil."],
         objectifs=["Proposer à chaque enfant l'accueil qui répond à ses besoins."],
         actions=["1. Ouvrir vingt places d'accueil de jour.",
                  "2. Confier plus d'enfants à un tiers digne de confiance, en lien avec la",
                  "fiche A2."],
         box=[("PORTEUR", ["Direction de l'enfance – Service accueil et parcours"]),
              ("PARTENAIRES", ["Tribunal judiciaire de Valserre ; associations habilitées ; assistants familiaux"]),
              ("ÉCHÉANCES", ["» 1er semestre 2027 : vingt places d'accueil de jour ouvertes"]),
              ("INDICATEURS", ["» Nombre d'enfants confiés à un tiers"]),
              ("FICHES LIÉES", ["Fiche B2"])]),
    dict(axis="AXE 2 – SÉCURISER LES PARCOURS", code="B2",
         title="Accompagner les jeunes majeurs vers le logement",
         constats=["Un jeune sur trois quitte l'aide à l'enfance sans logement stable."],
         objectifs=["Garantir un logement à chaque jeune qui sort."],
         actions=["1. Signer des baux glissants avec les bailleurs sociaux."],
         box=[("PORTEUR", ["Responsable de la mission jeunes majeurs"]),
              ("PARTENAIRES", ["Mission locale de Valserre ; bailleurs sociaux ; foyer de jeunes travailleurs"]),
              ("ÉCHÉANCES", ["» Fin 2027 : trente baux glissants signés"]),
              ("INDICATEURS", ["» Part des jeunes logés à leur sortie"]),
              ("FICHES LIÉES", ["Fiche A1"])]),
]


def lines(c, x, y, texts, font="DV", size=9.5, lead=12):
    c.setFont(font, size)
    for t in texts:
        c.drawString(x, y, t)
        y -= lead
    return y


def header_footer(c):
    c.setFont("DV", 7.5)
    c.drawString(MAIN_X, H - 28, "Schéma départemental de protection de l'enfance 2026-2030")
    c.drawRightString(W - 40, 30, "Département de la Haute-Serrane | %d" % c.getPageNumber())


def page(c, f):
    header_footer(c)
    y = lines(c, MAIN_X, H - 60, [f["axis"]], font="DVB", size=9)
    y = lines(c, MAIN_X, y - 10, ["FICHE ACTION " + f["code"]], font="DVB", size=15)
    y = lines(c, MAIN_X, y - 4, simpleSplit(f["title"], "DVB", 12, MAIN_W), font="DVB", size=12, lead=15)
    for head, key in (("Constats", "constats"), ("Objectifs", "objectifs")):
        y = lines(c, MAIN_X, y - 10, [head], font="DVB", size=10.5)
        for t in f[key]:
            y = lines(c, MAIN_X, y - 2, simpleSplit("• " + t, "DV", 9.5, MAIN_W))
    y = lines(c, MAIN_X, y - 10, ["Actions"], font="DVB", size=10.5)
    y = lines(c, MAIN_X, y - 2, f["actions"])
    # The box last, as the word processor exports its shaded frame.
    c.setFillColor(colors.HexColor("#e8eef4"))
    c.rect(BOX_X - 8, 60, BOX_W + 16, H - 150, stroke=0, fill=1)
    c.setFillColor(colors.black)
    y = H - 110
    for label, values in f["box"]:
        y = lines(c, BOX_X, y, [label], font="DVB", size=8.5, lead=11)
        for v in values:
            y = lines(c, BOX_X, y, simpleSplit(v, "DV", 8.5, BOX_W), size=8.5, lead=11)
        y -= 8
    c.showPage()


def intro(c):
    header_footer(c)
    c.setFont("DVB", 16)
    c.drawString(MAIN_X, H - 120, "Schéma départemental de protection de l'enfance 2026-2030")
    lines(c, MAIN_X, H - 160, [
        "Département de la Haute-Serrane",
        "Le schéma compte deux axes et quatre fiches actions. Chaque fiche précise dans",
        "son encadré le porteur, les partenaires, les échéances, les indicateurs et les",
        "fiches liées.",
    ], size=10, lead=14)
    c.showPage()


def closing(c):
    header_footer(c)
    c.setFont("DVB", 13)
    c.drawString(MAIN_X, H - 80, "Suivi du schéma")
    lines(c, MAIN_X, H - 105, [
        "Un comité de suivi réunit chaque année les porteurs des fiches et les",
        "partenaires du schéma.",
    ], size=10, lead=14)
    c.showPage()


c = canvas.Canvas(OUT, pagesize=A4)
c.setTitle("Schéma départemental de protection de l'enfance 2026-2030 — Haute-Serrane")
c.setAuthor("Département de la Haute-Serrane")
intro(c)
for f in FICHES:
    page(c, f)
closing(c)
c.save()

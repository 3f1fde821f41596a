#!/usr/bin/python3
"""Generates haute-verenne-notes-pilotage.pdf: an invented département's
schéma written as a report in running prose, its actions ("Action 1.1" to
"Action 2.2") under two orientations. Who carries each action, with whom
and by when stands only in a footnote at the foot of its page ("⁴ Porteur :
… ; partenaires associés : … ; calendrier : …"), its mark a superscript
figure after the action's heading or inside its text. Two notes of legal
references come first, so that the notes' numbers run ahead of the actions'.
A running header and the page number open each page.

Run: /usr/bin/python3 haute-verenne-notes-pilotage.py (from this folder).
"""
import os

from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "haute-verenne-notes-pilotage.pdf")
W, H = A4
X, WIDTH = 56, W - 112
HEADER = "Haute-Vérenne – Schéma enfance et familles 2027-2031"

pdfmetrics.registerFont(TTFont("DV", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))

# A page is a list of blocks: ("h", text, mark) a heading, its mark after
# it; ("p", text, mark, at) a paragraph, the mark glued after the word that
# ends text[:at]; ("b", text) a bullet. notes are (number, text).
PAGES = [
    dict(blocks=[
        ("h", "Schéma départemental enfance et familles de la Haute-Vérenne 2027-2031", None),
        ("p", "Le présent schéma est établi en application de l'article L. 312-4 du code de l'action sociale et des familles, pour une durée de cinq ans.", "1", 101),
        ("p", "Il tient compte de la loi du 7 février 2022 relative à la protection des enfants et des recommandations de la Haute Autorité de santé.", "2", 76),
        ("h", "Orientation 1 – Agir tôt auprès des familles", None),
        ("p", "Les familles du plateau vérennais vivent loin des services : la première orientation rapproche l'aide de leur domicile.", None, 0),
        ("h", "Action 1.1 – Ouvrir des consultations de puériculture itinérantes", "3"),
        ("p", "Un camion aménagé sillonnera les communes du plateau deux jours par semaine pour accueillir les parents de jeunes enfants.", None, 0),
        ("b", "Objectif : une consultation à moins de vingt minutes de chaque famille."),
        ("b", "Indicateurs : nombre de communes desservies ; nombre de familles reçues."),
     ],
     notes=[("1", "Code de l'action sociale et des familles, article L. 312-4."),
            ("2", "Loi n° 2022-140 du 7 février 2022 relative à la protection des enfants."),
            ("3", "Porteur : Service de protection maternelle et infantile ; partenaires associés : Mutualité sociale agricole, communes du plateau ; calendrier : premières tournées en septembre 2027.")]),
    dict(blocks=[
        ("h", "Action 1.2 – Former les assistantes maternelles au repérage", None),
        ("p", "Les assistantes maternelles voient chaque jour les tout-petits ; une formation de deux jours leur apprendra à repérer les signes de souffrance et à savoir qui alerter.", "4", 88),
        ("b", "Objectif : former la moitié des assistantes maternelles agréées."),
        ("b", "Indicateurs : nombre d'assistantes maternelles formées."),
        ("h", "Orientation 2 – Sécuriser le parcours des enfants accueillis", None),
        ("p", "Trop d'enfants accueillis changent de lieu de vie plusieurs fois en quelques années.", None, 0),
        ("h", "Action 2.1 – Créer une équipe d'accueil d'urgence", "5"),
        ("p", "Une équipe éducative de nuit évitera l'hébergement des enfants en urgence hors du département.", None, 0),
        ("b", "Objectif : aucun accueil d'urgence hors du département."),
        ("b", "Indicateurs : nombre d'accueils d'urgence ; durée moyenne de l'accueil."),
     ],
     notes=[("4", "Porteur : Relais petite enfance départemental ; partenaires associés : organismes de formation continue, Caisse d'allocations familiales ; calendrier : fin 2028."),
            ("5", "Porteur : Direction de l'enfance – service de l'accueil ; partenaires associés : Association Les Tilleuls, tribunal judiciaire de Vérenne ; calendrier : ouverture au 1er janvier 2028.")]),
    dict(blocks=[
        ("h", "Action 2.2 – Accompagner les jeunes majeurs vers le logement", None),
        ("p", "Chaque jeune qui quitte l'aide sociale à l'enfance se verra proposer un logement accompagné et un référent jusqu'à vingt et un ans.", "6", 75),
        ("b", "Objectif : aucune sortie sans solution de logement."),
        ("b", "Indicateurs : nombre de jeunes logés ; durée de l'accompagnement."),
        ("h", "Glossaire", None),
        ("p", "MSA Mutualité sociale agricole", None, 0),
        ("p", "PMI Protection maternelle et infantile", None, 0),
     ],
     notes=[("6", "Porteur : Mission jeunes majeurs ; partenaires associés : bailleurs sociaux, Mission locale de Vérenne ; calendrier : 2029.")]),
]

SUP = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


def draw_mark(c, x, y, n):
    c.setFont("DV", 6.5)
    c.drawString(x + 1, y + 4, n)


def main():
    c = canvas.Canvas(OUT, pagesize=A4)
    c.setTitle("Schéma enfance et familles de la Haute-Vérenne 2027-2031")
    for k, page in enumerate(PAGES, 1):
        c.setFont("DV", 8)
        c.drawString(X, H - 36, HEADER)
        c.drawRightString(W - X, H - 36, str(k))
        y = H - 72
        for b in page["blocks"]:
            if b[0] == "h":
                lines = simpleSplit(b[1], "DVB", 12, WIDTH)
                y -= 8
                for i, l in enumerate(lines):
                    c.setFont("DVB", 12)
                    c.drawString(X, y, l)
                    if i == len(lines) - 1 and b[2]:
                        draw_mark(c, X + pdfmetrics.stringWidth(l, "DVB", 12), y, b[2])
                    y -= 16
                y -= 2
            elif b[0] == "p":
                text, mark, at = b[1], b[2], b[3]
                lines = simpleSplit(text, "DV", 10, WIDTH)
                pos = 0
                for l in lines:
                    c.setFont("DV", 10)
                    c.drawString(X, y, l)
                    start = text.index(l, pos)
                    if mark and start < at <= start + len(l):
                        draw_mark(c, X + pdfmetrics.stringWidth(text[start:at], "DV", 10), y, mark)
                    pos = start + len(l)
                    y -= 13
                y -= 6
            else:
                for i, l in enumerate(simpleSplit("– " + b[1], "DV", 10, WIDTH - 12)):
                    c.setFont("DV", 10)
                    c.drawString(X + (0 if i == 0 else 12), y, l)
                    y -= 13
                y -= 2
        # The notes at the foot, under a short rule.
        notes = []
        for n, t in page["notes"]:
            notes.append((n, simpleSplit(t, "DV", 8, WIDTH - 12)))
        h = sum(len(ls) for _, ls in notes) * 10 + 14
        fy = 40 + h
        c.line(X, fy, X + 120, fy)
        fy -= 12
        for n, ls in notes:
            c.setFont("DV", 6)
            c.drawString(X, fy + 3, n)
            for l in ls:
                c.setFont("DV", 8)
                c.drawString(X + 10, fy, l)
                fy -= 10
        c.showPage()
    c.save()


if __name__ == "__main__":
    main()

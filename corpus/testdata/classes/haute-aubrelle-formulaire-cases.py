#!/usr/bin/python3
"""Generates haute-aubrelle-formulaire-cases.pdf: an invented département's
schéma whose fiches are a printed form, one a page: a header band with the
fiche's code on the left and its axis on the right ("FICHE-ACTION A2" …
"AXE 1"), the title below, then each field's caption in small capitals in a
grey left-hand column and its value beside it. The axis, the priority, the
kind of action, the actors, the years and the funding are tick boxes (☑
ticked, ☐ not; the years as [x] / [ ]); the actors are a grid of three
options a row, the same list on every fiche plus "Autre (préciser) :", and
some options wrap under their own box. Captions too long for the column
wrap onto a second line ("ACTEURS" / "MOBILISÉS").

Run: /usr/bin/python3 haute-aubrelle-formulaire-cases.py (from this folder).
"""
import os

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "haute-aubrelle-formulaire-cases.pdf")
W, H = A4
CAP_X, CAP_W = 36, 96
VAL_X = 140
VAL_W = W - VAL_X - 36

pdfmetrics.registerFont(TTFont("DV", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
pdfmetrics.registerFont(TTFont("DVB", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"))

AXES = [(1, "Prévenir au plus près des familles"), (2, "Sécuriser le parcours des enfants confiés")]
ACTORS = ["Caisse d'allocations familiales", "Éducation nationale", "Agence régionale de santé",
          "Protection judiciaire de la jeunesse", "Communes et centres communaux d'action sociale",
          "Associations habilitées", "Centre hospitalier de Vernelle", "Mission locale"]
YEARS = [2026, 2027, 2028, 2029, 2030]

FICHES = [
    dict(code="A1", axis=1, title="Ouvrir des permanences de puériculture dans les bourgs ruraux",
         priority=0, kind=0,
         diag="Un tiers des familles du plateau vit à plus de trente minutes d'une consultation de PMI.",
         goals=["Offrir une permanence à moins de vingt minutes de chaque famille",
                "Repérer plus tôt les difficultés des jeunes parents"],
         steps=["Ouvrir six permanences dans les maisons France services",
                "Recruter deux puéricultrices itinérantes"],
         pilot="Service de protection maternelle et infantile", copilot="",
         actors=[0, 4], other="Relais petite enfance du plateau",
         years=[2026, 2027], deadline="30 juin 2027",
         indicators=["Nombre de permanences ouvertes", "Nombre de familles reçues"],
         funding=1, funding_text="Moyens nouveaux : 1,5 ETP de puéricultrice"),
    dict(code="A2", axis=1, title="Soutenir les parents d'adolescents avant la crise",
         priority=1, kind=1,
         diag="Les demandes d'aide éducative pour des adolescents ont doublé depuis 2020.",
         goals=["Proposer une écoute aux parents dès les premiers signes de rupture"],
         steps=["Créer une ligne d'écoute pour les parents",
                "Animer des groupes de parents dans les collèges"],
         pilot="Direction de l'enfance – Mission prévention", copilot="Maison des adolescents de Vernelle",
         actors=[1, 5, 7], other="",
         years=[2027, 2028, 2029], deadline="fin 2029",
         indicators=["Nombre d'appels reçus par la ligne d'écoute"],
         funding=0, funding_text=""),
    dict(code="B1", axis=2, title="Diversifier l'accueil des enfants confiés",
         priority=0, kind=1,
         diag="Quarante enfants attendent une place adaptée à leurs besoins.",
         goals=["Réduire l'attente d'une place adaptée", "Éviter les accueils en urgence répétés"],
         steps=["Ouvrir vingt places d'accueil de jour", "Créer un service de placement à domicile"],
         pilot="Service de l'aide sociale à l'enfance", copilot="",
         actors=[2, 3, 5, 6], other="",
         years=[2026, 2027, 2028, 2029, 2030], deadline="31 décembre 2030",
         indicators=["Nombre de places ouvertes", "Délai moyen d'attente d'une place"],
         funding=1, funding_text="Moyens nouveaux : 900 000 € sur la durée du schéma"),
    dict(code="B2", axis=2, title="Accompagner les jeunes majeurs vers le logement",
         priority=2, kind=0,
         diag="Un jeune sur quatre quitte l'aide sociale à l'enfance sans solution de logement.",
         goals=["Garantir une solution de logement à chaque jeune sortant"],
         steps=["Réserver des logements auprès des bailleurs sociaux"],
         pilot="Mission jeunes majeurs", copilot="",
         actors=[7], other="Bailleurs sociaux, foyer de jeunes travailleurs de Vernelle",
         years=[2028, 2029], deadline="décembre 2029",
         indicators=["Part des jeunes logés à leur sortie"],
         funding=0, funding_text=""),
]

PRIORITIES = ["Haute", "Moyenne", "Normale"]
KINDS = ["Action nouvelle", "Action poursuivie"]


def box(on):
    return "☑" if on else "☐"


class Page:
    def __init__(self, c):
        self.c = c
        self.y = H - 50

    def caption(self, text, lines_below):
        """Draws a caption in the grey column, wrapped in it."""
        c = self.c
        c.setFillColor(colors.HexColor("#e6e6e6"))
        c.rect(CAP_X - 4, self.y - 12 * lines_below + 9, CAP_W + 4, 12 * lines_below + 2, stroke=0, fill=1)
        c.setFillColor(colors.black)
        c.setFont("DVB", 7)
        y = self.y
        for part in simpleSplit(text, "DVB", 7, CAP_W - 4):
            c.drawString(CAP_X, y, part)
            y -= 9

    def field(self, cap, lines):
        n = max(len(lines), len(simpleSplit(cap, "DVB", 7, CAP_W - 4)))
        self.caption(cap, n)
        self.c.setFont("DV", 9)
        y = self.y
        for ln in lines:
            self.c.drawString(VAL_X, y, ln)
            y -= 12
        self.y -= 12 * n + 6

    def text(self, cap, text, bullet=False):
        lines = []
        for t in (text if isinstance(text, list) else [text]):
            parts = simpleSplit(("• " if bullet else "") + t, "DV", 9, VAL_W)
            lines += parts
        self.field(cap, lines)

    def grid(self, cap, options, ticked, other):
        """Three options a row, each wrapped under its own box."""
        col_w = VAL_W / 3
        cells = [(box(i in ticked), o) for i, o in enumerate(options)]
        cells.append((box(bool(other)), "Autre (préciser) : " + (other or "…………")))
        rows = [cells[i:i + 3] for i in range(0, len(cells), 3)]
        cap_lines = simpleSplit(cap, "DVB", 7, CAP_W - 4)
        total = 0
        layout = []
        for row in rows:
            wrapped = [simpleSplit(m + " " + o, "DV", 9, col_w - 10) for m, o in row]
            layout.append(wrapped)
            total += max(len(w) for w in wrapped)
        self.caption(cap, max(total, len(cap_lines)))
        self.c.setFont("DV", 9)
        y = self.y
        for wrapped in layout:
            for k, w in enumerate(wrapped):
                for j, ln in enumerate(w):
                    self.c.drawString(VAL_X + k * col_w, y - 12 * j, ln)
            y -= 12 * max(len(w) for w in wrapped)
        self.y -= 12 * max(total, len(cap_lines)) + 6


def main():
    c = canvas.Canvas(OUT, pagesize=A4)
    c.setTitle("Schéma départemental de protection de l'enfance de la Haute-Aubrelle 2026-2030")
    c.setFont("DVB", 16)
    c.drawString(50, H - 120, "Département de la Haute-Aubrelle")
    c.drawString(50, H - 145, "Schéma départemental de protection de l'enfance 2026-2030")
    c.setFont("DV", 11)
    y = H - 200
    c.drawString(50, y, "Les axes du schéma")
    y -= 24
    for n, t in AXES:
        c.drawString(50, y, f"Axe {n} – {t}")
        y -= 18
    y -= 12
    for ln in simpleSplit("Chaque fiche action est un formulaire : les cases cochées (☑) désignent les acteurs "
                          "mobilisés et les années de réalisation.", "DV", 11, W - 100):
        c.drawString(50, y, ln)
        y -= 15
    c.showPage()
    for f in FICHES:
        p = Page(c)
        c.setFont("DVB", 12)
        c.drawString(CAP_X, p.y, f"FICHE-ACTION {f['code']}")
        c.drawRightString(W - 36, p.y, f"AXE {f['axis']}")
        p.y -= 26
        c.setFont("DVB", 13)
        for ln in simpleSplit(f["title"], "DVB", 13, W - 72):
            c.drawString(CAP_X, p.y, ln)
            p.y -= 16
        p.y -= 8
        p.field("AXE DE RATTACHEMENT", [" ".join(f"{box(n == f['axis'])} Axe {n}" for n, _ in AXES)])
        p.field("PRIORITÉ", [" ".join(f"{box(i == f['priority'])} {t}" for i, t in enumerate(PRIORITIES))])
        p.field("TYPE D'ACTION", [" ".join(f"{box(i == f['kind'])} {t}" for i, t in enumerate(KINDS))])
        p.text("DIAGNOSTIC", f["diag"])
        p.text("OBJECTIFS", f["goals"], bullet=True)
        p.text("MODALITÉS DE MISE EN ŒUVRE", f["steps"], bullet=True)
        p.text("RESPONSABLE", f["pilot"])
        if f["copilot"]:
            p.text("CO-RESPONSABLE", f["copilot"])
        p.grid("ACTEURS MOBILISÉS", ACTORS, f["actors"], f["other"])
        p.field("ANNÉES DE RÉALISATION", [" ".join(f"[{'x' if y in f['years'] else ' '}] {y}" for y in YEARS)])
        p.text("ÉCHÉANCE", f["deadline"])
        p.text("INDICATEURS DE SUIVI", f["indicators"], bullet=True)
        p.field("FINANCEMENT", [f"{box(f['funding'] == 0)} Sans coût supplémentaire {box(f['funding'] == 1)} "
                                + (f["funding_text"] or "Moyens nouveaux")])
        c.setFont("DV", 7)
        c.drawString(36, 30, "Haute-Aubrelle – Schéma départemental de protection de l'enfance 2026-2030")
        c.showPage()
    c.save()


if __name__ == "__main__":
    main()

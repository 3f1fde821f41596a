#!/usr/bin/python3
"""Generates val-d-arvenne-deux-colonnes.pdf: an invented département's
schéma printed as a brochure in two columns (BaseDocTemplate, two Frames a
page), four fiches flowing across columns and pages, a running header and
footer, and a full-width summary table on a last one-column page.

Run: /usr/bin/python3 val-d-arvenne-deux-colonnes.py (from this folder).
"""
import os

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (BaseDocTemplate, Frame, FrameBreak, NextPageTemplate,
                                PageBreak, PageTemplate, Paragraph, Spacer, Table, TableStyle)

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "val-d-arvenne-deux-colonnes.pdf")
W, H = A4
M, GAP = 1.8 * cm, 0.9 * cm
COLW = (W - 2 * M - GAP) / 2

body = ParagraphStyle("body", fontName="Helvetica", fontSize=9.5, leading=12, spaceAfter=4)
item = ParagraphStyle("item", parent=body, leftIndent=10, firstLineIndent=-10, spaceAfter=1)
head = ParagraphStyle("head", parent=body, fontName="Helvetica-Bold", fontSize=11, spaceBefore=6)
kick = ParagraphStyle("kick", parent=body, fontName="Helvetica-Bold", fontSize=8.5,
                      textColor=colors.HexColor("#7a2e8c"), spaceBefore=10, spaceAfter=1)
title = ParagraphStyle("title", parent=body, fontName="Helvetica-Bold", fontSize=13, leading=15)
band = ParagraphStyle("band", parent=body, fontSize=8.5, leading=10.5, backColor=colors.HexColor("#efe6f3"),
                      borderPadding=3, spaceAfter=2)


def decorate(canvas, doc):
    canvas.saveState()
    canvas.setFont("Helvetica", 8)
    canvas.drawString(M, H - 1.1 * cm, "Schéma enfance-familles 2025-2029 · Département du Val-d'Arvenne")
    canvas.drawRightString(W - M, H - 1.1 * cm, "p. %d" % doc.page)
    canvas.drawString(M, 1.0 * cm, "Val-d'Arvenne, le Département des familles")
    canvas.restoreState()


def fiche(n, name, pilot, partners, when, finding, goals, actions, indicators):
    out = [Paragraph("FICHE ACTION %d" % n, kick), Paragraph(name, title),
           Paragraph("Pilote : " + pilot, band), Paragraph("Partenaires : " + partners, band),
           Paragraph("Échéance : " + when, band), Paragraph("Constat", head), Paragraph(finding, body),
           Paragraph("Objectifs", head)]
    out += [Paragraph("• " + g, item) for g in goals]
    out.append(Paragraph("Actions", head))
    out += [Paragraph("%d. %s" % (i + 1, a), item) for i, a in enumerate(actions)]
    out.append(Paragraph("Indicateurs", head))
    out += [Paragraph("– " + x, item) for x in indicators]
    return out


story = [Paragraph("Préambule", head), Paragraph(
    "Le Val-d'Arvenne compte 418 000 habitants, dont 91 300 jeunes de moins de vingt ans. Le présent "
    "schéma fixe pour cinq ans la politique départementale de prévention et de protection de "
    "l'enfance. Il a été préparé pendant l'hiver 2024 avec les équipes des maisons des solidarités, "
    "les juges des enfants, les associations et une cinquantaine de jeunes accueillis.", body), Paragraph(
    "Fin 2024, 1 735 enfants étaient confiés au service de l'aide sociale à l'enfance, dont 58 % chez "
    "des assistants familiaux. Les délais d'évaluation des informations préoccupantes atteignent "
    "quatre mois et demi, et les places d'accueil d'urgence manquent dans le sud du département. "
    "Quatre fiches actions répondent à ces constats ; chacune désigne un pilote, des partenaires, "
    "une échéance et des indicateurs.", body)]
story += fiche(1, "Créer des haltes-répit pour les parents d'enfants de moins de trois ans",
               "Service de protection maternelle et infantile",
               "Caisse d'allocations familiales, crèches associatives, centres sociaux",
               "septembre 2026",
               "Les puéricultrices ont repéré 312 familles épuisées en 2024, dont la moitié sans "
               "aucun relais familial. Aucune solution de garde ponctuelle n'existe hors des deux "
               "villes principales, et les demandes de répit restent sans réponse.",
               ["Offrir un répit de quelques heures aux parents isolés",
                "Prévenir les placements liés à l'épuisement parental"],
               ["Ouvrir trois haltes-répit dans les bourgs-centres",
                "Former les accueillantes au repérage des signes de danger",
                "Proposer une permanence de puéricultrice dans chaque halte"],
               ["Nombre de familles accueillies en halte-répit", "Taux d'occupation des haltes"])
story += fiche(2, "Réduire le délai d'évaluation des informations préoccupantes",
               "Cellule départementale des informations préoccupantes",
               "Parquet de Valmorin, Éducation nationale, gendarmerie",
               "décembre 2025",
               "Le délai moyen d'évaluation atteint 4,5 mois en 2024, bien au-delà des trois mois "
               "prévus par la loi. Les équipes ont évalué 2 087 informations préoccupantes, soit une "
               "hausse de 11 % en deux ans, sans renfort d'effectifs.",
               ["Ramener le délai moyen d'évaluation sous trois mois",
                "Informer chaque émetteur des suites données"],
               ["Recruter quatre évaluateurs supplémentaires",
                "Créer un binôme d'évaluation dans chaque maison des solidarités",
                "Mettre en place un tableau de bord mensuel des délais"],
               ["Délai moyen d'évaluation", "Part des émetteurs informés des suites"])
story += fiche(3, "Ouvrir un foyer d'accueil d'urgence dans le sud du département",
               "Direction de l'enfance et des familles",
               "Association Les Tilleuls, mairie de Pradelle, agence régionale de santé",
               "juin 2027",
               "Faute de place, 64 enfants ont été accueillis en urgence à plus de quatre-vingts "
               "kilomètres de leur domicile en 2024. Ces éloignements rompent la scolarité et les "
               "liens avec la famille, et allongent les trajets des éducateurs.",
               ["Accueillir en urgence près du domicile", "Maintenir la scolarité dans l'établissement d'origine"],
               ["Lancer un appel à projets pour douze places d'urgence",
                "Aménager un transport scolaire depuis le foyer"],
               ["Nombre d'enfants accueillis à moins de trente kilomètres", "Durée moyenne du séjour d'urgence"])
story += fiche(4, "Accompagner les jeunes majeurs jusqu'à vingt-trois ans",
               "Mission insertion des jeunes",
               "Missions locales, bailleurs sociaux, foyers de jeunes travailleurs",
               "2028",
               "Chaque année, 140 jeunes quittent l'aide sociale à l'enfance à dix-huit ans. Un tiers "
               "d'entre eux n'a ni logement stable ni formation en cours six mois après la sortie, "
               "selon l'enquête de l'observatoire départemental.",
               ["Garantir un logement à la sortie", "Poursuivre les études ou la formation engagées"],
               ["Signer un contrat jeune majeur avec chaque jeune de dix-sept ans",
                "Réserver vingt logements passerelles chez les bailleurs sociaux"],
               ["Nombre de contrats jeunes majeurs signés", "Part des jeunes logés six mois après la sortie"])
story += [NextPageTemplate("wide"), PageBreak(), Paragraph("Tableau récapitulatif des fiches", head)]
rows = [["N°", "Action", "Pilote", "Partenaires", "Échéance"],
        ["1", "Haltes-répit parents", "Service de PMI", "CAF, centres sociaux", "septembre 2026"],
        ["2", "Délai des informations préoccupantes", "Cellule départementale", "Parquet, gendarmerie", "décembre 2025"],
        ["3", "Foyer d'urgence du sud", "Direction de l'enfance", "Les Tilleuls, ARS", "juin 2027"],
        ["4", "Jeunes majeurs", "Mission insertion", "Missions locales", "2028"]]
table = Table(rows, colWidths=[1.2 * cm, 5.2 * cm, 3.8 * cm, 3.6 * cm, 2.8 * cm])
table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 8.5),
                           ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 8.5),
                           ("GRID", (0, 0), (-1, -1), 0.4, colors.grey)]))
story.append(table)

doc = BaseDocTemplate(OUT, pagesize=A4, title="Schéma enfance-familles 2025-2029 — Val-d'Arvenne",
                      author="Département du Val-d'Arvenne")
top, height = 1.6 * cm, H - 3.4 * cm
doc.addPageTemplates([
    PageTemplate("cols", frames=[Frame(M, top, COLW, height, id="left"),
                                 Frame(M + COLW + GAP, top, COLW, height, id="right")], onPage=decorate),
    PageTemplate("wide", frames=[Frame(M, top, W - 2 * M, height, id="wide")], onPage=decorate),
])
doc.build(story)

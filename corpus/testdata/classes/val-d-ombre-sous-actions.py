#!/usr/bin/python3
"""Writes val-d-ombre-sous-actions.docx, an invented schéma whose fiches each
hold a table of numbered sub-actions (N° | Action | Calendrier | Porteur |
Partenaires associés), cells wrapped over several lines. Convert it with
LibreOffice to get the PDF the class test reads:

    /usr/bin/python3 val-d-ombre-sous-actions.py
    soffice --headless --convert-to pdf val-d-ombre-sous-actions.docx
"""
import os

from docx import Document
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))

FICHES = [
    (1, "Prévenir les ruptures dès la naissance",
     ["Repérer les fragilités pendant la grossesse", "Soutenir les jeunes parents isolés"],
     [("1.1", "Installer une consultation conjointe de maternité et de puériculture dans chaque centre médico-social",
       "Second semestre 2026", "Service de protection maternelle et infantile", "Centre hospitalier de Brévanne, maternités privées"),
      ("1.2", "Ouvrir une ligne d'écoute pour les parents de nourrissons",
       "Mars 2027", "Mission parentalité du pôle solidarités", "Caisse d'allocations familiales, Union départementale des associations familiales"),
      ("1.3", "Former les assistantes maternelles au repérage précoce",
       "2026-2028", "Service de formation continue", "Relais petite enfance, organismes de formation")]),
    (2, "Accélérer l'évaluation des situations de danger",
     ["Tenir le délai de trois mois pour chaque évaluation"],
     [("2.1", "Créer une astreinte d'évaluation le week-end pour les situations urgentes",
       "Janvier 2027", "Cellule départementale de recueil des informations préoccupantes", "Parquet de Sombreval, gendarmerie départementale"),
      ("2.2", "Numériser le dossier de l'enfant et le partager entre les circonscriptions",
       "Fin 2028", "Direction du numérique", "Éditeur du logiciel métier, circonscriptions d'action sociale")]),
    (3, "Adapter l'accueil des adolescents",
     ["Éviter les changements de lieu d'accueil", "Préparer la majorité dès 16 ans"],
     [("3.1", "Ouvrir deux petites unités de vie de six places pour adolescents en grande difficulté",
       "Septembre 2027", "Direction de l'offre d'accueil", "Fondation Les Tilleuls, pédopsychiatrie de secteur"),
      ("3.2", "Proposer un parrainage citoyen à chaque jeune de 16 ans accueilli",
       "2026", "Service des jeunes majeurs", "Association Parrains d'Ombre, missions locales"),
      ("3.3", "Garantir un logement temporaire à la sortie du dispositif",
       "Décembre 2028", "Direction de l'habitat et du logement", "Bailleurs sociaux, foyers de jeunes travailleurs")]),
    (4, "Associer les familles au suivi du schéma",
     ["Donner la parole aux enfants et aux parents accompagnés"],
     [("4.1", "Réunir un comité consultatif des familles deux fois par an",
       "Juin 2026", "Observatoire départemental de la protection de l'enfance", "Associations d'usagers, anciens enfants accueillis"),
      ("4.2", "Publier une lettre d'information annuelle en langage facile",
       "Octobre 2026", "Direction de la communication", "Comité consultatif des familles, centres sociaux")]),
]

HEADER = ["N°", "Action", "Calendrier", "Porteur", "Partenaires associés"]
WIDTHS = [Cm(1.2), Cm(6.0), Cm(2.6), Cm(3.6), Cm(3.6)]


def table(doc, rows):
    t = doc.add_table(rows=1, cols=len(HEADER))
    for c, h in enumerate(HEADER):
        t.rows[0].cells[c].text = h
    for r in rows:
        cells = t.add_row().cells
        for c, v in enumerate(r):
            cells[c].text = v
    for row in t.rows:
        for c, w in enumerate(WIDTHS):
            row.cells[c].width = w


def main():
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Liberation Sans"
    style.font.size = Pt(10)
    for s in doc.sections:
        s.left_margin = s.right_margin = Cm(2)
    doc.add_heading("Département du Val-d'Ombre", level=0)
    doc.add_paragraph("Schéma départemental de protection de l'enfance 2026-2030 — Programme d'actions")
    doc.add_paragraph(
        "Chaque fiche présente ses objectifs puis le tableau de ses actions, numérotées "
        "dans la fiche : l'action 2.1 est la première action de la fiche n° 2.")
    for n, title, objectives, rows in FICHES:
        doc.add_heading(f"Fiche n° {n} : {title}", level=1)
        doc.add_paragraph("Objectifs")
        for o in objectives:
            doc.add_paragraph(o, style="List Bullet")
        doc.add_paragraph("Déclinaison opérationnelle")
        table(doc, rows)
        doc.add_paragraph("")
    doc.save(os.path.join(HERE, "val-d-ombre-sous-actions.docx"))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Writes val-d-orsanne-sigles-programmation.docx: a schéma whose fiches
name their pilots and co-pilots only by their direction's initials (a
"Pilote | Co-porteur | Référence" table, or "Pilote : DEJ<TAB>Copilote :
SSD" on one line), spelled out in a table "Abréviation | Direction" before
the fiches; whose calendars are only Gantt grids with the years merged
over their quarters or half-years: one programming table in an annex, one
row a fiche keyed by its code ("FA 2"), X for work and E for the deadline
a legend explains, a last column naming the expected result; and one
fiche with its own grid of steps. Fictional département.

Run: python3 val-d-orsanne-sigles-programmation.py (from this folder).
"""
import zipfile
from xml.sax.saxutils import escape

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def run(text):
    out = []
    for i, part in enumerate(text.split('\t')):
        if i:
            out.append('<w:r><w:tab/></w:r>')
        if part:
            out.append(f'<w:r><w:t xml:space="preserve">{escape(part)}</w:t></w:r>')
    return ''.join(out)


def para(text, style=None):
    ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ''
    return f'<w:p>{ppr}{run(text)}</w:p>'


def cell(text, span=1, vmerge=None):
    pr = ''
    if span > 1:
        pr += f'<w:gridSpan w:val="{span}"/>'
    if vmerge:
        pr += '<w:vMerge w:val="restart"/>' if vmerge == 'restart' else '<w:vMerge/>'
    pr = f'<w:tcPr>{pr}</w:tcPr>' if pr else ''
    return f'<w:tc>{pr}{para(text)}</w:tc>'


def table(rows):
    out = '<w:tbl><w:tblPr><w:tblW w:w="9000" w:type="dxa"/></w:tblPr>'
    for r in rows:
        out += '<w:tr>' + ''.join(c if c.startswith('<w:tc>') or c.startswith('<w:tc><w:tcPr>') else cell(c) for c in r) + '</w:tr>'
    return out + '</w:tbl>'


body = [
    para("Département du Val-d'Orsanne"),
    para("Schéma départemental de l'enfance et de la famille 2026-2029", style='Title'),
    para('Abréviations des directions', style='Heading1'),
    para("Les directions pilotes sont désignées dans les fiches par leur abréviation."),
    table([['Abréviation', 'Direction'],
           ['DEJ', "Direction de l'enfance et de la jeunesse"],
           ['SSD', 'Service social départemental'],
           ['MPE', "Mission de prévention éducative"],
           ['DSN', 'Direction des systèmes numériques']]),
    para('Axe 1 – Prévenir', style='Heading1'),
    para('Fiche action 1 – Ouvrir des lieux d\'écoute pour les parents', style='Heading2'),
    table([['Pilote', 'Co-porteur', 'Référence'], ['MPE', 'SSD', 'Fiche 3']]),
    para('Objectifs', style='Heading3'),
    para('- Offrir une écoute de proximité aux parents'),
    para('Partenaires', style='Heading3'),
    para('- Caisse d\'allocations familiales du Val-d\'Orsanne'),
    para('- Centres sociaux'),
    para('Calendrier : cf. programmation en annexe.'),
    para('Fiche action 2 – Créer une équipe mobile d\'éducateurs', style='Heading2'),
    para('Pilote : DEJ\tCopilote : SSD'),
    para('Objectifs', style='Heading3'),
    para('- Aller vers les jeunes des communes rurales'),
    para('Partenaires', style='Heading3'),
    para('- Communautés de communes'),
    para('Calendrier : cf. programmation en annexe.'),
    para('Axe 2 – Protéger', style='Heading1'),
    para('Fiche action 3 – Moderniser le recueil des informations préoccupantes', style='Heading2'),
    table([['Pilote', 'Co-porteur', 'Référence'], ['DEJ', '—', 'Fiche 1']]),
    para('Objectifs', style='Heading3'),
    para('- Traiter chaque information en moins de deux mois'),
    para('Partenaires', style='Heading3'),
    para('- Parquet du Val-d\'Orsanne'),
    para('Calendrier : cf. programmation en annexe.'),
    para('Fiche action 4 – Dématérialiser le dossier de l\'enfant', style='Heading2'),
    para('Pilote : DSN    Copilote : DEJ'),
    para('Partenaires : Éditeur du logiciel, SSD'),
    para('Calendrier', style='Heading3'),
    table([[cell('Étape', vmerge='restart'), cell('2026', 2), cell('2027', 2), cell('2028', 2)],
           [cell('', vmerge='cont'), 'S1', 'S2', 'S1', 'S2', 'S1', 'S2'],
           ['Choix du logiciel', 'X', 'X', '', '', '', ''],
           ['Reprise des dossiers', '', '', 'X', 'X', 'X', '']]),
    para('Annexe – Programmation des fiches', style='Heading1'),
    para('X = action en cours ; E = échéance'),
    table([[cell('Fiche', vmerge='restart'), cell('2026', 4), cell('2027', 4), cell('Résultat attendu', vmerge='restart')],
           [cell('', vmerge='cont'), 'T1', 'T2', 'T3', 'T4', 'T1', 'T2', 'T3', 'T4', cell('', vmerge='cont')],
           ['FA 1', '', 'X', 'X', 'X', 'E', '', '', '', 'Trois lieux d\'écoute ouverts'],
           ['FA 2', '', '', 'X', 'X', 'X', 'X', 'E', '', 'Équipe mobile en service'],
           ['FA 3', 'X', 'E', '', '', '', '', '', '', 'Nouveau protocole signé']]),
]

doc = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
       f'<w:document {W}><w:body>{"".join(body)}</w:body></w:document>')
ct = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
      '<Default Extension="xml" ContentType="application/xml"/>'
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
with zipfile.ZipFile('val-d-orsanne-sigles-programmation.docx', 'w', zipfile.ZIP_DEFLATED) as z:
    z.writestr('[Content_Types].xml', ct)
    z.writestr('word/document.xml', doc)

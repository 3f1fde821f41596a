#!/usr/bin/env python3
"""Writes pays-de-morvelle-cartes-et-tableau.docx: a schéma whose measures
are each a bordered one-cell table (a card) under a heading "Mesure N ·
title", its fields given by bold question labels with a pictogram
("👤 Qui pilote ?", "🤝 Avec quels partenaires ?", "🎯 Pour quoi faire ?",
"📅 Quand ?", "📊 Comment saura-t-on que ça marche ?"); the measures sit
under "Levier" headings, and a closing table "Le plan en bref" lists them
again by number, title and levier, nothing else. Fictional département.

Run: python3 pays-de-morvelle-cartes-et-tableau.py (from this folder).
"""
import zipfile
from xml.sax.saxutils import escape

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def run(text, bold=False):
    rpr = '<w:rPr><w:b/></w:rPr>' if bold else ''
    return f'<w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def para(*parts, style=None):
    ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ''
    runs = ''.join(run(p[1:], True) if p.startswith('*') else run(p) for p in parts)
    return f'<w:p>{ppr}{runs}</w:p>'


def table(rows, borders=True):
    b = ('<w:tblBorders><w:top w:val="single" w:sz="12"/><w:left w:val="single" w:sz="12"/>'
         '<w:bottom w:val="single" w:sz="12"/><w:right w:val="single" w:sz="12"/></w:tblBorders>') if borders else ''
    out = f'<w:tbl><w:tblPr><w:tblW w:w="9000" w:type="dxa"/>{b}</w:tblPr>'
    for r in rows:
        out += '<w:tr>' + ''.join(f'<w:tc>{"".join(c)}</w:tc>' for c in r) + '</w:tr>'
    return out + '</w:tbl>'


def card(pilote, partenaires, objectifs, quand, indicateurs):
    cell = [para('*👤 Qui pilote ? ', pilote), para('*🤝 Avec quels partenaires ? ', partenaires),
            para('*🎯 Pour quoi faire ?')]
    cell += [para('•\t' + o) for o in objectifs]
    cell += [para('*📅 Quand ?')] + [para('•\t' + q) for q in quand]
    cell += [para('*📊 Comment saura-t-on que ça marche ?')] + [para('•\t' + i) for i in indicateurs]
    return table([[cell]])


LEVIERS = [
    (1, "Agir tôt auprès des familles", [
        (1, "Installer des points d'accueil petite enfance dans les vallées",
         "Service de PMI de la Direction des solidarités",
         "CAF de Morvelle, communes, MSA",
         ["Accueillir chaque famille à moins de vingt minutes de chez elle."],
         ["2027 : trois points d'accueil ouverts", "Échéance : fin 2028"],
         ["Nombre de familles reçues"]),
        (2, "Soutenir les parents d'adolescents",
         "Maison des adolescents de Morvelle",
         "Collèges, centre médico-psychologique, missions locales",
         ["Offrir une écoute aux parents inquiets.", "Prévenir les ruptures familiales."],
         ["2028 : groupes de parole dans chaque canton"],
         ["Nombre de parents accompagnés"]),
    ]),
    (2, "Protéger et accueillir", [
        (3, "Raccourcir l'évaluation des informations préoccupantes",
         "Cellule départementale de recueil (CRIP)",
         "Parquet de Morvelle, Éducation nationale, gendarmerie",
         ["Évaluer chaque situation en moins de trois mois."],
         ["2027 : nouvelle grille d'évaluation"],
         ["Délai moyen d'évaluation"]),
        (4, "Recruter des familles d'accueil",
         "Service de l'accueil familial",
         "Pôle emploi, IRTS de Morvelle",
         ["Agréer quarante assistants familiaux de plus."],
         ["2029 : quarante nouveaux agréments"],
         ["Nombre d'assistants familiaux agréés"]),
    ]),
]

body = [
    para('Département du Pays-de-Morvelle'),
    para('Schéma départemental de protection de l\'enfance 2027-2031', style='Title'),
    para('Comment lire les mesures', style='Heading1'),
    para('Chaque mesure est présentée dans un cadre : qui la pilote, avec quels partenaires, pour quoi faire, quand, et comment on saura qu\'elle marche.'),
]
for n, titre, mesures in LEVIERS:
    body.append(para(f'Levier {n} – {titre}', style='Heading1'))
    for m in mesures:
        body.append(para(f'Mesure {m[0]} · {m[1]}', style='Heading2'))
        body.append(card(*m[2:]))
        body.append(para(''))
body.append(para('Le plan en bref', style='Heading1'))
rows = [[[para('*N°')], [para('*Mesure')], [para('*Levier')]]]
for n, _, mesures in LEVIERS:
    for m in mesures:
        rows.append([[para(str(m[0]))], [para(m[1])], [para(f'Levier {n}')]])
body.append(table(rows, borders=False))
body.append(para('Le suivi du plan', style='Heading1'))
body.append(para('Un comité de suivi se réunit chaque année avec les pilotes des mesures.'))

doc = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
       f'<w:document {W}><w:body>{"".join(body)}</w:body></w:document>')
ct = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
      '<Default Extension="xml" ContentType="application/xml"/>'
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
with zipfile.ZipFile('pays-de-morvelle-cartes-et-tableau.docx', 'w', zipfile.ZIP_DEFLATED) as z:
    z.writestr('[Content_Types].xml', ct)
    z.writestr('word/document.xml', doc)

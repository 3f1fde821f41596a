#!/usr/bin/env python3
"""Writes haute-verdance-fiches-tableaux-2026-2030.docx and .odt: a schéma
whose fiches are word processor tables. Each table opens on one row merged
across both columns (w:gridSpan, table:number-columns-spanned) that names
the fiche, then label | value rows; a cell's list is a run of paragraphs
each opening on a dash, and the calendar cell holds several "what : when"
items on one line, set apart by dashes. The .docx names its fiches
"FICHE ACTION N° 1 – …" and "Fiche-action n°2 : …", the .odt
"ACTION 1 – …".

Run from this folder: python3 haute-verdance-fiches-tableaux-2026-2030.py
"""

import zipfile
from xml.sax.saxutils import escape

AXES = [
    ("AXE 1 – Accompagner les familles dès la naissance", [
        ("1", "Ouvrir des permanences de puéricultrices dans les bourgs", [
            ("Axe de rattachement", ["AXE 1 – Accompagner les familles dès la naissance"]),
            ("Direction pilote", ["Service de PMI – Cheffe de service"]),
            ("Services et partenaires associés", ["– Caisse d'allocations familiales", "– Communautés de communes", "– Sages-femmes libérales"]),
            ("Objectifs opérationnels", ["– Rapprocher le suivi des nourrissons des familles rurales", "– Repérer plus tôt les fragilités"]),
            ("Actions à mener", ["– Installer six permanences itinérantes", "– Former les puéricultrices à l'entretien motivationnel"]),
            ("Échéance", ["Premières permanences : mars 2026 – Couverture des six bourgs : 2027 – Bilan : 2028"]),
            ("Indicateurs d'évaluation", ["– Nombre de familles reçues", "– Part des nourrissons vus avant un mois"]),
        ]),
        ("2", "Renforcer l'accueil d'urgence des adolescents", [
            ("Direction pilote", ["Direction de l'enfance et de la famille"]),
            ("Services et partenaires associés", ["– Maisons d'enfants à caractère social", "– Pédopsychiatrie du centre hospitalier"]),
            ("Constats", ["Les admissions en urgence ont doublé en cinq ans.", "Les adolescents y restent souvent plus de trois mois."]),
            ("Actions à mener", ["– Ouvrir une unité d'accueil d'urgence de huit places", "– Créer une astreinte éducative de nuit"]),
            ("Échéance", ["Unité d'urgence : 2e semestre 2026 – Astreinte de nuit : dès 2027 – Revue des admissions : chaque année"]),
            ("Indicateurs d'évaluation", ["– Durée moyenne de séjour en urgence"]),
            ("Moyens mobilisés", ["1,2 M€ par an"]),
        ]),
    ]),
    ("AXE 2 – Sécuriser les parcours des jeunes", [
        ("3", "Préparer la sortie des jeunes majeurs", [
            ("Direction pilote", ["Service de l'aide sociale à l'enfance"]),
            ("Services et partenaires associés", ["– Mission locale", "– Bailleurs sociaux"]),
            ("Actions à mener", ["– Réserver des logements passerelles", "– Tenir un entretien d'autonomie à 17 ans"]),
            ("Échéance", ["Conventions Département – bailleurs : 2026 – Logements passerelles : 2027-2028"]),
            ("Indicateurs d'évaluation", ["– Nombre de jeunes logés à 19 ans"]),
        ]),
    ]),
]

INTRO = "Le Département de Haute-Verdance arrête son schéma pour les années 2026 à 2030."


def docx_heading(n, title):
    return {"1": f"FICHE ACTION N° {n} – {title}", "2": f"Fiche-action n°{n} : {title}"}.get(n, f"FICHE ACTION N° {n} – {title}")


def odt_heading(n, title):
    return f"ACTION {n} – {title}"


# Word.
def wp(text, style=None):
    ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f'<w:p>{ppr}<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>'


def wtable(head, rows):
    out = ['<w:tbl><w:tblPr><w:tblW w:w="9000" w:type="dxa"/></w:tblPr>',
           '<w:tblGrid><w:gridCol w:w="2700"/><w:gridCol w:w="6300"/></w:tblGrid>',
           f'<w:tr><w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr>{wp(head)}</w:tc></w:tr>']
    for label, paras in rows:
        out.append(f'<w:tr><w:tc>{wp(label)}</w:tc><w:tc>{"".join(wp(p) for p in paras)}</w:tc></w:tr>')
    out.append("</w:tbl>")
    return "".join(out)


body = [wp("Schéma départemental de protection de l'enfance de Haute-Verdance 2026-2030", "Title"), wp(INTRO)]
for axis, fiches in AXES:
    body.append(wp(axis, "Heading1"))
    for n, title, rows in fiches:
        body.append(wtable(docx_heading(n, title), rows))
        body.append(wp(""))
document = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
            + "".join(body) + "</w:body></w:document>")
content_types = ('<?xml version="1.0" encoding="UTF-8"?>'
                 '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                 '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                 '<Default Extension="xml" ContentType="application/xml"/>'
                 '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
                 '</Types>')
rels = ('<?xml version="1.0" encoding="UTF-8"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
        '</Relationships>')


def write(name, parts):
    with zipfile.ZipFile(name, "w", zipfile.ZIP_DEFLATED) as z:
        for part, data in parts:
            info = zipfile.ZipInfo(part, date_time=(2026, 2, 2, 9, 0, 0))
            info.compress_type = zipfile.ZIP_STORED if part == "mimetype" else zipfile.ZIP_DEFLATED
            z.writestr(info, data)


write("haute-verdance-fiches-tableaux-2026-2030.docx", [
    ("[Content_Types].xml", content_types), ("_rels/.rels", rels), ("word/document.xml", document)])


# OpenDocument: the merged cell is followed by the cell it covers.
def op(text):
    return f"<text:p>{escape(text)}</text:p>"


def otable(head, rows):
    out = ['<table:table table:name="Fiche"><table:table-column table:number-columns-repeated="2"/>',
           f'<table:table-row><table:table-cell table:number-columns-spanned="2">{op(head)}</table:table-cell>'
           '<table:covered-table-cell/></table:table-row>']
    for label, paras in rows:
        out.append(f'<table:table-row><table:table-cell>{op(label)}</table:table-cell>'
                   f'<table:table-cell>{"".join(op(p) for p in paras)}</table:table-cell></table:table-row>')
    out.append("</table:table>")
    return "".join(out)


obody = [op("Schéma départemental de protection de l'enfance de Haute-Verdance 2026-2030"), op(INTRO)]
for axis, fiches in AXES:
    obody.append(f'<text:h text:outline-level="1">{escape(axis)}</text:h>')
    for n, title, rows in fiches:
        obody.append(otable(odt_heading(n, title), rows))
content = ('<?xml version="1.0" encoding="UTF-8"?>'
           '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
           'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.3">'
           '<office:body><office:text>' + "".join(obody) + '</office:text></office:body></office:document-content>')
manifest = ('<?xml version="1.0" encoding="UTF-8"?>'
            '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
            '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
            '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
            '</manifest:manifest>')
write("haute-verdance-fiches-tableaux-2026-2030.odt", [
    ("mimetype", "application/vnd.oasis.opendocument.text"), ("content.xml", content),
    ("META-INF/manifest.xml", manifest)])

#!/usr/bin/env python3
"""Writes haute-lorgne-deliberation-annexe.docx: a council's deliberation
(visas, DÉCIDE, articles, "Pour extrait conforme") with the schéma in
annex, its actions numbered A.1.1…, pilots and partners in bold inside
running sentences. Fictional département."""
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

body = [
    para('*DÉPARTEMENT DE LA HAUTE-LORGNE'),
    para('Réunion du Conseil départemental du 4 mars 2027'),
    para('Objet : Schéma enfance-famille 2027-2031'),
    para('Vu le code de l’action sociale et des familles ;'),
    para('Vu la délibération du 12 février 2021 adoptant le schéma enfance-famille 2021-2026 ;'),
    para('Considérant l’avis de l’Observatoire départemental ;'),
    para('*DÉCIDE :'),
    para('*Article 1', ' : Le schéma enfance-famille 2027-2031 annexé à la présente délibération est approuvé.'),
    para('*Article 2', ' : La Présidente est autorisée à signer les conventions qui en découlent.'),
    para('Pour extrait conforme,'),
    para('La Présidente du Conseil départemental,'),
    para('Claire DUMONTEL'),
    para('Annexe : Schéma enfance-famille de la Haute-Lorgne 2027-2031', style='Heading1'),
    para('A. Prévenir', style='Heading2'),
    para('A.1 Soutenir les parents', style='Heading3'),
    para('A.1.1  Ouvrir des maisons des familles'),
    para('Les familles isolées manquent de lieux où trouver conseil.'),
    para('Cette action est pilotée par ', '*la Mission parentalité', ', en lien avec ',
         '*la CAF de Haute-Lorgne, les centres sociaux et la MSA', '. Trois maisons seront ouvertes.'),
    para('Les maisons ouvriront en septembre 2028. On suivra le nombre de familles accueillies.'),
    para('A.1.2  Former les assistantes maternelles au repérage'),
    para('Le service de PMI conduira cette action avec l’IRTS de Lorgne et le relais petite enfance. '
         'Une session annuelle sera proposée.'),
    para('La première session est prévue en 2028.'),
    para('B. Protéger', style='Heading2'),
    para('B.1 Accueillir', style='Heading3'),
    para('B.1.1  Créer un accueil de jour pour adolescents'),
    para('La responsabilité de cette action est confiée à ', '*l’Association Lorgne Jeunesse',
         ', qui s’appuiera sur ', '*la Maison des adolescents et la PJJ', '.'),
    para('L’ouverture est prévue en janvier 2029.'),
]
doc = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
       f'<w:document {W}><w:body>{"".join(body)}</w:body></w:document>')
ct = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
      '<Default Extension="xml" ContentType="application/xml"/>'
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
with zipfile.ZipFile('haute-lorgne-deliberation-annexe.docx', 'w', zipfile.ZIP_DEFLATED) as z:
    z.writestr('[Content_Types].xml', ct)
    z.writestr('word/document.xml', doc)

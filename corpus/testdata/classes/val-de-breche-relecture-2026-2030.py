#!/usr/bin/env python3
"""Writes val-de-breche-relecture-2026-2030.docx and .odt: a schéma sent
out for review, as word processors save a draft with its reviewers' marks.

The .docx holds tracked changes (w:ins kept, w:del and w:delText dropped, a
moved list item w:moveFrom/w:moveTo, a deleted table row, a paragraph whose
style change keeps its old style in w:pPrChange, a deleted numbered heading),
margin comments (comments.xml and their marks in the body), one fiche's
fields in a text box stored twice (mc:Choice and the VML mc:Fallback), fiche
headings numbered only by numbering.xml, and calendar tables of steps and
dates under a repeated header row. The .odt holds the same kind of review
marks as OpenDocument writes them (text:tracked-changes, text:change,
text:change-start/end, office:annotation) and a fiche's fields in a frame's
text box (draw:text-box) anchored in a paragraph.

Run from this folder: python3 val-de-breche-relecture-2026-2030.py
"""

import zipfile

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = (
    f'xmlns:w="{W}" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:w10="urn:schemas-microsoft-com:office:word" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'mc:Ignorable="wps"'
)
REV = 'w:author="Relecteur" w:date="2026-01-12T09:00:00Z"'
_ids = iter(range(100, 1000))


def run(text):
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


def ins(text):
    return f'<w:ins w:id="{next(_ids)}" {REV}>{run(text)}</w:ins>'


def dele(text):
    return f'<w:del w:id="{next(_ids)}" {REV}><w:r><w:delText xml:space="preserve">{text}</w:delText></w:r></w:del>'


def para(body, style="Corps", num=None, ppr_extra=""):
    numpr = ""
    if num:
        numpr = f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{num}"/></w:numPr>'
    return f'<w:p><w:pPr><w:pStyle w:val="{style}"/>{numpr}{ppr_extra}</w:pPr>{body}</w:p>'


def p(text, style="Corps", num=None):
    return para(run(text), style, num)


def item(text):
    return p(text, "Puce", 3)


def calendar(rows, deleted_row=None):
    """A calendar table: a header row repeated on each page, then steps."""
    def cell(text):
        return f'<w:tc><w:tcPr><w:tcW w:w="4500" w:type="dxa"/></w:tcPr><w:p>{text}</w:p></w:tc>'

    out = ['<w:tbl><w:tblPr><w:tblW w:w="9000" w:type="dxa"/></w:tblPr>',
           '<w:tblGrid><w:gridCol w:w="4500"/><w:gridCol w:w="4500"/></w:tblGrid>',
           f'<w:tr><w:trPr><w:tblHeader/></w:trPr>{cell(run("Étape"))}{cell(run("Échéance"))}</w:tr>']
    for step, when in rows:
        out.append(f'<w:tr>{cell(step if step.startswith("<") else run(step))}{cell(when if when.startswith("<") else run(when))}</w:tr>')
    if deleted_row:
        step, when = deleted_row
        out.append(f'<w:tr><w:trPr><w:del w:id="{next(_ids)}" {REV}/></w:trPr>{cell(dele(step))}{cell(dele(when))}</w:tr>')
    out.append('</w:tbl>')
    return "".join(out)


def comment(cid, body):
    """Text under a margin comment: the marks are not the text."""
    return (f'<w:commentRangeStart w:id="{cid}"/>{body}<w:commentRangeEnd w:id="{cid}"/>'
            f'<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="{cid}"/></w:r>')


def box(lead, paragraphs):
    """A text box as Word stores it, anchored after the lead text of its
    paragraph: the DrawingML shape, then the same text again in VML for
    older readers."""
    inner = "".join(paragraphs)
    choice = ('<mc:Choice Requires="wps"><w:drawing><wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" '
              'relativeHeight="1" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="0"><wp:simplePos x="0" y="0"/>'
              '<wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>'
              '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
              '<wp:extent cx="5760000" cy="3000000"/><wp:wrapTopAndBottom/><wp:docPr id="1" name="Zone de texte 1"/>'
              '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
              '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></wps:spPr>'
              f'<wps:txbx><w:txbxContent>{inner}</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp>'
              '</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>')
    fallback = ('<mc:Fallback><w:pict><v:shape id="Zone de texte 1" type="#_x0000_t202" style="width:453.6pt;height:236pt">'
                f'<v:textbox><w:txbxContent>{inner}</w:txbxContent></v:textbox><w10:wrap type="topAndBottom"/>'
                '</v:shape></w:pict></mc:Fallback>')
    return f'<w:p><w:pPr><w:pStyle w:val="Corps"/></w:pPr>{run(lead)}<w:r><mc:AlternateContent>{choice}{fallback}</mc:AlternateContent></w:r></w:p>'


def label(text):
    return para(f'<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">{text}</w:t></w:r>', "Rubrique")


body = [
    p("DÉPARTEMENT DU VAL-DE-BRÈCHE", "Corps"),
    p("Schéma départemental de protection de l'enfance 2026-2030", "Title"),
    p("Version soumise à la relecture des services – document de travail", "Corps"),
    p("Le mot de la Présidente", "Heading1"),
    para(run("Ce schéma a été préparé avec ") + dele("80") + ins("95") + run(" partenaires du territoire."), "Corps"),
    p("Ségolène Marivaux", "Corps"),
    p("Présidente du Conseil départemental du Val-de-Brèche", "Corps"),
    # Orientation 1, numbered by Word.
    p("Accompagner les familles plus tôt", "Heading1", 1),
    p("Lancer un service de médiation familiale itinérant", "Heading2", 2),
    para(run("Pilote : ") + dele("Pôle famille – Responsable de secteur") + ins("Service de médiation – Cheffe de service médiation"), "Corps"),
    para(comment(1, run("Partenaires : caisse d'allocations familiales, centres sociaux ruraux, tribunal judiciaire.")), "Corps"),
    label("Objectifs"),
    item("Rapprocher la médiation des familles isolées."),
    label("Actions"),
    # The first action was moved below the third by the reviewer.
    f'<w:moveFromRangeStart w:id="201" w:name="move1" {REV}/>'
    + para(f'<w:moveFrom w:id="{next(_ids)}" {REV}>{run("Acheter un véhicule aménagé pour les permanences.")}</w:moveFrom>', "Puce", 3)
    + '<w:moveFromRangeEnd w:id="201"/>',
    item("Recruter deux médiateurs familiaux."),
    item("Tenir des permanences mensuelles dans les mairies."),
    f'<w:moveToRangeStart w:id="202" w:name="move1" {REV}/>'
    + para(f'<w:moveTo w:id="{next(_ids)}" {REV}>{run("Acheter un véhicule aménagé pour les permanences.")}</w:moveTo>', "Puce", 3)
    + '<w:moveToRangeEnd w:id="202"/>',
    label("Calendrier"),
    calendar([("Recrutement des médiateurs", dele("2026") + ins("2027")),
              ("Premières permanences", "septembre 2027"),
              ("Évaluation", "2029")],
             deleted_row=("Étude d'opportunité", "2025")),
    label("Indicateurs"),
    item("Nombre de familles reçues en médiation"),
    # A heading the reviewer deleted whole, its paragraph mark with it: the
    # fiche it announced is gone and takes no number.
    f'<w:p><w:pPr><w:pStyle w:val="Heading2"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="2"/></w:numPr>'
    f'<w:rPr><w:del w:id="{next(_ids)}" {REV}/></w:rPr></w:pPr>{dele("Créer une ligne d écoute pour les parents")}</w:p>',
    p("Ouvrir des haltes-répit pour les parents épuisés", "Heading2", 2),
    # A paragraph once styled as a fiche heading, now body text: the old
    # style kept in the change record is not its style.
    para(run("Les haltes-répit complètent les lieux d'accueil parents-enfants."), "Corps",
         ppr_extra=f'<w:pPrChange w:id="{next(_ids)}" {REV}><w:pPr><w:pStyle w:val="Heading2"/>'
                   '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="2"/></w:numPr></w:pPr></w:pPrChange>'),
    box("Les éléments de la fiche figurent dans l'encadré.", [
        p("Pilote : Direction de la prévention – Chargée de mission parentalité", "Corps"),
        p("Partenaires : associations familiales, mutualité sociale agricole.", "Corps"),
        label("Actions"),
        item("Ouvrir trois haltes-répit dans les bourgs-centres."),
        label("Calendrier"),
        calendar([("Première halte-répit", "printemps 2027"), ("Trois haltes ouvertes", "2028")]),
        label("Indicateurs"),
        item("Nombre de parents accueillis en halte-répit"),
    ]),
    # Orientation 2.
    p("Protéger et accueillir", "Heading1", 1),
    p("Créer une équipe mobile pour les adolescents", "Heading2", 2),
    p("Pilote : Direction de l'enfance – Responsable de l'accueil", "Corps"),
    p("Partenaires : pédopsychiatrie du centre hospitalier, protection judiciaire de la jeunesse.", "Corps"),
    label("Calendrier"),
    calendar([("Constitution de l'équipe", "janvier 2027"), ("Bilan", "2028")]),
    label("Indicateurs"),
    item("Nombre d'adolescents suivis par l'équipe mobile"),
]

document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {NS}><w:body>'
            + "".join(body)
            + '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>')

comments = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments xmlns:w="{W}">'
            '<w:comment w:id="1" w:author="Relecteur" w:date="2026-01-12T09:00:00Z" w:initials="R">'
            '<w:p><w:r><w:annotationRef/></w:r><w:r><w:t>Ajouter le service départemental de la jeunesse ?</w:t></w:r></w:p>'
            '</w:comment></w:comments>')


def level(fmt, text):
    return (f'<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
            f'<w:lvlText w:val="{text}"/></w:lvl>')


numbering = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering xmlns:w="{W}">'
             f'<w:abstractNum w:abstractNumId="10">{level("decimal", "Orientation %1 –")}</w:abstractNum>'
             f'<w:abstractNum w:abstractNumId="20">{level("decimal", "Fiche action %1 :")}</w:abstractNum>'
             f'<w:abstractNum w:abstractNumId="30">{level("bullet", "•")}</w:abstractNum>'
             '<w:num w:numId="1"><w:abstractNumId w:val="10"/></w:num>'
             '<w:num w:numId="2"><w:abstractNumId w:val="20"/></w:num>'
             '<w:num w:numId="3"><w:abstractNumId w:val="30"/></w:num>'
             '</w:numbering>')


def style(sid, name):
    return f'<w:style w:type="paragraph" w:styleId="{sid}"><w:name w:val="{name}"/></w:style>'


styles = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="{W}">'
          + style("Title", "Title") + style("Heading1", "heading 1") + style("Heading2", "heading 2")
          + style("Corps", "Corps") + style("Rubrique", "Rubrique") + style("Puce", "Puce")
          + '</w:styles>')

content_types = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                 '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                 '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                 '<Default Extension="xml" ContentType="application/xml"/>'
                 '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
                 '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
                 '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>'
                 '<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>'
                 '</Types>')
rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
        '</Relationships>')
doc_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>'
            '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/>'
            '</Relationships>')


def write(name, parts):
    with zipfile.ZipFile(name, "w", zipfile.ZIP_DEFLATED) as z:
        for part, data in parts:
            info = zipfile.ZipInfo(part, date_time=(2026, 1, 12, 9, 0, 0))
            info.compress_type = zipfile.ZIP_STORED if part == "mimetype" else zipfile.ZIP_DEFLATED
            z.writestr(info, data)


write("val-de-breche-relecture-2026-2030.docx", [
    ("[Content_Types].xml", content_types), ("_rels/.rels", rels), ("word/_rels/document.xml.rels", doc_rels),
    ("word/document.xml", document), ("word/styles.xml", styles), ("word/numbering.xml", numbering),
    ("word/comments.xml", comments),
])

# The same kind of draft as OpenDocument saves it: deleted text lives only in
# the change record, inserted text stands in the body between its marks.
ODT_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
          'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
          'xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3"')


def change(cid, kind, inner=""):
    return (f'<text:changed-region text:id="{cid}" xml:id="{cid}"><text:{kind}><office:change-info>'
            '<dc:creator>Relecteur</dc:creator><dc:date>2026-01-12T09:00:00</dc:date></office:change-info>'
            f'{inner}</text:{kind}></text:changed-region>')


def oh(level, text):
    return f'<text:h text:outline-level="{level}">{text}</text:h>'


def op(text):
    return f'<text:p>{text}</text:p>'


def olist(*items):
    return "<text:list>" + "".join(f"<text:list-item>{op(i)}</text:list-item>" for i in items) + "</text:list>"


def orow(*cells):
    return "<table:table-row>" + "".join(f"<table:table-cell>{op(c)}</table:table-cell>" for c in cells) + "</table:table-row>"


odt_body = "".join([
    '<text:tracked-changes text:track-changes="true">',
    change("ct1", "deletion", op("Pôle famille – Responsable de secteur")),
    change("ct2", "insertion"),
    change("ct3", "deletion", op("2026")),
    change("ct4", "insertion"),
    '</text:tracked-changes>',
    oh(1, "Schéma départemental de protection de l'enfance 2026-2030"),
    oh(1, "Orientation 1 – Accompagner les familles plus tôt"),
    oh(2, "Fiche action 1 : Lancer un service de médiation familiale itinérant"),
    op('Pilote : <text:change text:change-id="ct1"/><text:change-start text:change-id="ct2"/>'
       'Service de médiation – Cheffe de service médiation<text:change-end text:change-id="ct2"/>'),
    op('Partenaires : caisse d\'allocations familiales, centres sociaux ruraux.'
       '<office:annotation><dc:creator>Relecteur</dc:creator><text:p>Ajouter le service départemental de la jeunesse ?</text:p></office:annotation>'),
    op("Calendrier"),
    '<table:table table:name="Calendrier1"><table:table-column table:number-columns-repeated="2"/>',
    '<table:table-header-rows>', orow("Étape", "Échéance"), '</table:table-header-rows>',
    orow("Recrutement des médiateurs", '<text:change text:change-id="ct3"/><text:change-start text:change-id="ct4"/>2027<text:change-end text:change-id="ct4"/>'),
    orow("Évaluation", "2029"),
    '</table:table>',
    op("Indicateurs"),
    olist("Nombre de familles reçues en médiation"),
    oh(2, "Fiche action 2 : Ouvrir des haltes-répit pour les parents épuisés"),
    # The fiche's fields in a frame anchored in a paragraph of its own text.
    op('Les éléments de la fiche figurent dans l\'encadré.'
       '<draw:frame draw:name="Cadre1" text:anchor-type="paragraph" svg:width="16cm">'
       '<draw:text-box>'
       + op("Pilote : Direction de la prévention – Chargée de mission parentalité")
       + op("Actions") + olist("Ouvrir trois haltes-répit dans les bourgs-centres.")
       + op("Indicateurs") + olist("Nombre de parents accueillis en halte-répit")
       + '</draw:text-box></draw:frame>'),
])
content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ODT_NS}>'
           f'<office:body><office:text>{odt_body}</office:text></office:body></office:document-content>')
manifest = ('<?xml version="1.0" encoding="UTF-8"?>'
            '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
            '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
            '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
            '</manifest:manifest>')
write("val-de-breche-relecture-2026-2030.odt", [
    ("mimetype", "application/vnd.oasis.opendocument.text"), ("content.xml", content),
    ("META-INF/manifest.xml", manifest),
])

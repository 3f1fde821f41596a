"""The Flat ODT envelope the fixture generators of this folder share. Each
generator holds its own automatic styles and body, and writes the document
that LibreOffice converts to the PDF its class test reads:

    from fodt import p, write
    write(os.path.join(HERE, "name.fodt"), STYLES, body())

where p(text, style) writes one paragraph.

A generator run as a script finds this module beside it.
"""

from xml.sax.saxutils import escape

ENVELOPE = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
%s
<office:body><office:text>%s</office:text></office:body>
</office:document>
"""


def p(text, style="Standard"):
    """Returns a paragraph of the given text in the given paragraph style."""
    return '<text:p text:style-name="%s">%s</text:p>' % (style, escape(text))


def document(styles, body):
    """Returns a Flat ODT text document of the given styles and body."""
    return ENVELOPE % (styles, body)


def write(path, styles, body):
    """Writes the Flat ODT document of the given styles and body to path."""
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(document(styles, body))

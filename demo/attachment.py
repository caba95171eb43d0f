"""A small, valid PDF made on the spot with WeasyPrint, for the demo world."""

from weasyprint import HTML

DEMO_ATTACHMENT_NAME = "innkalling-ansvarsgruppemote.pdf"


def demo_pdf_bytes():
    html = (
        "<html lang='nb'><body><h1>Innkalling til ansvarsgruppemøte</h1>"
        "<p>Dette er et eksempelvedlegg i demoverdenen til Samplan.</p></body></html>"
    )
    return HTML(string=html).write_pdf()

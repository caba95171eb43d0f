"""Small lxml helpers shared by the builders: elements with text, never an empty one."""

from lxml import etree


def add(parent, namespace, name, text):
    """A child element holding `text`; Noark 5 allows no empty elements, so a blank value is a bug."""
    text = str(text).strip()
    if not text:
        raise ValueError(f"Noark 5: {name} would be empty")
    element = etree.SubElement(parent, f"{{{namespace}}}{name}")
    element.text = text
    return element


def moment(value):
    """xs:dateTime in UTC, whole seconds."""
    return value.replace(microsecond=0).isoformat()


def serialise(root):
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)

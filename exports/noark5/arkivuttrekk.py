"""arkivuttrekk.xml (ADDML 8.3): the extract's files with their size and SHA-256 checksum."""

import hashlib
from functools import partial

from lxml import etree

from exports.noark5.xml import add

NS = "http://www.arkivverket.no/standarder/addml"
element = partial(add, namespace=NS)


def prop(parent, name, value=None):
    node = etree.SubElement(parent, f"{{{NS}}}property", name=name)
    if value is not None:
        element(node, name="value", text=value)
    return node


def file_object(parent, path, content):
    data_object = etree.SubElement(parent, f"{{{NS}}}dataObject", name=path)
    file_property = prop(etree.SubElement(data_object, f"{{{NS}}}properties"), "file")
    details = etree.SubElement(file_property, f"{{{NS}}}properties")
    prop(details, "name", path)
    prop(details, "size", len(content))
    checksum = prop(details, "checksum")
    checksum_details = etree.SubElement(checksum, f"{{{NS}}}properties")
    prop(checksum_details, "algorithm", "SHA-256")
    prop(checksum_details, "value", hashlib.sha256(content).hexdigest())


def build(extract, files):
    """`files`: {path in the extract: bytes} of every file but this one."""
    root = etree.Element(f"{{{NS}}}addml", nsmap={None: NS})
    dataset = etree.SubElement(root, f"{{{NS}}}dataset")
    element(dataset, name="description", text=f"Noark 5 arkivuttrekk av plan {extract.plan.short_code}")
    objects = etree.SubElement(dataset, f"{{{NS}}}dataObjects")
    extract_object = etree.SubElement(objects, f"{{{NS}}}dataObject", name="Noark 5 arkivuttrekk")
    info = etree.SubElement(extract_object, f"{{{NS}}}properties")
    prop(info, "noark5Version", "5.0")
    prop(info, "addmlVersion", "8.3")
    children = etree.SubElement(extract_object, f"{{{NS}}}dataObjects")
    for path, content in sorted(files.items()):
        file_object(children, path, content)
    return root

import xml.sax
from xml.sax.handler import feature_external_ges

from lxml import etree


def parse(body: bytes):
    # ruleid: py-xxe
    parser = etree.XMLParser(resolve_entities=True, load_dtd=True)
    # ruleid: py-xxe
    network = etree.XMLParser(no_network=False)
    # ok: py-xxe
    safe = etree.XMLParser(resolve_entities=False, no_network=True)
    sax = xml.sax.make_parser()
    # ruleid: py-xxe
    sax.setFeature(feature_external_ges, True)
    # ruleid: py-xxe
    sax.setFeature(xml.sax.handler.feature_external_pes, True)
    # ok: py-xxe
    sax.setFeature(xml.sax.handler.feature_namespaces, True)
    # ok: py-xxe (explicitly off)
    sax.setFeature(feature_external_ges, False)
    return etree.fromstring(body, parser), network, safe

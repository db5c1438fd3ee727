# preflight-bench: vulnerable CWE-611 sink-line: 7
import sys

from lxml import etree

parser = etree.XMLParser(load_dtd=True, resolve_entities=True)
tree = etree.parse(sys.argv[1], parser)
for node in tree.iter("title"):
    print(node.text)

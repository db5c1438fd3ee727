# preflight-bench: vulnerable CWE-611 sink-line: 11
from flask import Flask, request
from lxml import etree

app = Flask(__name__)
parser = etree.XMLParser(resolve_entities=True, no_network=False)


@app.route("/import", methods=["POST"])
def import_xml():
    root = etree.fromstring(request.data, parser)
    return {"items": len(root.findall("item"))}

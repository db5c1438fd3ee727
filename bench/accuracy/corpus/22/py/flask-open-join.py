# preflight-bench: vulnerable CWE-22 sink-line: 13
import os

from flask import Flask, request

app = Flask(__name__)
BASE = "/srv/app/invoices"


@app.route("/invoice")
def invoice():
    name = request.args["name"]
    with open(os.path.join(BASE, name), "rb") as handle:
        return handle.read()

# preflight-bench: safe CWE-22 -- werkzeug secure_filename
import os

from flask import Flask, request
from werkzeug.utils import secure_filename

app = Flask(__name__)
BASE = "/srv/app/invoices"


@app.route("/invoice")
def invoice():
    name = secure_filename(request.args["name"])
    with open(os.path.join(BASE, name), "rb") as handle:
        return handle.read()

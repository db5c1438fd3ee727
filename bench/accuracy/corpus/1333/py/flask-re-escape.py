# preflight-bench: safe CWE-1333 -- re.escape before searching
import re

from flask import Flask, request, jsonify

app = Flask(__name__)
NAMES = ["alpha", "beta", "gamma"]


@app.route("/filter")
def filter_names():
    pattern = re.escape(request.args.get("pattern", ""))
    return jsonify([n for n in NAMES if re.search(pattern, n)])

# preflight-bench: vulnerable CWE-1333 sink-line: 13
import re

from flask import Flask, request, jsonify

app = Flask(__name__)
NAMES = ["alpha", "beta", "gamma"]


@app.route("/filter")
def filter_names():
    pattern = request.args.get("pattern", "")
    return jsonify([n for n in NAMES if re.search(pattern, n)])

# preflight-bench: safe CWE-95 -- ast.literal_eval only accepts literals
import ast

from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/parse")
def parse():
    value = ast.literal_eval(request.args.get("value", "None"))
    return jsonify(type=type(value).__name__)

# preflight-bench: safe CWE-502 -- json instead of pickle
import base64
import json

from flask import Flask, request

app = Flask(__name__)


@app.route("/restore", methods=["POST"])
def restore():
    state = json.loads(base64.b64decode(request.form["state"]))
    return {"restored": len(state)}

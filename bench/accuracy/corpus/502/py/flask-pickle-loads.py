# preflight-bench: vulnerable CWE-502 sink-line: 12
import base64
import pickle

from flask import Flask, request

app = Flask(__name__)


@app.route("/restore", methods=["POST"])
def restore():
    state = pickle.loads(base64.b64decode(request.form["state"]))
    return {"restored": len(state)}

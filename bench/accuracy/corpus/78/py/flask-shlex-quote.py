# preflight-bench: safe CWE-78 -- argument quoted with shlex.quote
import shlex
import subprocess

from flask import Flask, request

app = Flask(__name__)


@app.route("/count")
def count():
    path = shlex.quote(request.args.get("path", "."))
    out = subprocess.check_output(["sh", "-c", "ls " + path + " | wc -l"])
    return out

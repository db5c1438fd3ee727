# preflight-bench: safe CWE-117 -- line breaks stripped
import logging

from flask import Flask, request

app = Flask(__name__)
log = logging.getLogger(__name__)


@app.route("/login", methods=["POST"])
def login():
    username = request.form["username"].replace("\r", "").replace("\n", "")
    log.warning("failed login for %s", username)
    return "invalid", 401

# preflight-bench: vulnerable CWE-117 sink-line: 12
import logging

from flask import Flask, request

app = Flask(__name__)
log = logging.getLogger(__name__)


@app.route("/login", methods=["POST"])
def login():
    log.warning(f"failed login for {request.form['username']}")
    return "invalid", 401

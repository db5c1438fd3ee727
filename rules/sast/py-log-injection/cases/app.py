import json
import logging

from flask import Flask, request

app = Flask(__name__)
logger = logging.getLogger(__name__)


@app.post("/login")
def login():
    user = request.form["username"]
    # ruleid: py-log-injection
    logger.info("login attempt for %s", user)
    # ruleid: py-log-injection
    logging.warning(f"bad password for {user}")
    # ruleid: py-log-injection
    app.logger.error("agent: " + request.headers.get("User-Agent", ""))
    # ok: py-log-injection (line breaks removed)
    logger.info("login attempt for %s", user.replace("\n", "").replace("\r", ""))
    # ok: py-log-injection (JSON-encoded)
    logger.info("login attempt for %s", json.dumps(user))
    # ok: py-log-injection (a number)
    logger.info("attempt %d", int(request.form["attempt"]))
    return "ok"

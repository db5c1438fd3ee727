# preflight-bench: vulnerable CWE-338 sink-line: 11
import random

from flask import Flask, session

app = Flask(__name__)


@app.route("/otp", methods=["POST"])
def send_otp():
    session["otp"] = random.randint(100000, 999999)
    return "sent"

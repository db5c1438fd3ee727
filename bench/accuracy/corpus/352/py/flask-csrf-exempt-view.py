# preflight-bench: vulnerable CWE-352 sink-line: 10
from flask import Flask, request, session
from flask_wtf.csrf import CSRFProtect

app = Flask(__name__)
csrf = CSRFProtect(app)


@app.route("/transfer", methods=["POST"])
@csrf.exempt
def transfer():
    session["balance"] -= int(request.form["amount"])
    return "done"

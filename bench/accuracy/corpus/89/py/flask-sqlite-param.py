# preflight-bench: safe CWE-89 -- qmark parameter
import sqlite3

from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/user")
def user():
    conn = sqlite3.connect("app.db")
    rows = conn.execute("SELECT id, email FROM users WHERE name = ?", (request.args["username"],)).fetchall()
    return jsonify(rows)

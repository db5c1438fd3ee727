# preflight-bench: vulnerable CWE-89 sink-line: 13
import sqlite3

from flask import Flask, request, jsonify

app = Flask(__name__)


@app.route("/user")
def user():
    conn = sqlite3.connect("app.db")
    username = request.args["username"]
    rows = conn.execute("SELECT id, email FROM users WHERE name = '%s'" % username).fetchall()
    return jsonify(rows)

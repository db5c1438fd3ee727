# preflight-bench: vulnerable CWE-78 sink-line: 11
import os
from flask import Flask, request

app = Flask(__name__)


@app.route("/backup")
def backup():
    name = request.args.get("name", "db")
    os.system("pg_dump app > /backups/" + name + ".sql")
    return "started"

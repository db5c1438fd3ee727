import sqlite3

from flask import Flask, request
from sqlalchemy import text

app = Flask(__name__)
COLUMNS = ("name", "created")


@app.route("/users")
def users():
    conn = sqlite3.connect("app.db")
    cursor = conn.cursor()
    name = request.args.get("name", "")
    # ruleid: py-sql-injection
    cursor.execute("SELECT * FROM users WHERE name = '%s'" % name)
    # ruleid: py-sql-injection
    cursor.execute(f"SELECT * FROM users WHERE name = '{name}'")
    query = "DELETE FROM sessions WHERE token = '{}'".format(request.cookies["token"])
    # ruleid: py-sql-injection
    conn.execute(query)
    # ruleid: py-sql-injection
    db.session.execute(text("SELECT * FROM t WHERE owner = '" + name + "'"))
    # ok: py-sql-injection (query parameters)
    cursor.execute("SELECT * FROM users WHERE name = ?", (name,))
    # ok: py-sql-injection (named parameters)
    db.session.execute(text("SELECT * FROM t WHERE owner = :owner"), {"owner": name})
    # ok: py-sql-injection (a number)
    cursor.execute("SELECT * FROM t LIMIT %d" % int(request.args["limit"]))
    # ok: py-sql-injection (constant SQL)
    cursor.execute("SELECT count(*) FROM users")
    order = request.args.get("order")
    if order in COLUMNS:
        # ok: py-sql-injection (allow-listed)
        cursor.execute(f"SELECT * FROM users ORDER BY {order}")
    return "ok"

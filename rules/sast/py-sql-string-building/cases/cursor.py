import sqlite3

import pandas as pd
from sqlalchemy import text

TABLE_QUERY = "SELECT * FROM users ORDER BY id"


def lookup(conn: sqlite3.Connection, user_id, name, session):
    cursor = conn.cursor()
    # ruleid: py-sql-string-building
    cursor.execute(f"SELECT * FROM users WHERE id = {user_id}")
    # ruleid: py-sql-string-building
    cursor.execute("SELECT * FROM users WHERE name = '%s'" % name)
    # ruleid: py-sql-string-building
    cursor.execute("DELETE FROM users WHERE id = {}".format(user_id))
    # ruleid: py-sql-string-building
    conn.execute("update users set name = '" + name + "' where id = 1")
    query = f"""
        SELECT * FROM orders WHERE user = '{name}'
    """
    # ruleid: py-sql-string-building
    cursor.execute(query)
    # ruleid: py-sql-string-building
    cursor.executemany("INSERT INTO t VALUES (%s, " + str(user_id) + ")", [(1,)])
    # ruleid: py-sql-string-building
    session.execute(text(f"SELECT * FROM users WHERE name = '{name}'"))
    # ruleid: py-sql-string-building
    frame = pd.read_sql(f"SELECT * FROM events WHERE user_id = {user_id}", conn)
    by_name = "SELECT * FROM users WHERE name = %s"
    # ruleid: py-sql-string-building
    cursor.execute(by_name % name)
    # ok: py-sql-string-building (the same query, parameterised)
    cursor.execute(by_name, (name,))
    # ok: py-sql-string-building (parameterised)
    cursor.execute("SELECT * FROM users WHERE id = %s", (user_id,))
    # ok: py-sql-string-building (qmark placeholders)
    conn.execute("SELECT * FROM users WHERE name = ?", (name,))
    # ok: py-sql-string-building (bound parameters through text())
    session.execute(text("SELECT * FROM users WHERE name = :name"), {"name": name})
    # ok: py-sql-string-building (a constant query)
    cursor.execute(TABLE_QUERY)
    # ok: py-sql-string-building (f-string without fields)
    cursor.execute(f"SELECT 1")
    # ok: py-sql-string-building (formatting of constants only)
    cursor.execute("SELECT * FROM %s" % "users")
    # ok: py-sql-string-building (not SQL: a task runner's execute)
    runner.execute(f"deploy {name}")
    return frame

# preflight-bench: vulnerable CWE-89 sink-line: 9
import sys

import psycopg2

conn = psycopg2.connect("dbname=inventory")
cur = conn.cursor()
sku = sys.argv[1]
cur.execute("UPDATE stock SET count = count - 1 WHERE sku = '" + sku + "'")
conn.commit()

# preflight-bench: safe CWE-89 -- %s placeholders passed to execute
import psycopg2
from fastapi import FastAPI

app = FastAPI()
conn = psycopg2.connect("dbname=inventory")


@app.post("/stock/{sku}/take")
def take(sku: str):
    with conn.cursor() as cur:
        cur.execute("UPDATE stock SET count = count - 1 WHERE sku = %s", (sku,))
    conn.commit()
    return {"sku": sku}

# preflight-bench: safe CWE-489 -- debug not enabled
from fastapi import FastAPI

app = FastAPI(title="orders")


@app.get("/orders")
def orders():
    return []

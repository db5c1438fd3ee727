# preflight-bench: vulnerable CWE-489 sink-line: 4
from fastapi import FastAPI

app = FastAPI(title="orders", debug=True)


@app.get("/orders")
def orders():
    return []

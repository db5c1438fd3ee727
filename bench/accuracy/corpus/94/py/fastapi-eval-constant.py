# preflight-bench: safe CWE-95 -- eval of a constant expression
from fastapi import FastAPI

app = FastAPI()
LIMITS = eval("{'free': 10, 'pro': 1000}")


@app.get("/limit/{plan}")
def limit(plan: str):
    return {"plan": plan, "limit": LIMITS.get(plan, 0)}

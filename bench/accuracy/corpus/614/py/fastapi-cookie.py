# preflight-bench: safe CWE-1004 -- httponly and secure
from fastapi import FastAPI, Response

app = FastAPI()


@app.post("/login")
def login(response: Response, sid: str):
    response.set_cookie("session_id", sid, httponly=True, secure=True, samesite="lax")
    return {"ok": True}

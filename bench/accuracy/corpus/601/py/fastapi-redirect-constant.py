# preflight-bench: safe CWE-601 -- constant destination
from fastapi import FastAPI
from fastapi.responses import RedirectResponse

app = FastAPI()


@app.get("/old-docs")
def old_docs(page: str = "index"):
    print("legacy docs hit:", page)
    return RedirectResponse(url="/docs")

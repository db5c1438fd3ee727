# preflight-bench: vulnerable CWE-502 sink-line: 11
import jsonpickle
from fastapi import FastAPI, Request

app = FastAPI()


@app.post("/jobs")
async def submit(request: Request):
    body = await request.body()
    job = jsonpickle.decode(body)
    return {"job": type(job).__name__}

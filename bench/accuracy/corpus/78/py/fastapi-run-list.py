# preflight-bench: safe CWE-78 -- argument list, no shell
import subprocess

from fastapi import FastAPI

app = FastAPI()


@app.get("/ping")
def ping(host: str):
    result = subprocess.run(["ping", "-c", "1", host], capture_output=True, text=True)
    return {"output": result.stdout}

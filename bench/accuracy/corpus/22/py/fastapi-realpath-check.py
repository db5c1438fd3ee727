# preflight-bench: safe CWE-22 -- real path checked against the base folder
import os

from fastapi import FastAPI, HTTPException
from fastapi.responses import FileResponse

app = FastAPI()
BASE = os.path.realpath("/var/www/media")


@app.get("/media/{name:path}")
def media(name: str):
    target = os.path.realpath(os.path.join(BASE, name))
    if os.path.commonpath([BASE, target]) != BASE:
        raise HTTPException(status_code=400)
    return FileResponse(target)

# preflight-bench: vulnerable CWE-918 sink-line: 11
import httpx
from fastapi import FastAPI

app = FastAPI()


@app.get("/status")
async def status(host: str):
    async with httpx.AsyncClient() as client:
        answer = await client.get(f"http://{host}:8080/health")
    return {"up": answer.status_code == 200}

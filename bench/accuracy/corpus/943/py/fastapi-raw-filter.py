# preflight-bench: vulnerable CWE-943 sink-line: 12
from fastapi import FastAPI, Request
from pymongo import MongoClient

app = FastAPI()
orders = MongoClient()["shop"]["orders"]


@app.post("/orders/search")
async def search(request: Request):
    criteria = await request.json()
    return list(orders.find(criteria, {"_id": 0}))

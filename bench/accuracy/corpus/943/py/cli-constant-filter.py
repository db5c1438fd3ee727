# preflight-bench: safe CWE-943 -- constant filter
import sys

from pymongo import MongoClient

orders = MongoClient()["shop"]["orders"]
limit = int(sys.argv[1])
for order in orders.find({"status": "pending"}).limit(limit):
    print(order["_id"])

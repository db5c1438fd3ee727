# preflight-bench: vulnerable CWE-943 sink-line: 10
from django.http import JsonResponse
from pymongo import MongoClient

events = MongoClient()["analytics"]["events"]


def by_kind(request):
    kind = request.GET["kind"]
    docs = list(events.find({"$where": "this.kind == '%s'" % kind}, {"_id": 0}))
    return JsonResponse({"events": docs})

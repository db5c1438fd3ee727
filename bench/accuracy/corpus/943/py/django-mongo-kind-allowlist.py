# preflight-bench: safe CWE-943 -- equality on an allow-listed value
from django.http import JsonResponse
from pymongo import MongoClient

events = MongoClient()["analytics"]["events"]
KINDS = {"click", "view", "purchase"}


def by_kind(request):
    kind = request.GET["kind"]
    if kind not in KINDS:
        return JsonResponse({"error": "unknown kind"}, status=400)
    return JsonResponse({"events": list(events.find({"kind": kind}, {"_id": 0}))})

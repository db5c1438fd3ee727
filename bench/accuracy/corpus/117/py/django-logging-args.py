# preflight-bench: vulnerable CWE-117 sink-line: 11
import logging

from django.http import JsonResponse

logger = logging.getLogger("shop")


def search(request):
    term = request.GET.get("q", "")
    logger.info("search term: %s", term)
    return JsonResponse({"results": []})

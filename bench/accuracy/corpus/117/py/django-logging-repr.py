# preflight-bench: safe CWE-117 -- %r escapes control characters
import logging

from django.http import JsonResponse

logger = logging.getLogger("shop")


def search(request):
    logger.info("search term: %r", request.GET.get("q", ""))
    return JsonResponse({"results": []})

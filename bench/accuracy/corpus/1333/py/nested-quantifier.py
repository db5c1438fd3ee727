# preflight-bench: vulnerable CWE-1333 sink-line: 6
import re

from django.http import JsonResponse

SLUG = re.compile(r"^([a-z0-9]+-?)*$")


def check_slug(request):
    return JsonResponse({"valid": bool(SLUG.match(request.GET.get("slug", "")))})

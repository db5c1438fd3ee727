# preflight-bench: safe CWE-1333 -- linear pattern
import re

from django.http import JsonResponse

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def check_slug(request):
    return JsonResponse({"valid": bool(SLUG.fullmatch(request.GET.get("slug", "")[:100]))})

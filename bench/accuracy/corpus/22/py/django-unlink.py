# preflight-bench: vulnerable CWE-22 sink-line: 11
import os

from django.http import HttpResponse

MEDIA = "/var/www/media"


def delete_upload(request):
    target = request.POST["path"]
    os.remove(f"{MEDIA}/{target}")
    return HttpResponse(status=204)

# preflight-bench: vulnerable CWE-78 sink-line: 9
import subprocess

from django.http import HttpResponse


def lookup(request):
    host = request.GET["host"]
    out = subprocess.check_output(f"nslookup {host}", shell=True)
    return HttpResponse(out, content_type="text/plain")

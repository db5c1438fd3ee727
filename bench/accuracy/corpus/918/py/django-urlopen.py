# preflight-bench: vulnerable CWE-918 sink-line: 9
from urllib.request import urlopen

from django.http import HttpResponse


def avatar_from_url(request):
    source = request.POST["avatar_url"]
    with urlopen(source) as remote:
        data = remote.read()
    return HttpResponse(data, content_type="image/png")

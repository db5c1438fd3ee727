# preflight-bench: vulnerable CWE-601 sink-line: 9
from django.contrib.auth import logout
from django.http import HttpResponseRedirect


def sign_out(request):
    logout(request)
    destination = request.GET.get("to", "/")
    return HttpResponseRedirect(destination)

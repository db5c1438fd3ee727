# preflight-bench: safe CWE-601 -- url_has_allowed_host_and_scheme
from django.contrib.auth import logout
from django.http import HttpResponseRedirect
from django.utils.http import url_has_allowed_host_and_scheme


def sign_out(request):
    logout(request)
    destination = request.GET.get("to", "/")
    if not url_has_allowed_host_and_scheme(destination, allowed_hosts={request.get_host()}):
        destination = "/"
    return HttpResponseRedirect(destination)

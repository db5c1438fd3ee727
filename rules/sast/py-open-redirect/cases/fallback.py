from django.http import HttpResponseRedirect
from django.shortcuts import redirect
from django.utils.http import url_has_allowed_host_and_scheme


def sign_out(request):
    destination = request.GET.get("next", "/")
    if not url_has_allowed_host_and_scheme(destination, allowed_hosts={request.get_host()}):
        destination = "/"
    # ok: py-open-redirect (replaced by a constant when the check fails)
    return HttpResponseRedirect(destination)


def switch_language(request):
    target = request.GET.get("next", "/")
    if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        request.session["warned"] = True
    # ruleid: py-open-redirect (the failed check changes nothing)
    return redirect(target)


def leave(request):
    target = request.GET.get("next", "/")
    other = request.GET.get("other", "/")
    if not url_has_allowed_host_and_scheme(other, allowed_hosts={request.get_host()}):
        other = "/"
    # ruleid: py-open-redirect (another value was checked)
    return redirect(target)

from django.http import HttpResponseRedirect
from django.shortcuts import redirect
from django.utils.http import url_has_allowed_host_and_scheme


def login(request):
    target = request.GET.get("next", "/")
    if url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        # ok: py-open-redirect (checked)
        return redirect(target)
    # ruleid: py-open-redirect
    HttpResponseRedirect(request.POST["return_to"])
    # ok: py-open-redirect (a path on this site)
    redirect("/users/%s" % request.GET["id"])
    # ruleid: py-open-redirect
    return redirect(target)

from django.http import HttpResponse


def remember_me(request):
    response = HttpResponse("ok")
    # ruleid: py-insecure-cookie
    response.set_signed_cookie("user", request.user.pk, salt="remember",
                               max_age=86400, httponly=True, secure=True)
    # ok: py-insecure-cookie
    response.set_signed_cookie("user2", request.user.pk, secure=True, httponly=True)
    return response

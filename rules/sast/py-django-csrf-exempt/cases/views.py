from django.http import JsonResponse
from django.urls import path
from django.utils.decorators import method_decorator
from django.views import View
from django.views.decorators import csrf
from django.views.decorators.csrf import csrf_exempt, csrf_protect


# ruleid: py-django-csrf-exempt
@csrf_exempt
def transfer(request):
    return JsonResponse({"ok": True})


# ruleid: py-django-csrf-exempt
@csrf.csrf_exempt
def settings_view(request):
    return JsonResponse({"ok": True})


# suppressed: py-django-csrf-exempt
@csrf_exempt  # preflight-ignore:py-django-csrf-exempt webhook authenticated by its signature below
def stripe_webhook(request):
    verify_signature(request.body, request.headers["Stripe-Signature"])
    return JsonResponse({"ok": True})


# ok: py-django-csrf-exempt
@csrf_protect
def profile(request):
    return JsonResponse({"ok": True})


# ruleid: py-django-csrf-exempt
@method_decorator(csrf_exempt, name="dispatch")
class HookView(View):
    def post(self, request):
        return JsonResponse({"ok": True})


# ok: py-django-csrf-exempt
@method_decorator(csrf_protect, name="dispatch")
class FormView(View):
    def post(self, request):
        return JsonResponse({"ok": True})


urlpatterns = [
    # ruleid: py-django-csrf-exempt
    path("legacy/", csrf_exempt(profile)),
    # ok: py-django-csrf-exempt
    path("profile/", profile),
]

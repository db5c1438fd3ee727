# preflight-bench: safe CWE-352 -- csrf_protect on the view
from django.http import JsonResponse
from django.views.decorators.csrf import csrf_protect

from accounts.models import Profile


@csrf_protect
def change_email(request):
    profile = Profile.objects.get(user=request.user)
    profile.email = request.POST["email"]
    profile.save()
    return JsonResponse({"ok": True})

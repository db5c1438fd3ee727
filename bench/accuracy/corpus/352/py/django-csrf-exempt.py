# preflight-bench: vulnerable CWE-352 sink-line: 8
from django.http import JsonResponse
from django.views.decorators.csrf import csrf_exempt

from accounts.models import Profile


@csrf_exempt
def change_email(request):
    profile = Profile.objects.get(user=request.user)
    profile.email = request.POST["email"]
    profile.save()
    return JsonResponse({"ok": True})

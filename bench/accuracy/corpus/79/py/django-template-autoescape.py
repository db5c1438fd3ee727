# preflight-bench: safe CWE-79 -- autoescaped template variable
from django.shortcuts import render


def profile(request):
    bio = request.POST.get("bio", "")
    return render(request, "profile.html", {"bio": bio})

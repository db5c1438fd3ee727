# preflight-bench: safe CWE-918 -- constant URL, user value as a query parameter
import requests
from django.http import JsonResponse


def weather(request):
    city = request.GET.get("city", "Paris")
    answer = requests.get("https://weather.example.com/v1/today", params={"city": city}, timeout=5)
    return JsonResponse(answer.json())

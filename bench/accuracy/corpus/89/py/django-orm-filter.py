# preflight-bench: safe CWE-89 -- ORM filter
from django.http import JsonResponse

from shop.models import Order


def orders(request):
    status = request.GET.get("status", "open")
    rows = list(Order.objects.filter(status=status).values("id", "total"))
    return JsonResponse({"orders": rows})

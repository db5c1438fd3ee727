# preflight-bench: vulnerable CWE-89 sink-line: 9
from django.db import connection
from django.http import JsonResponse


def orders(request):
    status = request.GET.get("status", "open")
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT id, total FROM orders WHERE status = '{status}'")
        rows = cursor.fetchall()
    return JsonResponse({"orders": rows})

from django.db import connection
from django.db.models.expressions import RawSQL
from django.http import JsonResponse

from .models import User


def search(request):
    term = request.GET["q"]
    # ruleid: py-sql-injection
    users = User.objects.raw("SELECT * FROM app_user WHERE name LIKE '%%" + term + "%%'")
    # ruleid: py-sql-injection
    User.objects.extra(where=["name = '%s'" % term])
    # ruleid: py-sql-injection
    User.objects.annotate(score=RawSQL(f"SELECT score FROM s WHERE name = '{term}'", ()))
    with connection.cursor() as cursor:
        # ruleid: py-sql-injection
        cursor.execute("UPDATE app_user SET seen = 1 WHERE name = '" + term + "'")
        # ok: py-sql-injection (parameters)
        cursor.execute("UPDATE app_user SET seen = 1 WHERE name = %s", [term])
    # ok: py-sql-injection (parameters)
    User.objects.raw("SELECT * FROM app_user WHERE name = %s", [term])
    # ok: py-sql-injection (extra with params)
    User.objects.extra(where=["name = %s"], params=[term])
    return JsonResponse({"count": len(list(users))})

# preflight-bench: vulnerable CWE-94 sink-line: 7
from django.http import JsonResponse


def transform(request):
    code = request.POST["code"]
    program = compile(code, "<user>", "exec")
    namespace = {"rows": [1, 2, 3]}
    exec(program, namespace)
    return JsonResponse({"rows": namespace["rows"]})

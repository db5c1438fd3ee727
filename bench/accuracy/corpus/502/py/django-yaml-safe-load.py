# preflight-bench: safe CWE-502 -- yaml.safe_load
import yaml
from django.http import JsonResponse


def import_config(request):
    upload = request.FILES["config"].read()
    config = yaml.safe_load(upload)
    return JsonResponse({"sections": list(config)})

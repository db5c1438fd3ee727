# preflight-bench: vulnerable CWE-502 sink-line: 8
import yaml
from django.http import JsonResponse


def import_config(request):
    upload = request.FILES["config"].read()
    config = yaml.load(upload, Loader=yaml.Loader)
    return JsonResponse({"sections": list(config)})

# preflight-bench: safe CWE-611 -- lxml parser with entity resolution and network off
from django.http import JsonResponse
from lxml import etree

SAFE_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)


def upload(request):
    root = etree.fromstring(request.body, SAFE_PARSER)
    return JsonResponse({"tag": root.tag})

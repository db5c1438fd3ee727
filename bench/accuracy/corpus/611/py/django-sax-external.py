# preflight-bench: vulnerable CWE-611 sink-line: 14
import io
import xml.sax
from xml.sax.handler import feature_external_ges

from django.http import JsonResponse


def upload(request):
    parser = xml.sax.make_parser()
    parser.setFeature(feature_external_ges, True)
    handler = xml.sax.ContentHandler()
    parser.setContentHandler(handler)
    parser.parse(io.BytesIO(request.body))
    return JsonResponse({"ok": True})

from django.http import HttpResponse, JsonResponse
from django.views import View
from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe


def profile(request):
    bio = request.GET.get("bio", "")
    # ruleid: py-django-xss
    html = mark_safe("<p>" + bio + "</p>")
    # ruleid: py-django-xss
    link = format_html(f'<a href="{request.GET["url"]}">home</a>')
    # ok: py-django-xss (format_html escapes its arguments)
    fine = format_html("<p>{}</p>", bio)
    # ok: py-django-xss (escaped first)
    marked = mark_safe("<p>%s</p>" % escape(bio))
    # ok: py-django-xss (plain text content type)
    HttpResponse(bio, content_type="text/plain")
    # ok: py-django-xss (JSON)
    JsonResponse({"bio": bio, "html": str(html), "link": str(link), "fine": fine, "marked": marked})
    # ruleid: py-django-xss
    return HttpResponse("<h1>%s</h1>" % bio)


class Search:
    def get(self, request):
        query = request.GET["q"]
        # ruleid: py-django-xss
        return HttpResponse(f"Results for {query}")


class Detail(View):
    def get(self, *args, **kwargs):
        # ruleid: py-django-xss
        return HttpResponse("<p>%s</p>" % self.request.GET.get("note", ""))

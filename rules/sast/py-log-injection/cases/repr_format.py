import logging

from django.http import HttpResponse

log = logging.getLogger("orders")


def lookup(request):
    order = request.GET.get("order", "")
    note = request.GET.get("note", "")
    # ok: py-log-injection (%r logs the escaped repr)
    log.info("order lookup %r", order)
    # ruleid: py-log-injection (the second argument is logged with %s)
    log.info("order %r note %s", order, note)
    # ok: py-log-injection (%% is a literal percent sign; both values through %r)
    log.warning("100%% of %r at %-10r", order, note)
    # ruleid: py-log-injection (the format itself is built from input)
    log.info("order " + order + " %r", note)
    # ok: py-log-injection (logging.log: level first, then the format)
    log.log(logging.INFO, "order %r", order)
    # ruleid: py-log-injection
    log.log(logging.INFO, "order %s", order)
    return HttpResponse("ok")

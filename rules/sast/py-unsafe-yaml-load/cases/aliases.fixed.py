import yaml as y
from yaml import Loader, SafeLoader, load


def read(text):
    # ruleid: py-unsafe-yaml-load
    a = y.safe_load(text)
    # ruleid: py-unsafe-yaml-load
    b = load(text, Loader)
    # ruleid: py-unsafe-yaml-load
    c = y.full_load(text)
    # ok: py-unsafe-yaml-load (a safe loader passed positionally)
    d = y.load(text, y.SafeLoader)
    # ok: py-unsafe-yaml-load
    e = load(text, Loader=SafeLoader)
    # ok: py-unsafe-yaml-load (another module's load)
    f = pickle_free.load(text)
    return a, b, c, d, e, f

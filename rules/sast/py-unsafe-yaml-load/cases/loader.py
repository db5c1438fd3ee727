import yaml


def read(text, stream):
    # ruleid: py-unsafe-yaml-load
    a = yaml.load(text)
    # ruleid: py-unsafe-yaml-load
    b = yaml.load(text, Loader=yaml.Loader)
    # ruleid: py-unsafe-yaml-load
    c = yaml.unsafe_load(stream)
    # ok: py-unsafe-yaml-load
    d = yaml.load(text, Loader=yaml.SafeLoader)
    # ok: py-unsafe-yaml-load
    e = yaml.safe_load(text)
    # ok: py-unsafe-yaml-load (another module's load)
    f = json.load(stream)
    return a, b, c, d, e, f

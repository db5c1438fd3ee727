import ssl

from OpenSSL import SSL


def contexts(sock):
    # ruleid: py-weak-tls-version
    legacy = ssl.SSLContext(ssl.PROTOCOL_TLSv1)
    # ruleid: py-weak-tls-version
    pyopenssl = SSL.Context(SSL.SSLv3_METHOD)
    modern = ssl.create_default_context()
    # ruleid: py-weak-tls-version
    modern.minimum_version = ssl.TLSVersion.TLSv1_2
    strict = ssl.create_default_context()
    # ok: py-weak-tls-version
    strict.minimum_version = ssl.TLSVersion.TLSv1_2
    # ok: py-weak-tls-version
    client = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    # ruleid: py-weak-tls-version
    wrapped = ssl.wrap_socket(sock, ssl_version=ssl.PROTOCOL_SSLv3)
    # ok: py-weak-tls-version (a table mapping protocol names, not a selection)
    table = {ssl.PROTOCOL_TLSv1: SSL.TLSv1_METHOD}
    # ok: py-weak-tls-version (filling such a table)
    table[ssl.PROTOCOL_SSLv3] = SSL.SSLv3_METHOD
    # ok: py-weak-tls-version (a comparison, not a setting)
    if strict.minimum_version == ssl.TLSVersion.TLSv1:
        raise RuntimeError("too old")
    return legacy, pyopenssl, modern, strict, client, wrapped, table

import tempfile
from tempfile import mktemp as make_name


def export(data: bytes) -> str:
    # ruleid: py-tempfile-mktemp
    path = tempfile.mktemp(suffix=".csv")
    with open(path, "wb") as handle:
        handle.write(data)
    # ruleid: py-tempfile-mktemp
    other = make_name()
    # ok: py-tempfile-mktemp
    fd, safe = tempfile.mkstemp(suffix=".csv")
    # ok: py-tempfile-mktemp
    with tempfile.NamedTemporaryFile(delete=False) as handle:
        handle.write(data)
    # ok: py-tempfile-mktemp (another library's mktemp)
    remote = sftp.mktemp()
    return path + other + safe + remote + str(fd)

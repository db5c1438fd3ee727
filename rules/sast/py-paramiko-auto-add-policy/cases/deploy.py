import paramiko
from paramiko import WarningPolicy


def connect(host: str):
    client = paramiko.SSHClient()
    # ruleid: py-paramiko-auto-add-policy
    client.set_missing_host_key_policy(paramiko.AutoAddPolicy())
    # ruleid: py-paramiko-auto-add-policy
    client.set_missing_host_key_policy(WarningPolicy)
    # ok: py-paramiko-auto-add-policy
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    client.load_system_host_keys()
    client.connect(host)
    return client

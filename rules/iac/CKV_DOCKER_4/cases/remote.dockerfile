FROM alpine:3.20
# ruleid: CKV_DOCKER_4
ADD https://example.com/tool.tar.gz /opt/
# ok: CKV_DOCKER_4
COPY bin/ /usr/local/bin/

FROM debian:12.7
# ruleid: CKV2_DOCKER_3
RUN wget --no-check-certificate https://example.com/tool -O /usr/local/bin/tool
# ok: CKV2_DOCKER_3
RUN wget -q https://example.com/tool -O /usr/local/bin/tool

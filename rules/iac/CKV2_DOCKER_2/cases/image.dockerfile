FROM debian:12.7
# ruleid: CKV2_DOCKER_2
RUN curl -sk https://example.com/tool -o /usr/local/bin/tool
# ok: CKV2_DOCKER_2
RUN curl -fsSL https://example.com/tool -o /usr/local/bin/tool

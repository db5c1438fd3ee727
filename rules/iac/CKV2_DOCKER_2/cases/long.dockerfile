FROM debian:12.7
# ruleid: CKV2_DOCKER_2
RUN curl --insecure https://example.com/tool -o /usr/local/bin/tool

FROM alpine:3.20
# ruleid: CKV_DOCKER_4
ADD config/ /etc/app/
COPY --chown=10001 bin/ /usr/local/bin/
USER 10001

FROM alpine:3.20
USER root
RUN apk add --no-cache curl
# ok: CKV_DOCKER_8
USER 10001

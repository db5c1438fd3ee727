FROM debian:12.7
# ok: CKV_DOCKER_9
RUN apt-get update && apt-get install -y curl

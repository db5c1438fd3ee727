FROM debian:12.7
# ok: CKV_DOCKER_5
RUN apt-get update && apt-get install -y --no-install-recommends curl

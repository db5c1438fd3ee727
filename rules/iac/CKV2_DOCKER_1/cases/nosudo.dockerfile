FROM debian:12.7
# ok: CKV2_DOCKER_1
RUN apt-get install -y pseudo-tools

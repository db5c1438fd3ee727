FROM debian:12.7
# ruleid: CKV_DOCKER_9
RUN apt update && apt install -y curl

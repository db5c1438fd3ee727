FROM debian:12.7
# ruleid: CKV2_DOCKER_1
RUN sudo apt-get install -y curl

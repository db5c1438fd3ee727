FROM debian:12.7
# ruleid: CKV_DOCKER_5
RUN apt-get update
RUN echo ready

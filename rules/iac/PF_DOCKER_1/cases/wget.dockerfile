FROM debian:12.7
# ruleid: PF_DOCKER_1
RUN wget -qO- https://example.com/install.sh | sudo /bin/bash -s -- --yes

FROM debian:12.7
# ruleid: PF_DOCKER_1
RUN curl -fsSL https://example.com/install.sh | sh
# ok: PF_DOCKER_1
RUN curl -fsSL -o /tmp/install.sh https://example.com/install.sh && sh /tmp/install.sh

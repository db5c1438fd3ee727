FROM alpine:3.20
USER 10001
RUN echo hello
# ruleid: CKV_DOCKER_8
USER 10001
CMD ["sh"]

FROM node:20.18-alpine
# ruleid: CKV_DOCKER_10
WORKDIR app
# ok: CKV_DOCKER_10
WORKDIR /srv/app

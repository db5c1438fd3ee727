# ruleid: CKV_DOCKER_2
FROM node:20.18-alpine
CMD ["node", "server.js"]

# ok: CKV_DOCKER_2
FROM node:20.18-alpine
HEALTHCHECK --interval=30s CMD wget -qO- http://localhost:3000/healthz || exit 1
CMD ["node", "server.js"]

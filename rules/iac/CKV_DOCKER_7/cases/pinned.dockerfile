# ok: CKV_DOCKER_7
FROM golang:1.23.2 AS build
# ok: CKV_DOCKER_7
FROM scratch
COPY --from=build /app /app

# ok: CKV_DOCKER_11
FROM golang:1.23.2 AS build
RUN go build -o /api ./cmd/api

# ruleid: CKV_DOCKER_11
FROM node:20.18-alpine AS build
RUN npm ci && npm run build

FROM gcr.io/distroless/static:nonroot
COPY --from=build /api /api

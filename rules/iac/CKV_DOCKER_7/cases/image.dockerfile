# ruleid: CKV_DOCKER_7
FROM golang AS build
RUN go build -o /app ./cmd/app

# ok: CKV_DOCKER_7 (an earlier stage)
FROM build AS test
RUN go test ./...

FROM alpine:3.20
COPY --from=build /app /app

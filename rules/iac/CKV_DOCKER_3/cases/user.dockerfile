# ok: CKV_DOCKER_3
FROM python:3.12-slim
RUN useradd --uid 10001 app
USER app
CMD ["python", "/app/main.py"]

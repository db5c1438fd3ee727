# ruleid: CKV_DOCKER_3
FROM python:3.12-slim
COPY app /app
USER 10001
CMD ["python", "/app/main.py"]

# ruleid: CKV_DOCKER_3
FROM python:3.12-slim
COPY app /app
CMD ["python", "/app/main.py"]

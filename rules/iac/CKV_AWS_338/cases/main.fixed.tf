resource "aws_cloudwatch_log_group" "month" {
  name              = "/app/month"
  # ruleid: CKV_AWS_338
  retention_in_days = 365
}

# ruleid: CKV_AWS_338
resource "aws_cloudwatch_log_group" "unset" {
  retention_in_days = 365
  name = "/app/unset"
}

# ok: CKV_AWS_338
resource "aws_cloudwatch_log_group" "year" {
  name              = "/app/year"
  retention_in_days = 365
}

# ok: CKV_AWS_338 (never expire)
resource "aws_cloudwatch_log_group" "forever" {
  name              = "/app/forever"
  retention_in_days = 0
}

# ok: CKV_AWS_338 (decided at plan time)
resource "aws_cloudwatch_log_group" "from_variable" {
  name              = "/app/variable"
  retention_in_days = var.retention
}

resource "aws_cloudwatch_log_group" "debug" {
  # checkov:skip=CKV_AWS_338:debug logs, a filtered copy goes to S3
  name              = "/app/debug"
  # suppressed: CKV_AWS_338
  retention_in_days = 7
}

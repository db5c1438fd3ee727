# ruleid: CKV_AWS_66
resource "aws_cloudwatch_log_group" "forever" {
  retention_in_days = 365
  name = "/app/forever"
}

# ok: CKV_AWS_66
resource "aws_cloudwatch_log_group" "year" {
  name              = "/app/year"
  retention_in_days = 365
}

# ok: CKV_AWS_66 (a variable still specifies retention)
resource "aws_cloudwatch_log_group" "from_variable" {
  name              = "/app/variable"
  retention_in_days = var.retention
}

# suppressed: CKV_AWS_66
resource "aws_cloudwatch_log_group" "audit" {
  # checkov:skip=CKV_AWS_66:audit trail, kept forever on purpose
  name = "/audit"
}

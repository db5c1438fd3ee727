# ruleid: CKV_AWS_158
resource "aws_cloudwatch_log_group" "plain" {
  name              = "/app/plain"
  retention_in_days = 365
}

# ok: CKV_AWS_158
resource "aws_cloudwatch_log_group" "encrypted" {
  name              = "/app/encrypted"
  retention_in_days = 365
  kms_key_id        = aws_kms_key.logs.arn
}

# suppressed: CKV_AWS_158
resource "aws_cloudwatch_log_group" "vpc_flow" {
  # checkov:skip=CKV_AWS_158:flow logs only, no payloads
  name              = "/vpc/flow"
  retention_in_days = 365
}

# ruleid: CKV_AWS_27
resource "aws_sqs_queue" "plain" {
  name = "plain"
}

resource "aws_sqs_queue" "sse_off" {
  name                    = "sse-off"
  # ruleid: CKV_AWS_27
  sqs_managed_sse_enabled = false
}

# ok: CKV_AWS_27
resource "aws_sqs_queue" "sse_sqs" {
  name                    = "sse-sqs"
  sqs_managed_sse_enabled = true
}

# ok: CKV_AWS_27
resource "aws_sqs_queue" "kms" {
  name              = "kms"
  kms_master_key_id = aws_kms_key.queue.arn
}

# suppressed: CKV_AWS_27
resource "aws_sqs_queue" "public_events" {
  # checkov:skip=CKV_AWS_27:carries public status events only
  name = "public-events"
}

# ruleid: CKV_AWS_241
resource "aws_kinesis_firehose_delivery_stream" "plain" {
  name        = "events"
  destination = "extended_s3"

  extended_s3_configuration {
    role_arn   = aws_iam_role.firehose.arn
    bucket_arn = aws_s3_bucket.events.arn
  }
}

resource "aws_kinesis_firehose_delivery_stream" "aws_owned" {
  name        = "events"
  destination = "extended_s3"

  extended_s3_configuration {
    role_arn   = aws_iam_role.firehose.arn
    bucket_arn = aws_s3_bucket.events.arn
  }

  # ruleid: CKV_AWS_241
  server_side_encryption {
    enabled = true
  }
}

resource "aws_kinesis_firehose_delivery_stream" "aws_owned_explicit" {
  name        = "events"
  destination = "extended_s3"

  extended_s3_configuration {
    role_arn   = aws_iam_role.firehose.arn
    bucket_arn = aws_s3_bucket.events.arn
  }

  server_side_encryption {
    enabled  = true
    # ruleid: CKV_AWS_241
    key_type = "AWS_OWNED_CMK"
  }
}

# ok: CKV_AWS_241
resource "aws_kinesis_firehose_delivery_stream" "cmk" {
  name        = "events"
  destination = "extended_s3"

  extended_s3_configuration {
    role_arn   = aws_iam_role.firehose.arn
    bucket_arn = aws_s3_bucket.events.arn
  }

  server_side_encryption {
    enabled  = true
    key_type = "CUSTOMER_MANAGED_CMK"
    key_arn  = aws_kms_key.firehose.arn
  }
}

# suppressed: CKV_AWS_241
resource "aws_kinesis_firehose_delivery_stream" "public_logs" {
  # checkov:skip=CKV_AWS_241:public access logs
  name        = "events"
  destination = "extended_s3"

  extended_s3_configuration {
    role_arn   = aws_iam_role.firehose.arn
    bucket_arn = aws_s3_bucket.events.arn
  }
}

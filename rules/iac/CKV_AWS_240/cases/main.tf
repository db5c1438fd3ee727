# ruleid: CKV_AWS_240
resource "aws_kinesis_firehose_delivery_stream" "plain" {
  name        = "events"
  destination = "extended_s3"

  extended_s3_configuration {
    role_arn   = aws_iam_role.firehose.arn
    bucket_arn = aws_s3_bucket.events.arn
  }
}

resource "aws_kinesis_firehose_delivery_stream" "disabled" {
  name        = "events"
  destination = "extended_s3"

  extended_s3_configuration {
    role_arn   = aws_iam_role.firehose.arn
    bucket_arn = aws_s3_bucket.events.arn
  }

  server_side_encryption {
    # ruleid: CKV_AWS_240
    enabled = false
  }
}

# ok: CKV_AWS_240
resource "aws_kinesis_firehose_delivery_stream" "encrypted" {
  name        = "events"
  destination = "extended_s3"

  extended_s3_configuration {
    role_arn   = aws_iam_role.firehose.arn
    bucket_arn = aws_s3_bucket.events.arn
  }

  server_side_encryption {
    enabled = true
  }
}

# ok: CKV_AWS_240 (the source stream's encryption applies)
resource "aws_kinesis_firehose_delivery_stream" "from_stream" {
  name        = "events"
  destination = "extended_s3"

  extended_s3_configuration {
    role_arn   = aws_iam_role.firehose.arn
    bucket_arn = aws_s3_bucket.events.arn
  }

  kinesis_source_configuration {
    kinesis_stream_arn = aws_kinesis_stream.clicks.arn
    role_arn           = aws_iam_role.firehose.arn
  }
}

# suppressed: CKV_AWS_240
resource "aws_kinesis_firehose_delivery_stream" "public_logs" {
  # checkov:skip=CKV_AWS_240:public access logs
  name        = "events"
  destination = "extended_s3"

  extended_s3_configuration {
    role_arn   = aws_iam_role.firehose.arn
    bucket_arn = aws_s3_bucket.events.arn
  }
}

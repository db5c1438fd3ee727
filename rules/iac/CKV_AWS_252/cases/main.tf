# ruleid: CKV_AWS_252
resource "aws_cloudtrail" "silent" {
  name           = "audit"
  s3_bucket_name = aws_s3_bucket.trail.id
}

# ok: CKV_AWS_252
resource "aws_cloudtrail" "notifying" {
  name           = "audit"
  s3_bucket_name = aws_s3_bucket.trail.id
  sns_topic_name = aws_sns_topic.trail.name
}

# suppressed: CKV_AWS_252
resource "aws_cloudtrail" "polled" {
  # checkov:skip=CKV_AWS_252:the SIEM polls the bucket
  name           = "audit"
  s3_bucket_name = aws_s3_bucket.trail.id
}

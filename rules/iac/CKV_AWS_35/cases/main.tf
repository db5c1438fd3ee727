# ruleid: CKV_AWS_35
resource "aws_cloudtrail" "unencrypted" {
  name           = "audit"
  s3_bucket_name = aws_s3_bucket.trail.id
}

# ok: CKV_AWS_35
resource "aws_cloudtrail" "encrypted" {
  name           = "audit"
  s3_bucket_name = aws_s3_bucket.trail.id
  kms_key_id     = aws_kms_key.trail.arn
}

# suppressed: CKV_AWS_35
resource "aws_cloudtrail" "sandbox" {
  # checkov:skip=CKV_AWS_35:sandbox account, no production data
  name           = "audit"
  s3_bucket_name = aws_s3_bucket.trail.id
}

# ruleid: CKV_AWS_36
resource "aws_cloudtrail" "missing" {
  name           = "audit"
  s3_bucket_name = aws_s3_bucket.trail.id
}

resource "aws_cloudtrail" "disabled" {
  name           = "audit"
  s3_bucket_name = aws_s3_bucket.trail.id
  # ruleid: CKV_AWS_36
  enable_log_file_validation = false
}

# ok: CKV_AWS_36
resource "aws_cloudtrail" "enabled" {
  name           = "audit"
  s3_bucket_name = aws_s3_bucket.trail.id
  enable_log_file_validation = true
}

# ok: CKV_AWS_36 (decided at plan time)
resource "aws_cloudtrail" "from_variable" {
  name           = "audit"
  s3_bucket_name = aws_s3_bucket.trail.id
  enable_log_file_validation = var.trail_setting
}

# suppressed: CKV_AWS_36
resource "aws_cloudtrail" "sandbox" {
  # checkov:skip=CKV_AWS_36:sandbox account, organisation trail covers it
  name           = "audit"
  s3_bucket_name = aws_s3_bucket.trail.id
}

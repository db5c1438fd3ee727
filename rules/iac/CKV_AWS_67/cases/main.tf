# ruleid: CKV_AWS_67
resource "aws_cloudtrail" "missing" {
  name           = "audit"
  s3_bucket_name = aws_s3_bucket.trail.id
}

resource "aws_cloudtrail" "disabled" {
  name           = "audit"
  s3_bucket_name = aws_s3_bucket.trail.id
  # ruleid: CKV_AWS_67
  is_multi_region_trail = false
}

# ok: CKV_AWS_67
resource "aws_cloudtrail" "enabled" {
  name           = "audit"
  s3_bucket_name = aws_s3_bucket.trail.id
  is_multi_region_trail = true
}

# ok: CKV_AWS_67 (decided at plan time)
resource "aws_cloudtrail" "from_variable" {
  name           = "audit"
  s3_bucket_name = aws_s3_bucket.trail.id
  is_multi_region_trail = var.trail_setting
}

# suppressed: CKV_AWS_67
resource "aws_cloudtrail" "sandbox" {
  # checkov:skip=CKV_AWS_67:sandbox account, organisation trail covers it
  name           = "audit"
  s3_bucket_name = aws_s3_bucket.trail.id
}

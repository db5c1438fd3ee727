# ruleid: CKV2_AWS_10
resource "aws_cloudtrail" "s3_only" {
  name           = "audit"
  s3_bucket_name = aws_s3_bucket.trail.id
}

resource "aws_cloudtrail" "literal_group" {
  name           = "audit"
  s3_bucket_name = aws_s3_bucket.trail.id
  # ruleid: CKV2_AWS_10
  cloud_watch_logs_group_arn = "arn:aws:logs:eu-west-1:111122223333:log-group:trail:*"
  cloud_watch_logs_role_arn  = aws_iam_role.trail_to_logs.arn
}

# ok: CKV2_AWS_10
resource "aws_cloudtrail" "integrated" {
  name           = "audit"
  s3_bucket_name = aws_s3_bucket.trail.id
  cloud_watch_logs_group_arn = "${aws_cloudwatch_log_group.trail.arn}:*"
  cloud_watch_logs_role_arn  = aws_iam_role.trail_to_logs.arn
}

# ok: CKV2_AWS_10 (decided at plan time)
resource "aws_cloudtrail" "from_variable" {
  name           = "audit"
  s3_bucket_name = aws_s3_bucket.trail.id
  cloud_watch_logs_group_arn = var.log_group_arn
}

# suppressed: CKV2_AWS_10
resource "aws_cloudtrail" "org_trail_member" {
  # checkov:skip=CKV2_AWS_10:the organisation trail feeds CloudWatch
  name           = "audit"
  s3_bucket_name = aws_s3_bucket.trail.id
}

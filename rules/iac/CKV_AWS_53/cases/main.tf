# ruleid: CKV_AWS_53
resource "aws_s3_bucket_public_access_block" "missing" {
  bucket = aws_s3_bucket.data.id
}

resource "aws_s3_bucket_public_access_block" "disabled" {
  bucket = aws_s3_bucket.logs.id
  # ruleid: CKV_AWS_53
  block_public_acls = false
}

# ok: CKV_AWS_53
resource "aws_s3_bucket_public_access_block" "locked" {
  bucket                  = aws_s3_bucket.private.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

# ok: CKV_AWS_53 (decided at plan time)
resource "aws_s3_bucket_public_access_block" "from_variable" {
  bucket = aws_s3_bucket.data.id
  block_public_acls = var.block_public
}

# suppressed: CKV_AWS_53
resource "aws_s3_bucket_public_access_block" "website" {
  # checkov:skip=CKV_AWS_53:static website bucket, reviewed
  bucket = aws_s3_bucket.website.id
}

# ruleid: CKV_AWS_54
resource "aws_s3_bucket_public_access_block" "missing" {
  block_public_policy = true
  bucket = aws_s3_bucket.data.id
}

resource "aws_s3_bucket_public_access_block" "disabled" {
  bucket = aws_s3_bucket.logs.id
  # ruleid: CKV_AWS_54
  block_public_policy = true
}

# ok: CKV_AWS_54
resource "aws_s3_bucket_public_access_block" "locked" {
  bucket                  = aws_s3_bucket.private.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

# ok: CKV_AWS_54 (decided at plan time)
resource "aws_s3_bucket_public_access_block" "from_variable" {
  bucket = aws_s3_bucket.data.id
  block_public_policy = var.block_public
}

# suppressed: CKV_AWS_54
resource "aws_s3_bucket_public_access_block" "website" {
  # checkov:skip=CKV_AWS_54:static website bucket, reviewed
  bucket = aws_s3_bucket.website.id
}

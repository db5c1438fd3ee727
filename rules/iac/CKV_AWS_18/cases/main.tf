# ruleid: CKV_AWS_18
resource "aws_s3_bucket" "no_logging" {
  bucket = "no-logging"
}

# ok: CKV_AWS_18 (provider v4+: a logging resource refers to the bucket)
resource "aws_s3_bucket" "split" {
  bucket = "split"
}

resource "aws_s3_bucket_logging" "split" {
  bucket        = aws_s3_bucket.split.id
  target_bucket = aws_s3_bucket.access_logs.id
  target_prefix = "split/"
}

# ok: CKV_AWS_18 (inline logging block)
resource "aws_s3_bucket" "inline" {
  bucket = "inline"
  logging {
    target_bucket = aws_s3_bucket.access_logs.id
    target_prefix = "inline/"
  }
}

# ruleid: CKV_AWS_18 (a logging resource for another bucket whose name starts the same does not count)
resource "aws_s3_bucket" "split_other" {
  bucket = "split-other"
}

resource "aws_s3_bucket_logging" "split_other_archive" {
  bucket        = aws_s3_bucket.split_other_archive.id
  target_bucket = aws_s3_bucket.access_logs.id
}

# suppressed: CKV_AWS_18
resource "aws_s3_bucket" "scratch" {
  # checkov:skip=CKV_AWS_18:scratch data, nobody reads it
  bucket = "scratch"
}

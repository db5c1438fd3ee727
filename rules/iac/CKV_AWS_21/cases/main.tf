resource "aws_s3_bucket_versioning" "suspended" {
  bucket = aws_s3_bucket.data.id
  versioning_configuration {
    # ruleid: CKV_AWS_21
    status = "Suspended"
  }
}

resource "aws_s3_bucket" "legacy_disabled" {
  bucket = "legacy-disabled"
  versioning {
    # ruleid: CKV_AWS_21
    enabled = false
  }
}

resource "aws_s3_bucket" "legacy_block_without_flag" {
  bucket = "legacy-block"
  # ruleid: CKV_AWS_21
  versioning {
    mfa_delete = false
  }
}

# ok: CKV_AWS_21
resource "aws_s3_bucket_versioning" "enabled" {
  bucket = aws_s3_bucket.data.id
  versioning_configuration {
    status = "Enabled"
  }
}

# ok: CKV_AWS_21 (versioning lives in another resource, which this check cannot see)
resource "aws_s3_bucket" "data" {
  bucket = "data"
}

# ok: CKV_AWS_21 (decided at plan time)
resource "aws_s3_bucket_versioning" "from_variable" {
  bucket = aws_s3_bucket.data.id
  versioning_configuration {
    status = var.versioning_status
  }
}

resource "aws_s3_bucket" "scratch" {
  # checkov:skip=CKV_AWS_21:scratch data, rebuilt every night
  bucket = "scratch"
  versioning {
    # suppressed: CKV_AWS_21
    enabled = false
  }
}

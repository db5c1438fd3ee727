# ruleid: CKV_AWS_21 (the versioning resource suspends it)
resource "aws_s3_bucket" "suspended" {
  bucket = "suspended"
}

resource "aws_s3_bucket_versioning" "suspended" {
  bucket = aws_s3_bucket.suspended.id
  versioning_configuration {
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

# ok: CKV_AWS_21 (inline, provider v3 style)
resource "aws_s3_bucket" "legacy_enabled" {
  bucket = "legacy-enabled"
  versioning {
    enabled = true
  }
}

# ok: CKV_AWS_21 (provider v4+: a versioning resource refers to the bucket)
resource "aws_s3_bucket" "data" {
  bucket = "data"
}

resource "aws_s3_bucket_versioning" "data" {
  bucket = aws_s3_bucket.data.id
  versioning_configuration {
    status = "Enabled"
  }
}

# ruleid: CKV_AWS_21 (neither an inline block nor a versioning resource)
resource "aws_s3_bucket" "bare" {
  bucket = "bare"
}

# ok: CKV_AWS_21 (decided at plan time)
resource "aws_s3_bucket" "configurable" {
  bucket = "configurable"
}

resource "aws_s3_bucket_versioning" "configurable" {
  bucket = aws_s3_bucket.configurable.id
  versioning_configuration {
    status = var.versioning_status
  }
}

# suppressed: CKV_AWS_21
resource "aws_s3_bucket" "scratch" {
  # checkov:skip=CKV_AWS_21:scratch data, rebuilt every night
  bucket = "scratch"
}

resource "aws_s3_bucket_versioning" "scratch" {
  bucket = aws_s3_bucket.scratch.id
  versioning_configuration {
    status = "Suspended"
  }
}

# ruleid: CKV_AWS_52
resource "aws_s3_bucket" "no_versioning_block" {
  bucket = "plain"
}

resource "aws_s3_bucket" "versioned_only" {
  bucket = "versioned"
  # ruleid: CKV_AWS_52
  versioning {
    enabled = true
  }
}

resource "aws_s3_bucket" "mfa_off" {
  bucket = "mfa-off"
  versioning {
    enabled    = true
    # ruleid: CKV_AWS_52
    mfa_delete = false
  }
}

# ok: CKV_AWS_52
resource "aws_s3_bucket" "records" {
  bucket = "records"
  versioning {
    enabled    = true
    mfa_delete = true
  }
}

# suppressed: CKV_AWS_52
resource "aws_s3_bucket" "build_cache" {
  # checkov:skip=CKV_AWS_52:cache, safe to lose
  bucket = "build-cache"
}

# ruleid: CKV_AWS_145 (the encryption resource uses SSE-S3)
resource "aws_s3_bucket" "sse_s3" {
  bucket = "sse-s3"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "sse_s3" {
  bucket = aws_s3_bucket.sse_s3.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256"
    }
  }
}

resource "aws_s3_bucket" "legacy" {
  bucket = "legacy"
  server_side_encryption_configuration {
    rule {
      apply_server_side_encryption_by_default {
        # ruleid: CKV_AWS_145
        sse_algorithm = "AES256"
      }
    }
  }
}

# ok: CKV_AWS_145 (inline, provider v3 style)
resource "aws_s3_bucket" "legacy_kms" {
  bucket = "legacy-kms"
  server_side_encryption_configuration {
    rule {
      apply_server_side_encryption_by_default {
        sse_algorithm     = "aws:kms"
        kms_master_key_id = aws_kms_key.s3.arn
      }
    }
  }
}

# ok: CKV_AWS_145 (provider v4+: an encryption resource refers to the bucket)
resource "aws_s3_bucket" "data" {
  bucket = "data"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "kms" {
  bucket = aws_s3_bucket.data.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = aws_kms_key.s3.arn
    }
    bucket_key_enabled = true
  }
}

# ok: CKV_AWS_145
resource "aws_s3_bucket" "dsse" {
  bucket = "dsse"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "dsse" {
  bucket = aws_s3_bucket.dsse.bucket
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms:dsse"
    }
  }
}

# ruleid: CKV_AWS_145 (no default encryption configured at all: S3 applies SSE-S3)
resource "aws_s3_bucket" "bare" {
  bucket = "bare"
}

# suppressed: CKV_AWS_145
resource "aws_s3_bucket" "assets" {
  # checkov:skip=CKV_AWS_145:public website assets, SSE-S3 is enough
  bucket = "assets"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "assets" {
  bucket = aws_s3_bucket.assets.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256"
    }
  }
}

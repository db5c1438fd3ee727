resource "aws_s3_bucket_server_side_encryption_configuration" "sse_s3" {
  bucket = aws_s3_bucket.data.id
  rule {
    apply_server_side_encryption_by_default {
      # ruleid: CKV_AWS_145
      sse_algorithm = "aws:kms"
    }
  }
}

resource "aws_s3_bucket" "legacy" {
  bucket = "legacy"
  server_side_encryption_configuration {
    rule {
      apply_server_side_encryption_by_default {
        # ruleid: CKV_AWS_145
        sse_algorithm = "aws:kms"
      }
    }
  }
}

# ok: CKV_AWS_145
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
resource "aws_s3_bucket_server_side_encryption_configuration" "dsse" {
  bucket = aws_s3_bucket.data.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms:dsse"
    }
  }
}

# ok: CKV_AWS_145 (configured by a separate resource this check cannot see)
resource "aws_s3_bucket" "data" {
  bucket = "data"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "public_assets" {
  # checkov:skip=CKV_AWS_145:public website assets, SSE-S3 is enough
  bucket = aws_s3_bucket.assets.id
  rule {
    apply_server_side_encryption_by_default {
      # suppressed: CKV_AWS_145
      sse_algorithm = "AES256"
    }
  }
}

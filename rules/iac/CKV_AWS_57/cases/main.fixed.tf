resource "aws_s3_bucket" "public_read_write" {
  bucket = "example-public-read-write"
  # ruleid: CKV_AWS_57
  acl    = "private"
}

# ok: CKV_AWS_57 (public read is CKV_AWS_20's business)
resource "aws_s3_bucket" "public_read" {
  bucket = "example-public-read"
  acl    = "public-read"
}

# ok: CKV_AWS_57
resource "aws_s3_bucket" "default" {
  bucket = "example-default"
}

resource "aws_s3_bucket_acl" "public_read_write" {
  bucket = aws_s3_bucket.default.id
  # ruleid: CKV_AWS_57
  acl    = "private"
}

# ok: CKV_AWS_57
resource "aws_s3_bucket_acl" "private" {
  bucket = aws_s3_bucket.default.id
  acl    = "private"
}

resource "aws_s3_bucket_acl" "grant_write" {
  bucket = aws_s3_bucket.default.id

  access_control_policy {
    grant {
      grantee {
        id   = data.aws_canonical_user_id.current.id
        type = "CanonicalUser"
      }
      permission = "FULL_CONTROL"
    }

    # ruleid: CKV_AWS_57
    grant {
      grantee {
        type = "Group"
        uri  = "http://acs.amazonaws.com/groups/global/AuthenticatedUsers"
      }
      permission = "WRITE"
    }

    owner {
      id = data.aws_canonical_user_id.current.id
    }
  }
}

# ok: CKV_AWS_57 (everyone may read, nobody else may write)
resource "aws_s3_bucket_acl" "grant_read" {
  bucket = aws_s3_bucket.default.id

  access_control_policy {
    grant {
      grantee {
        type = "Group"
        uri  = "http://acs.amazonaws.com/groups/global/AllUsers"
      }
      permission = "READ"
    }

    owner {
      id = data.aws_canonical_user_id.current.id
    }
  }
}

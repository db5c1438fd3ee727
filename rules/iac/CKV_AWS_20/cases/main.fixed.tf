resource "aws_s3_bucket" "public_read" {
  bucket = "example-public-read"
  # ruleid: CKV_AWS_20
  acl    = "private"
}

resource "aws_s3_bucket" "public_read_write" {
  bucket = "example-public-read-write"
  # ruleid: CKV_AWS_20
  acl    = "private"
}

resource "aws_s3_bucket" "authenticated_read" {
  bucket = "example-authenticated-read"
  # ruleid: CKV_AWS_20
  acl    = "private"
}

# ok: CKV_AWS_20
resource "aws_s3_bucket" "private" {
  bucket = "example-private"
  acl    = "private"
}

# ok: CKV_AWS_20 (no ACL: buckets are private by default)
resource "aws_s3_bucket" "default" {
  bucket = "example-default"
}

# ok: CKV_AWS_20 (decided at plan time)
resource "aws_s3_bucket" "from_variable" {
  bucket = "example-variable"
  acl    = var.bucket_acl
}

resource "aws_s3_bucket_acl" "public_read" {
  bucket = aws_s3_bucket.default.id
  # ruleid: CKV_AWS_20
  acl    = "private"
}

resource "aws_s3_bucket_acl" "grant_all_users" {
  bucket = aws_s3_bucket.default.id

  access_control_policy {
    # ruleid: CKV_AWS_20
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

# ok: CKV_AWS_20 (log delivery writes, nobody reads publicly)
resource "aws_s3_bucket_acl" "log_delivery" {
  bucket = aws_s3_bucket.default.id

  access_control_policy {
    grant {
      grantee {
        type = "Group"
        uri  = "http://acs.amazonaws.com/groups/s3/LogDelivery"
      }
      permission = "WRITE"
    }

    owner {
      id = data.aws_canonical_user_id.current.id
    }
  }
}

resource "aws_s3_bucket" "website" {
  bucket = "example-website"
  # checkov:skip=CKV_AWS_20:public website content, nothing private in this bucket
  # suppressed: CKV_AWS_20
  acl    = "public-read"
}

# A file with Windows line endings: the inserted lines keep them.
# ruleid: CKV_AWS_28
resource "aws_dynamodb_table" "crlf" {
  name     = "crlf"
  hash_key = "id"

  attribute {
    name = "id"
    type = "S"
  }
  point_in_time_recovery {
    enabled = true
  }
}

resource "aws_dynamodb_table" "crlf_disabled" {
  name     = "crlf-disabled"
  hash_key = "id"

  point_in_time_recovery {
    # ruleid: CKV_AWS_28
    enabled = true
  }
}

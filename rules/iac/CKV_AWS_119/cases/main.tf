# ruleid: CKV_AWS_119
resource "aws_dynamodb_table" "default_key" {
  name         = "orders"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"

  attribute {
    name = "id"
    type = "S"
  }
}

resource "aws_dynamodb_table" "aws_managed" {
  name         = "orders"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"

  attribute {
    name = "id"
    type = "S"
  }

  # ruleid: CKV_AWS_119
  server_side_encryption {
    enabled = true
  }
}

resource "aws_dynamodb_table" "disabled" {
  name         = "orders"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"

  attribute {
    name = "id"
    type = "S"
  }

  server_side_encryption {
    # ruleid: CKV_AWS_119
    enabled     = false
    kms_key_arn = aws_kms_key.dynamodb.arn
  }
}

# ok: CKV_AWS_119
resource "aws_dynamodb_table" "cmk" {
  name         = "orders"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"

  attribute {
    name = "id"
    type = "S"
  }

  server_side_encryption {
    enabled     = true
    kms_key_arn = aws_kms_key.dynamodb.arn
  }
}

# suppressed: CKV_AWS_119
resource "aws_dynamodb_table" "feature_flags" {
  # checkov:skip=CKV_AWS_119:no sensitive data
  name         = "orders"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"

  attribute {
    name = "id"
    type = "S"
  }
}

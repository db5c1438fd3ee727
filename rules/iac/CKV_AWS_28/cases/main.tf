# ruleid: CKV_AWS_28
resource "aws_dynamodb_table" "missing" {
  name         = "orders"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"

  attribute {
    name = "id"
    type = "S"
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

  point_in_time_recovery {
    # ruleid: CKV_AWS_28
    enabled = false
  }
}

# ok: CKV_AWS_28
resource "aws_dynamodb_table" "enabled" {
  name         = "orders"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"

  attribute {
    name = "id"
    type = "S"
  }

  point_in_time_recovery {
    enabled = true
  }
}

# ok: CKV_AWS_28 (decided at plan time)
resource "aws_dynamodb_table" "from_variable" {
  name         = "orders"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"

  attribute {
    name = "id"
    type = "S"
  }

  point_in_time_recovery {
    enabled = var.pitr
  }
}

# suppressed: CKV_AWS_28
resource "aws_dynamodb_table" "sessions" {
  # checkov:skip=CKV_AWS_28:session cache, items expire within an hour
  name         = "orders"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"

  attribute {
    name = "id"
    type = "S"
  }
}

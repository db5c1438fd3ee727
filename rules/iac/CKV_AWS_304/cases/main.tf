resource "aws_secretsmanager_secret_rotation" "half_year" {
  secret_id           = aws_secretsmanager_secret.db.id
  rotation_lambda_arn = aws_lambda_function.rotate.arn

  rotation_rules {
    # ruleid: CKV_AWS_304
    automatically_after_days = 180
  }
}

resource "aws_secretsmanager_secret_rotation" "quarterly_rate" {
  secret_id = aws_secretsmanager_secret.api.id

  rotation_rules {
    # ruleid: CKV_AWS_304
    schedule_expression = "rate(90 days)"
  }
}

# ruleid: CKV_AWS_304
resource "aws_secretsmanager_secret_rotation" "no_rules" {
  secret_id           = aws_secretsmanager_secret.db.id
  rotation_lambda_arn = aws_lambda_function.rotate.arn
}

# ok: CKV_AWS_304
resource "aws_secretsmanager_secret_rotation" "monthly" {
  secret_id           = aws_secretsmanager_secret.db.id
  rotation_lambda_arn = aws_lambda_function.rotate.arn

  rotation_rules {
    automatically_after_days = 30
  }
}

# ok: CKV_AWS_304
resource "aws_secretsmanager_secret_rotation" "weekly_rate" {
  secret_id = aws_secretsmanager_secret.api.id

  rotation_rules {
    schedule_expression = "rate(7 days)"
  }
}

resource "aws_secretsmanager_secret_rotation" "vendor_key" {
  # checkov:skip=CKV_AWS_304:the vendor allows one key change per year
  secret_id = aws_secretsmanager_secret.vendor.id

  rotation_rules {
    # suppressed: CKV_AWS_304
    automatically_after_days = 365
  }
}

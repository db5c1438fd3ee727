resource "aws_iam_policy" "jsonencoded" {
  name = "jsonencoded"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect   = "Allow"
        # ruleid: CKV_AWS_290
        Action   = ["s3:PutObject"]
        Resource = "*"
      },
    ]
  })
}

resource "aws_iam_policy" "heredoc" {
  name   = "heredoc"
  policy = <<-EOF
    {
      "Version": "2012-10-17",
      "Statement": [
        {
          "Effect": "Allow",
          // ruleid: CKV_AWS_290
          "Action": ["s3:PutObject"],
          "Resource": "*"
        }
      ]
    }
  EOF
}

locals {
  broad_statement = {
    Effect   = "Allow"
    Action   = ["s3:PutObject"]
    Resource = "*"
  }
}

resource "aws_iam_policy" "from_local" {
  name = "from-local"
  # ruleid: CKV_AWS_290
  policy = jsonencode({ Version = "2012-10-17", Statement = [local.broad_statement] })
}

resource "aws_iam_policy" "from_document" {
  name = "from-document"
  # ruleid: CKV_AWS_290
  policy = data.aws_iam_policy_document.broad.json
}

data "aws_iam_policy_document" "broad" {
  statement {
    actions   = ["s3:PutObject"]
    resources = ["*"]
  }
}

# ok: CKV_AWS_290 (limited to one bucket)
resource "aws_iam_policy" "scoped" {
  name = "scoped"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = ["s3:PutObject"]
      Resource = "arn:aws:s3:::example-bucket/*"
    }]
  })
}

# ok: CKV_AWS_290
resource "aws_iam_policy" "narrow_actions" {
  name = "narrow-actions"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = ["s3:GetBucketLocation"], Resource = "*" }]
  })
}

# ok: CKV_AWS_290 (a Deny statement takes rights away)
resource "aws_iam_policy" "deny" {
  name = "deny"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{ Effect = "Deny", Action = ["s3:PutObject"], Resource = "*" }]
  })
}

# ok: CKV_AWS_290 (the document is decided at plan time)
resource "aws_iam_policy" "from_variable" {
  name   = "from-variable"
  policy = var.policy_json
}

resource "aws_iam_policy" "accepted" {
  # checkov:skip=CKV_AWS_290:break-glass policy reviewed by security
  name = "accepted"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      # suppressed: CKV_AWS_290
      Action   = ["s3:PutObject"]
      Resource = "*"
    }]
  })
}

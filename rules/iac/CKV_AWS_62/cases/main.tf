resource "aws_iam_policy" "jsonencoded" {
  name = "jsonencoded"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect   = "Allow"
        # ruleid: CKV_AWS_62
        Action   = ["*"]
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
          // ruleid: CKV_AWS_62
          "Action": ["*"],
          "Resource": "*"
        }
      ]
    }
  EOF
}

locals {
  broad_statement = {
    Effect   = "Allow"
    Action   = ["*"]
    Resource = "*"
  }
}

resource "aws_iam_policy" "from_local" {
  name = "from-local"
  # ruleid: CKV_AWS_62
  policy = jsonencode({ Version = "2012-10-17", Statement = [local.broad_statement] })
}

resource "aws_iam_policy" "from_document" {
  name = "from-document"
  # ruleid: CKV_AWS_62
  policy = data.aws_iam_policy_document.broad.json
}

data "aws_iam_policy_document" "broad" {
  statement {
    actions   = ["*"]
    resources = ["*"]
  }
}

# ok: CKV_AWS_62 (limited to one bucket)
resource "aws_iam_policy" "scoped" {
  name = "scoped"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = ["*"]
      Resource = "arn:aws:s3:::example-bucket/*"
    }]
  })
}

# ok: CKV_AWS_62
resource "aws_iam_policy" "narrow_actions" {
  name = "narrow-actions"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = ["s3:GetObject", "s3:ListBucket"], Resource = "*" }]
  })
}

# ok: CKV_AWS_62 (a Deny statement takes rights away)
resource "aws_iam_policy" "deny" {
  name = "deny"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{ Effect = "Deny", Action = ["*"], Resource = "*" }]
  })
}

# ok: CKV_AWS_62 (the document is decided at plan time)
resource "aws_iam_policy" "from_variable" {
  name   = "from-variable"
  policy = var.policy_json
}

resource "aws_iam_role_policy" "inline" {
  name = "inline"
  role = aws_iam_role.app.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      # ruleid: CKV_AWS_62
      Action   = ["*"]
      Resource = "*"
    }]
  })
}

resource "aws_iam_user_policy" "inline" {
  name = "inline"
  user = aws_iam_user.app.name
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      # ruleid: CKV_AWS_62
      Action   = ["*"]
      Resource = "*"
    }]
  })
}

resource "aws_iam_group_policy" "inline" {
  name = "inline"
  group = aws_iam_group.app.name
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      # ruleid: CKV_AWS_62
      Action   = ["*"]
      Resource = "*"
    }]
  })
}

resource "aws_iam_policy" "accepted" {
  # checkov:skip=CKV_AWS_62:break-glass policy reviewed by security
  name = "accepted"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      # suppressed: CKV_AWS_62
      Action   = ["*"]
      Resource = "*"
    }]
  })
}

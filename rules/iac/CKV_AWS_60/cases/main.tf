resource "aws_iam_role" "anyone" {
  name = "anyone"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect    = "Allow"
        Action    = "sts:AssumeRole"
        Principal = { Service = "lambda.amazonaws.com" }
      },
      {
        Effect    = "Allow"
        Action    = "sts:AssumeRole"
        # ruleid: CKV_AWS_60
        Principal = { AWS = ["arn:aws:iam::111122223333:root", "*"] }
      },
    ]
  })
}

resource "aws_iam_role" "heredoc" {
  name               = "heredoc"
  assume_role_policy = <<EOF
{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Action": "sts:AssumeRole",
      // ruleid: CKV_AWS_60
      "Principal": { "AWS": "*" }
    }
  ]
}
EOF
}

data "aws_iam_policy_document" "public_trust" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "AWS"
      identifiers = ["*"]
    }
  }
}

resource "aws_iam_role" "from_document" {
  name               = "from-document"
  # ruleid: CKV_AWS_60
  assume_role_policy = data.aws_iam_policy_document.public_trust.json
}

# ok: CKV_AWS_60
resource "aws_iam_role" "lambda" {
  name = "lambda"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "lambda.amazonaws.com" } }]
  })
}

# ok: CKV_AWS_60 (a Deny statement)
resource "aws_iam_role" "deny_everyone_else" {
  name = "deny-everyone-else"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      { Effect = "Allow", Action = "sts:AssumeRole", Principal = { AWS = "arn:aws:iam::111122223333:role/ci" } },
      { Effect = "Deny", Action = "sts:AssumeRole", Principal = { AWS = "*" } },
    ]
  })
}

# ok: CKV_AWS_60 (decided at plan time)
resource "aws_iam_role" "from_variable" {
  name               = "from-variable"
  assume_role_policy = var.trust_policy
}

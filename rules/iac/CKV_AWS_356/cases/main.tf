data "aws_iam_policy_document" "broad" {
  statement {
    sid       = "Broad"
    effect    = "Allow"
    # ruleid: CKV_AWS_356
    actions   = ["s3:GetObject"]
    resources = ["*"]
  }
}

# ok: CKV_AWS_356 (limited to one bucket)
data "aws_iam_policy_document" "scoped" {
  statement {
    actions   = ["s3:GetObject"]
    resources = ["arn:aws:s3:::example-bucket/*"]
  }
}

# ok: CKV_AWS_356
data "aws_iam_policy_document" "narrow_actions" {
  statement {
    actions   = ["ec2:DescribeInstances", "sts:GetCallerIdentity"]
    resources = ["*"]
  }
}

# ok: CKV_AWS_356 (a Deny statement takes rights away)
data "aws_iam_policy_document" "deny" {
  statement {
    effect    = "Deny"
    actions   = ["s3:GetObject"]
    resources = ["*"]
  }
}

# ok: CKV_AWS_356 (the actions are decided at plan time)
data "aws_iam_policy_document" "from_variable" {
  statement {
    actions   = var.allowed_actions
    resources = ["*"]
  }
}

locals {
  broad_actions = ["s3:GetObject"]
}

data "aws_iam_policy_document" "dynamic_statement" {
  dynamic "statement" {
    for_each = ["only"]
    content {
      # ruleid: CKV_AWS_356
      actions   = local.broad_actions
      resources = ["*"]
    }
  }
}

resource "aws_iam_policy" "uses_broad" {
  name   = "uses-broad"
  policy = data.aws_iam_policy_document.broad.json
}

data "aws_iam_policy_document" "accepted" {
  # checkov:skip=CKV_AWS_356:break-glass role reviewed by security
  statement {
    # suppressed: CKV_AWS_356
    actions   = ["s3:GetObject"]
    resources = ["*"]
  }
}

resource "aws_iam_role" "whole_account" {
  name = "whole-account"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect = "Allow"
      Action = "sts:AssumeRole"
      Principal = {
        # ruleid: CKV_AWS_61
        AWS = "arn:aws:iam::111122223333:root"
      }
    }]
  })
}

variable "partner_account" {
  default = "444455556666"
}

resource "aws_iam_role" "account_id_from_variable" {
  name = "account-id-from-variable"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect = "Allow"
      Action = ["sts:AssumeRole"]
      Principal = {
        # ruleid: CKV_AWS_61
        AWS = [var.partner_account]
      }
    }]
  })
}

# ok: CKV_AWS_61 (one role of the account)
resource "aws_iam_role" "one_role" {
  name = "one-role"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { AWS = "arn:aws:iam::111122223333:role/deployer" } }]
  })
}

# ok: CKV_AWS_61 (a third party with an external id)
resource "aws_iam_role" "partner" {
  name = "partner"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRole"
      Principal = { AWS = "arn:aws:iam::111122223333:root" }
      Condition = { StringEquals = { "sts:ExternalId" = "partner-7f3a" } }
    }]
  })
}

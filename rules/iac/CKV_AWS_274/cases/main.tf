resource "aws_iam_role_policy_attachment" "admin" {
  role       = "deployer"
  # ruleid: CKV_AWS_274
  policy_arn = "arn:aws:iam::aws:policy/AdministratorAccess"
}

resource "aws_iam_role" "with_managed" {
  name               = "with-managed"
  assume_role_policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "ec2.amazonaws.com" } }] })
  # ruleid: CKV_AWS_274
  managed_policy_arns = ["arn:aws:iam::aws:policy/ReadOnlyAccess", "arn:aws:iam::aws:policy/AdministratorAccess"]
}

locals {
  admin_policy_arn = "arn:aws:iam::aws:policy/AdministratorAccess"
}

resource "aws_iam_group_policy_attachment" "admins" {
  group      = "admins"
  # ruleid: CKV_AWS_274
  policy_arn = local.admin_policy_arn
}

resource "aws_ssoadmin_managed_policy_attachment" "admin_set" {
  instance_arn       = "arn:aws:sso:::instance/ssoins-0123456789abcdef"
  permission_set_arn = "arn:aws:sso:::permissionSet/ssoins-0123456789abcdef/ps-0123456789abcdef"
  # ruleid: CKV_AWS_274
  managed_policy_arn = "arn:aws:iam::aws:policy/AdministratorAccess"
}

# ok: CKV_AWS_274
resource "aws_iam_user_policy_attachment" "read_only" {
  user       = "auditor"
  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
}

# ok: CKV_AWS_274 (decided at plan time)
resource "aws_iam_role_policy_attachment" "from_variable" {
  role       = "deployer"
  policy_arn = var.policy_arn
}

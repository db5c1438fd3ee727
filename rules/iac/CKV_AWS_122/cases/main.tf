resource "aws_sagemaker_notebook_instance" "open" {
  name          = "analysis"
  role_arn      = aws_iam_role.sagemaker.arn
  instance_type = "ml.t3.medium"
  # ruleid: CKV_AWS_122
  direct_internet_access = "Enabled"
}

# ok: CKV_AWS_122
resource "aws_sagemaker_notebook_instance" "closed" {
  name          = "analysis"
  role_arn      = aws_iam_role.sagemaker.arn
  instance_type = "ml.t3.medium"
  subnet_id              = aws_subnet.private.id
  security_groups        = [aws_security_group.notebook.id]
  direct_internet_access = "Disabled"
}

# ok: CKV_AWS_122 (not set: Checkov passes it)
resource "aws_sagemaker_notebook_instance" "unset" {
  name          = "analysis"
  role_arn      = aws_iam_role.sagemaker.arn
  instance_type = "ml.t3.medium"
}

resource "aws_sagemaker_notebook_instance" "workshop" {
  # checkov:skip=CKV_AWS_122:public workshop account, no data
  name          = "analysis"
  role_arn      = aws_iam_role.sagemaker.arn
  instance_type = "ml.t3.medium"
  # suppressed: CKV_AWS_122
  direct_internet_access = "Enabled"
}

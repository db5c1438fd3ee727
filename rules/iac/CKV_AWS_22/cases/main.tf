# ruleid: CKV_AWS_22
resource "aws_sagemaker_notebook_instance" "plain" {
  name          = "analysis"
  role_arn      = aws_iam_role.sagemaker.arn
  instance_type = "ml.t3.medium"
}

# ok: CKV_AWS_22
resource "aws_sagemaker_notebook_instance" "cmk" {
  name          = "analysis"
  role_arn      = aws_iam_role.sagemaker.arn
  instance_type = "ml.t3.medium"
  kms_key_id    = aws_kms_key.sagemaker.arn
}

# ruleid: CKV_AWS_58
resource "aws_eks_cluster" "plain" {
  name     = "plain"
  role_arn = aws_iam_role.eks.arn

  vpc_config {
    subnet_ids = var.private_subnet_ids
  }
}

# ok: CKV_AWS_58
resource "aws_eks_cluster" "encrypted" {
  name     = "encrypted"
  role_arn = aws_iam_role.eks.arn

  vpc_config {
    subnet_ids = var.private_subnet_ids
  }

  encryption_config {
    resources = ["secrets"]
    provider {
      key_arn = aws_kms_key.eks.arn
    }
  }
}

# suppressed: CKV_AWS_58
resource "aws_eks_cluster" "lab" {
  # checkov:skip=CKV_AWS_58:lab cluster without secrets
  name     = "lab"
  role_arn = aws_iam_role.eks.arn

  vpc_config {
    subnet_ids = var.private_subnet_ids
  }
}

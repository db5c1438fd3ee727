# ruleid: CKV_AWS_39
resource "aws_eks_cluster" "default_public" {
  name     = "default-public"
  role_arn = aws_iam_role.eks.arn

  vpc_config {
    endpoint_public_access = false
    subnet_ids = var.private_subnet_ids
  }
}

resource "aws_eks_cluster" "explicit_public" {
  name     = "explicit-public"
  role_arn = aws_iam_role.eks.arn

  vpc_config {
    subnet_ids = var.private_subnet_ids
    # ruleid: CKV_AWS_39
    endpoint_public_access = false
  }
}

# ok: CKV_AWS_39
resource "aws_eks_cluster" "private" {
  name     = "private"
  role_arn = aws_iam_role.eks.arn

  vpc_config {
    subnet_ids = var.private_subnet_ids
    endpoint_private_access = true
    endpoint_public_access  = false
  }
}

# ok: CKV_AWS_39 (decided at plan time)
resource "aws_eks_cluster" "from_variable" {
  name     = "from-variable"
  role_arn = aws_iam_role.eks.arn

  vpc_config {
    subnet_ids = var.private_subnet_ids
    endpoint_public_access = var.public_endpoint
  }
}

# suppressed: CKV_AWS_39
resource "aws_eks_cluster" "sandbox" {
  name     = "sandbox"
  role_arn = aws_iam_role.eks.arn
  # checkov:skip=CKV_AWS_39:sandbox cluster, public access limited by public_access_cidrs

  vpc_config {
    subnet_ids = var.private_subnet_ids
  }
}

# ruleid: CKV_AWS_38
resource "aws_eks_cluster" "default_cidrs" {
  name     = "default-cidrs"
  role_arn = aws_iam_role.eks.arn

  vpc_config {
    subnet_ids = var.private_subnet_ids
  }
}

resource "aws_eks_cluster" "world" {
  name     = "world"
  role_arn = aws_iam_role.eks.arn

  vpc_config {
    subnet_ids = var.private_subnet_ids
    # ruleid: CKV_AWS_38
    public_access_cidrs = ["0.0.0.0/0"]
  }
}

# ok: CKV_AWS_38
resource "aws_eks_cluster" "office" {
  name     = "office"
  role_arn = aws_iam_role.eks.arn

  vpc_config {
    subnet_ids = var.private_subnet_ids
    public_access_cidrs = ["192.0.2.0/24", "198.51.100.10/32"]
  }
}

# ok: CKV_AWS_38
resource "aws_eks_cluster" "private" {
  name     = "private"
  role_arn = aws_iam_role.eks.arn

  vpc_config {
    subnet_ids = var.private_subnet_ids
    endpoint_public_access = false
  }
}

# ok: CKV_AWS_38 (decided at plan time)
resource "aws_eks_cluster" "from_variable" {
  name     = "from-variable"
  role_arn = aws_iam_role.eks.arn

  vpc_config {
    subnet_ids = var.private_subnet_ids
    public_access_cidrs = var.admin_cidrs
  }
}

# ruleid: CKV_AWS_37
resource "aws_eks_cluster" "no_logs" {
  enabled_cluster_log_types = ["api", "audit", "authenticator", "controllerManager", "scheduler"]
  name     = "no-logs"
  role_arn = aws_iam_role.eks.arn

  vpc_config {
    subnet_ids = var.private_subnet_ids
  }
}

resource "aws_eks_cluster" "some_logs" {
  name     = "some-logs"
  role_arn = aws_iam_role.eks.arn

  vpc_config {
    subnet_ids = var.private_subnet_ids
  }

  # ruleid: CKV_AWS_37
  enabled_cluster_log_types = ["api", "audit", "authenticator", "controllerManager", "scheduler"]
}

# ok: CKV_AWS_37
resource "aws_eks_cluster" "all_logs" {
  name     = "all-logs"
  role_arn = aws_iam_role.eks.arn

  vpc_config {
    subnet_ids = var.private_subnet_ids
  }

  enabled_cluster_log_types = ["api", "audit", "authenticator", "controllerManager", "scheduler"]
}

# ok: CKV_AWS_37 (decided at plan time)
resource "aws_eks_cluster" "from_variable" {
  name     = "from-variable"
  role_arn = aws_iam_role.eks.arn

  vpc_config {
    subnet_ids = var.private_subnet_ids
  }

  enabled_cluster_log_types = var.log_types
}

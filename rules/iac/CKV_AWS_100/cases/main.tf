resource "aws_eks_node_group" "open_ssh" {
  cluster_name    = aws_eks_cluster.main.name
  node_group_name = "open-ssh"
  node_role_arn   = aws_iam_role.nodes.arn
  subnet_ids      = var.private_subnet_ids

  # ruleid: CKV_AWS_100
  remote_access {
    ec2_ssh_key = "ops"
  }
}

# ok: CKV_AWS_100
resource "aws_eks_node_group" "bastion_only" {
  cluster_name    = aws_eks_cluster.main.name
  node_group_name = "bastion-only"
  node_role_arn   = aws_iam_role.nodes.arn
  subnet_ids      = var.private_subnet_ids

  remote_access {
    ec2_ssh_key               = "ops"
    source_security_group_ids = [aws_security_group.bastion.id]
  }
}

# ok: CKV_AWS_100 (no remote access)
resource "aws_eks_node_group" "no_ssh" {
  cluster_name    = aws_eks_cluster.main.name
  node_group_name = "no-ssh"
  node_role_arn   = aws_iam_role.nodes.arn
  subnet_ids      = var.private_subnet_ids
}

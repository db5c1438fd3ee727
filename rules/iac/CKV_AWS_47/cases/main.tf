# ruleid: CKV_AWS_47
resource "aws_dax_cluster" "missing" {
  cluster_name       = "cache"
  iam_role_arn       = aws_iam_role.dax.arn
  node_type          = "dax.r5.large"
  replication_factor = 3
}

resource "aws_dax_cluster" "disabled" {
  cluster_name       = "cache"
  iam_role_arn       = aws_iam_role.dax.arn
  node_type          = "dax.r5.large"
  replication_factor = 3

  server_side_encryption {
    # ruleid: CKV_AWS_47
    enabled = false
  }
}

# ruleid: CKV_AWS_47 (written on one line: no quick fix rather than a broken one)
resource "aws_dax_cluster" "one_line" { cluster_name = "tiny" }

# ok: CKV_AWS_47
resource "aws_dax_cluster" "encrypted" {
  cluster_name       = "cache"
  iam_role_arn       = aws_iam_role.dax.arn
  node_type          = "dax.r5.large"
  replication_factor = 3

  server_side_encryption {
    enabled = true
  }
}

# suppressed: CKV_AWS_47
resource "aws_dax_cluster" "load_test" {
  # checkov:skip=CKV_AWS_47:load test with synthetic data
  cluster_name       = "cache"
  iam_role_arn       = aws_iam_role.dax.arn
  node_type          = "dax.r5.large"
  replication_factor = 3
}

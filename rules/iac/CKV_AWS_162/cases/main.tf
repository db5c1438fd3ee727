# ruleid: CKV_AWS_162
resource "aws_rds_cluster" "missing" {
  cluster_identifier = "orders"
  engine             = "aurora-postgresql"
  master_username    = "app"
}

resource "aws_rds_cluster" "explicit_false" {
  cluster_identifier = "orders"
  engine             = "aurora-postgresql"
  master_username    = "app"
  # ruleid: CKV_AWS_162
  iam_database_authentication_enabled = false
}

# ok: CKV_AWS_162
resource "aws_rds_cluster" "explicit_true" {
  cluster_identifier = "orders"
  engine             = "aurora-postgresql"
  master_username    = "app"
  iam_database_authentication_enabled = true
}

# ok: CKV_AWS_162 (decided at plan time)
resource "aws_rds_cluster" "from_variable" {
  cluster_identifier = "orders"
  engine             = "aurora-postgresql"
  master_username    = "app"
  iam_database_authentication_enabled = var.iam_database_authentication_enabled
}

# suppressed: CKV_AWS_162
resource "aws_rds_cluster" "accepted" {
  # checkov:skip=CKV_AWS_162:legacy reporting tool needs password logins
  cluster_identifier = "orders"
  engine             = "aurora-postgresql"
  master_username    = "app"
}

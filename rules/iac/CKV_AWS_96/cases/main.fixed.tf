# ruleid: CKV_AWS_96
resource "aws_rds_cluster" "missing" {
  storage_encrypted = true
  cluster_identifier = "orders"
  engine             = "aurora-postgresql"
  master_username    = "app"
}

resource "aws_rds_cluster" "explicit_false" {
  cluster_identifier = "orders"
  engine             = "aurora-postgresql"
  master_username    = "app"
  # ruleid: CKV_AWS_96
  storage_encrypted = true
}

# ok: CKV_AWS_96
resource "aws_rds_cluster" "explicit_true" {
  cluster_identifier = "orders"
  engine             = "aurora-postgresql"
  master_username    = "app"
  storage_encrypted = true
}

# ok: CKV_AWS_96 (decided at plan time)
resource "aws_rds_cluster" "from_variable" {
  cluster_identifier = "orders"
  engine             = "aurora-postgresql"
  master_username    = "app"
  storage_encrypted = var.storage_encrypted
}

# suppressed: CKV_AWS_96
resource "aws_rds_cluster" "accepted" {
  # checkov:skip=CKV_AWS_96:public reference data only
  cluster_identifier = "orders"
  engine             = "aurora-postgresql"
  master_username    = "app"
}

# ok: CKV_AWS_96 (Aurora Serverless v1 is always encrypted)
resource "aws_rds_cluster" "serverless" {
  cluster_identifier = "serverless"
  engine             = "aurora-mysql"
  engine_mode        = "serverless"
}

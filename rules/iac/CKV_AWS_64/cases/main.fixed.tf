# ruleid: CKV_AWS_64
resource "aws_redshift_cluster" "missing" {
  encrypted = true
  cluster_identifier = "warehouse"
  node_type          = "ra3.xlplus"
  master_username    = "admin"
  manage_master_password = true
}

resource "aws_redshift_cluster" "disabled" {
  cluster_identifier = "warehouse"
  node_type          = "ra3.xlplus"
  master_username    = "admin"
  manage_master_password = true
  # ruleid: CKV_AWS_64
  encrypted = true
}

# ok: CKV_AWS_64
resource "aws_redshift_cluster" "encrypted" {
  cluster_identifier = "warehouse"
  node_type          = "ra3.xlplus"
  master_username    = "admin"
  manage_master_password = true
  encrypted  = true
  kms_key_id = aws_kms_key.redshift.arn
}

# suppressed: CKV_AWS_64
resource "aws_redshift_cluster" "benchmark" {
  # checkov:skip=CKV_AWS_64:benchmark cluster with public TPC-DS data
  cluster_identifier = "warehouse"
  node_type          = "ra3.xlplus"
  master_username    = "admin"
  manage_master_password = true
}

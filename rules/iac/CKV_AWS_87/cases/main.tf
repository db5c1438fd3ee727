resource "aws_redshift_cluster" "public" {
  cluster_identifier = "warehouse"
  node_type          = "ra3.xlplus"
  master_username    = "admin"
  manage_master_password = true
  # ruleid: CKV_AWS_87
  publicly_accessible = true
}

# ok: CKV_AWS_87 (private by default)
resource "aws_redshift_cluster" "default" {
  cluster_identifier = "warehouse"
  node_type          = "ra3.xlplus"
  master_username    = "admin"
  manage_master_password = true
}

# ok: CKV_AWS_87
resource "aws_redshift_cluster" "private" {
  cluster_identifier = "warehouse"
  node_type          = "ra3.xlplus"
  master_username    = "admin"
  manage_master_password = true
  publicly_accessible = false
}

resource "aws_redshift_cluster" "partner_access" {
  # checkov:skip=CKV_AWS_87:partner BI tool, security group allows its fixed IPs only
  cluster_identifier = "warehouse"
  node_type          = "ra3.xlplus"
  master_username    = "admin"
  manage_master_password = true
  # suppressed: CKV_AWS_87
  publicly_accessible = true
}

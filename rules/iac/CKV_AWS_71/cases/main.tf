# ruleid: CKV_AWS_71
resource "aws_redshift_cluster" "missing" {
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

  logging {
    # ruleid: CKV_AWS_71
    enable = false
  }
}

# ok: CKV_AWS_71
resource "aws_redshift_cluster" "logged" {
  cluster_identifier = "warehouse"
  node_type          = "ra3.xlplus"
  master_username    = "admin"
  manage_master_password = true

  logging {
    enable               = true
    log_destination_type = "cloudwatch"
    log_exports          = ["connectionlog", "userlog", "useractivitylog"]
  }
}

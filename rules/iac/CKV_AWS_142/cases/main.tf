# ruleid: CKV_AWS_142
resource "aws_redshift_cluster" "default_key" {
  cluster_identifier = "warehouse"
  node_type          = "ra3.xlplus"
  master_username    = "admin"
  manage_master_password = true
  encrypted = true
}

# ok: CKV_AWS_142
resource "aws_redshift_cluster" "cmk" {
  cluster_identifier = "warehouse"
  node_type          = "ra3.xlplus"
  master_username    = "admin"
  manage_master_password = true
  encrypted  = true
  kms_key_id = aws_kms_key.redshift.arn
}

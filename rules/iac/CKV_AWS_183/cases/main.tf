# ruleid: CKV_AWS_183
resource "aws_ebs_snapshot_copy" "default_key" {
  source_snapshot_id = aws_ebs_snapshot.nightly.id
  source_region      = "eu-west-1"
  encrypted          = true
}

# ok: CKV_AWS_183
resource "aws_ebs_snapshot_copy" "cmk" {
  source_snapshot_id = aws_ebs_snapshot.nightly.id
  source_region      = "eu-west-1"
  encrypted          = true
  kms_key_id         = aws_kms_key.dr.arn
}

# ok: CKV_AWS_183 (a variable counts as set)
resource "aws_ebs_snapshot_copy" "from_variable" {
  source_snapshot_id = aws_ebs_snapshot.nightly.id
  source_region      = "eu-west-1"
  encrypted          = true
  kms_key_id         = var.dr_key_arn
}

resource "aws_kms_key" "open" {
  description = "open key"
  # ruleid: CKV_AWS_33
  policy      = <<POLICY
{
  "Version": "2012-10-17",
  "Statement": [
    {"Sid": "Everyone", "Effect": "Allow", "Principal": "*", "Action": "kms:*", "Resource": "*"}
  ]
}
POLICY
}

resource "aws_kms_key_policy" "aws_wildcard" {
  key_id = aws_kms_key.data.id
  # ruleid: CKV_AWS_33
  policy = "{\"Statement\": [{\"Effect\": \"Allow\", \"Principal\": {\"AWS\": [\"arn:aws:iam::111122223333:root\", \"*\"]}, \"Action\": \"kms:Decrypt\", \"Resource\": \"*\"}]}"
}

# ok: CKV_AWS_33
resource "aws_kms_key" "account_only" {
  description = "account key"
  policy      = <<POLICY
{
  "Version": "2012-10-17",
  "Statement": [
    {"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::111122223333:root"}, "Action": "kms:*", "Resource": "*"},
    {"Effect": "Deny", "Principal": "*", "Action": "kms:ScheduleKeyDeletion", "Resource": "*"}
  ]
}
POLICY
}

# ok: CKV_AWS_33 (default key policy)
resource "aws_kms_key" "default_policy" {
  description = "default policy"
}

# ok: CKV_AWS_33 (decided at plan time)
resource "aws_kms_key" "from_document" {
  policy = data.aws_iam_policy_document.key.json
}

resource "aws_kms_key" "shared" {
  # checkov:skip=CKV_AWS_33:cross-organisation key, access limited by aws:PrincipalOrgID
  # suppressed: CKV_AWS_33
  policy = "{\"Statement\": [{\"Effect\": \"Allow\", \"Principal\": \"*\", \"Action\": \"kms:Decrypt\", \"Resource\": \"*\", \"Condition\": {\"StringEquals\": {\"aws:PrincipalOrgID\": \"o-exampleorg\"}}}]}"
}

resource "aws_ecr_repository_policy" "public_pull" {
  repository = aws_ecr_repository.api.name
  # ruleid: CKV_AWS_32
  policy     = <<POLICY
{
  "Version": "2012-10-17",
  "Statement": [
    {"Sid": "Pull", "Effect": "Allow", "Principal": "*", "Action": ["ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer"]}
  ]
}
POLICY
}

# ok: CKV_AWS_32
resource "aws_ecr_repository_policy" "account_pull" {
  repository = aws_ecr_repository.api.name
  policy     = <<POLICY
{
  "Version": "2012-10-17",
  "Statement": [
    {"Sid": "Pull", "Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::111122223333:root"}, "Action": ["ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer"]}
  ]
}
POLICY
}

# ok: CKV_AWS_32 (narrowed to the organisation)
resource "aws_ecr_repository_policy" "org_pull" {
  repository = aws_ecr_repository.api.name
  policy     = <<POLICY
{
  "Version": "2012-10-17",
  "Statement": [
    {"Effect": "Allow", "Principal": "*", "Action": "ecr:BatchGetImage", "Condition": {"StringEquals": {"aws:PrincipalOrgID": "o-exampleorg"}}}
  ]
}
POLICY
}

resource "aws_iam_user" "alice" {
  name = "alice"
}

resource "aws_iam_user_policy" "inline_on_user" {
  name   = "inline-on-user"
  # ruleid: CKV_AWS_40
  user   = aws_iam_user.alice.name
  policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = "s3:ListBucket", Resource = "arn:aws:s3:::example" }] })
}

resource "aws_iam_user_policy_attachment" "managed_on_user" {
  # ruleid: CKV_AWS_40
  user       = aws_iam_user.alice.name
  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
}

resource "aws_iam_policy_attachment" "mixed" {
  name       = "mixed"
  roles      = ["app"]
  # ruleid: CKV_AWS_40
  users      = [aws_iam_user.alice.name]
  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
}

# ok: CKV_AWS_40
resource "aws_iam_policy_attachment" "groups_and_roles" {
  name       = "groups-and-roles"
  roles      = ["app"]
  groups     = ["readers"]
  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
}

# ok: CKV_AWS_40 (no users)
resource "aws_iam_policy_attachment" "empty_users" {
  name       = "empty-users"
  users      = []
  groups     = ["readers"]
  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
}

# ok: CKV_AWS_40
resource "aws_iam_group_policy_attachment" "readers" {
  group      = "readers"
  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
}

resource "aws_sqs_queue_policy" "all_actions" {
  queue_url = aws_sqs_queue.orders.id
  # ruleid: CKV_AWS_72
  policy    = <<POLICY
{
  "Version": "2012-10-17",
  "Statement": [
    {"Effect": "Allow", "Principal": {"Service": "sns.amazonaws.com"}, "Action": "*", "Resource": "*"}
  ]
}
POLICY
}

resource "aws_sqs_queue_policy" "wildcard_in_list" {
  queue_url = aws_sqs_queue.orders.id
  # ruleid: CKV_AWS_72
  policy    = <<POLICY
{
  "Version": "2012-10-17",
  "Statement": [
    {"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::111122223333:root"}, "Action": ["sqs:SendMessage", "*"], "Resource": "*"}
  ]
}
POLICY
}

# ok: CKV_AWS_72
resource "aws_sqs_queue_policy" "send_only" {
  queue_url = aws_sqs_queue.orders.id
  policy    = <<POLICY
{
  "Version": "2012-10-17",
  "Statement": [
    {"Effect": "Allow", "Principal": {"Service": "sns.amazonaws.com"}, "Action": "sqs:SendMessage", "Resource": "*"}
  ]
}
POLICY
}

# ok: CKV_AWS_72 (a Deny of everything is fine)
resource "aws_sqs_queue_policy" "deny_all" {
  queue_url = aws_sqs_queue.orders.id
  policy    = <<POLICY
{
  "Version": "2012-10-17",
  "Statement": [
    {"Effect": "Deny", "Principal": "*", "Action": "*", "Resource": "*", "Condition": {"Bool": {"aws:SecureTransport": "false"}}}
  ]
}
POLICY
}

# ok: CKV_AWS_72 (decided at plan time)
resource "aws_sqs_queue_policy" "from_document" {
  queue_url = aws_sqs_queue.orders.id
  policy    = data.aws_iam_policy_document.queue.json
}

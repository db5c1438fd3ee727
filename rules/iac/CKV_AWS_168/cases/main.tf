resource "aws_sqs_queue_policy" "public" {
  queue_url = aws_sqs_queue.events.id
  # ruleid: CKV_AWS_168
  policy    = <<POLICY
{
  "Version": "2012-10-17",
  "Statement": [
    {"Effect": "Allow", "Principal": "*", "Action": "sqs:SendMessage", "Resource": "*"}
  ]
}
POLICY
}

resource "aws_sqs_queue" "inline_public" {
  name   = "inline-public"
  # ruleid: CKV_AWS_168
  policy = <<POLICY
{
  "Version": "2012-10-17",
  "Statement": [
    {"Effect": "Allow", "Principal": {"AWS": "*"}, "Action": "sqs:ReceiveMessage", "Resource": "*"}
  ]
}
POLICY
}

# ok: CKV_AWS_168
resource "aws_sqs_queue_policy" "from_topic" {
  queue_url = aws_sqs_queue.events.id
  policy    = <<POLICY
{
  "Version": "2012-10-17",
  "Statement": [
    {"Effect": "Allow", "Principal": "*", "Action": "sqs:SendMessage", "Resource": "*", "Condition": {"ArnEquals": {"aws:SourceArn": "arn:aws:sns:eu-west-1:111122223333:events"}}}
  ]
}
POLICY
}

# ok: CKV_AWS_168
resource "aws_sqs_queue" "no_policy" {
  name = "no-policy"
}

resource "aws_sqs_queue" "open_by_design" {
  # checkov:skip=CKV_AWS_168:public intake queue, messages are validated
  name   = "intake"
  # suppressed: CKV_AWS_168
  policy = <<POLICY
{
  "Version": "2012-10-17",
  "Statement": [
    {"Effect": "Allow", "Principal": "*", "Action": "sqs:SendMessage", "Resource": "*"}
  ]
}
POLICY
}

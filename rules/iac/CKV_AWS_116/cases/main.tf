# ruleid: CKV_AWS_116
resource "aws_lambda_function" "no_dlq" {
  function_name = "no-dlq"
  role          = aws_iam_role.lambda.arn
  runtime       = "python3.12"
  handler       = "app.handler"
  filename      = "build/app.zip"
}

# ok: CKV_AWS_116
resource "aws_lambda_function" "with_dlq" {
  function_name = "with-dlq"
  role          = aws_iam_role.lambda.arn
  runtime       = "python3.12"
  handler       = "app.handler"
  filename      = "build/app.zip"

  dead_letter_config {
    target_arn = aws_sqs_queue.dlq.arn
  }
}

# suppressed: CKV_AWS_116
resource "aws_lambda_function" "sync_api" {
  # checkov:skip=CKV_AWS_116:only invoked synchronously by API Gateway
  function_name = "sync-api"
  role          = aws_iam_role.lambda.arn
  runtime       = "python3.12"
  handler       = "app.handler"
  filename      = "build/app.zip"
}

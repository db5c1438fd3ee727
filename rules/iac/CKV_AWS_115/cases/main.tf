# ruleid: CKV_AWS_115
resource "aws_lambda_function" "unlimited" {
  function_name = "unlimited"
  role          = aws_iam_role.lambda.arn
  runtime       = "python3.12"
  handler       = "app.handler"
  filename      = "build/app.zip"
}

resource "aws_lambda_function" "unreserved" {
  function_name = "unreserved"
  role          = aws_iam_role.lambda.arn
  runtime       = "python3.12"
  handler       = "app.handler"
  filename      = "build/app.zip"
  # ruleid: CKV_AWS_115
  reserved_concurrent_executions = -1
}

# ok: CKV_AWS_115
resource "aws_lambda_function" "limited" {
  function_name = "limited"
  role          = aws_iam_role.lambda.arn
  runtime       = "python3.12"
  handler       = "app.handler"
  filename      = "build/app.zip"
  reserved_concurrent_executions = 20
}

# ok: CKV_AWS_115 (a variable counts as set)
resource "aws_lambda_function" "from_variable" {
  function_name = "from-variable"
  role          = aws_iam_role.lambda.arn
  runtime       = "python3.12"
  handler       = "app.handler"
  filename      = "build/app.zip"
  reserved_concurrent_executions = var.concurrency
}

# suppressed: CKV_AWS_115
resource "aws_lambda_function" "fan_out" {
  # checkov:skip=CKV_AWS_115:must scale with the queue, capped by the event source mapping
  function_name = "fan-out"
  role          = aws_iam_role.lambda.arn
  runtime       = "python3.12"
  handler       = "app.handler"
  filename      = "build/app.zip"
}

# ruleid: CKV_AWS_50
resource "aws_lambda_function" "no_tracing" {
  function_name = "no-tracing"
  role          = aws_iam_role.lambda.arn
  runtime       = "python3.12"
  handler       = "app.handler"
  filename      = "build/app.zip"
}

# ruleid: CKV_AWS_50
resource "aws_lambda_function" "empty_block" {
  function_name = "empty-block"
  role          = aws_iam_role.lambda.arn
  runtime       = "python3.12"
  handler       = "app.handler"
  filename      = "build/app.zip"

  tracing_config {
  }
}

# ok: CKV_AWS_50
resource "aws_lambda_function" "active" {
  function_name = "active"
  role          = aws_iam_role.lambda.arn
  runtime       = "python3.12"
  handler       = "app.handler"
  filename      = "build/app.zip"

  tracing_config {
    mode = "Active"
  }
}

# ok: CKV_AWS_50
resource "aws_lambda_function" "pass_through" {
  function_name = "pass-through"
  role          = aws_iam_role.lambda.arn
  runtime       = "python3.12"
  handler       = "app.handler"
  filename      = "build/app.zip"

  tracing_config {
    mode = "PassThrough"
  }
}

# ok: CKV_AWS_50 (decided at plan time)
resource "aws_lambda_function" "from_variable" {
  function_name = "from-variable"
  role          = aws_iam_role.lambda.arn
  runtime       = "python3.12"
  handler       = "app.handler"
  filename      = "build/app.zip"

  tracing_config {
    mode = var.tracing_mode
  }
}

# suppressed: CKV_AWS_50
resource "aws_lambda_function" "cron" {
  # checkov:skip=CKV_AWS_50:nightly cleanup job, no downstream calls
  function_name = "cron"
  role          = aws_iam_role.lambda.arn
  runtime       = "python3.12"
  handler       = "app.handler"
  filename      = "build/app.zip"
}

# ruleid: CKV_AWS_50 (a one-line block: no quick fix, the finding stays)
resource "aws_lambda_function" "inline" { function_name = "inline" }

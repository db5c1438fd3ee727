# A file with Windows line endings: the inserted block keeps them.
# ruleid: CKV_AWS_50
resource "aws_lambda_function" "crlf" {
  tracing_config {
    mode = "Active"
  }
  function_name = "crlf"
  role          = aws_iam_role.lambda.arn
  runtime       = "python3.12"
  handler       = "app.handler"
  filename      = "build/app.zip"
}

# ok: CKV_AWS_50
resource "aws_lambda_function" "crlf_active" {
  function_name = "crlf-active"
  role          = aws_iam_role.lambda.arn
  runtime       = "python3.12"
  handler       = "app.handler"
  filename      = "build/app.zip"

  tracing_config {
    mode = "Active"
  }
}

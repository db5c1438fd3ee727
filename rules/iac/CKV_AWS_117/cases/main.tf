# ruleid: CKV_AWS_117
resource "aws_lambda_function" "outside" {
  function_name = "outside"
  role          = aws_iam_role.lambda.arn
  runtime       = "python3.12"
  handler       = "app.handler"
  filename      = "build/app.zip"
}

# ok: CKV_AWS_117
resource "aws_lambda_function" "inside" {
  function_name = "inside"
  role          = aws_iam_role.lambda.arn
  runtime       = "python3.12"
  handler       = "app.handler"
  filename      = "build/app.zip"

  vpc_config {
    subnet_ids         = var.private_subnet_ids
    security_group_ids = [aws_security_group.lambda.id]
  }
}

# suppressed: CKV_AWS_117
resource "aws_lambda_function" "edge_hook" {
  # checkov:skip=CKV_AWS_117:calls only public SaaS webhooks
  function_name = "edge-hook"
  role          = aws_iam_role.lambda.arn
  runtime       = "python3.12"
  handler       = "app.handler"
  filename      = "build/app.zip"
}

resource "aws_lambda_function_url" "public" {
  function_name = aws_lambda_function.orders.function_name
  # ruleid: CKV_AWS_258
  authorization_type = "NONE"
}

# ok: CKV_AWS_258
resource "aws_lambda_function_url" "iam" {
  function_name      = aws_lambda_function.orders.function_name
  authorization_type = "AWS_IAM"
}

# ok: CKV_AWS_258 (decided at plan time)
resource "aws_lambda_function_url" "from_variable" {
  function_name      = aws_lambda_function.orders.function_name
  authorization_type = var.url_auth
}

resource "aws_lambda_function_url" "webhook" {
  # checkov:skip=CKV_AWS_258:webhook verifies the sender's HMAC signature
  function_name = aws_lambda_function.webhook.function_name
  # suppressed: CKV_AWS_258
  authorization_type = "NONE"
}

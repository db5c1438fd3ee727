# ruleid: CKV_AWS_272
resource "aws_lambda_function" "unsigned" {
  function_name = "unsigned"
  role          = aws_iam_role.lambda.arn
  runtime       = "python3.12"
  handler       = "app.handler"
  filename      = "build/app.zip"
}

# ok: CKV_AWS_272
resource "aws_lambda_function" "signed" {
  function_name = "signed"
  role          = aws_iam_role.lambda.arn
  runtime       = "python3.12"
  handler       = "app.handler"
  filename      = "build/app.zip"
  code_signing_config_arn = aws_lambda_code_signing_config.release.arn
}

# ok: CKV_AWS_272 (container image)
resource "aws_lambda_function" "image" {
  function_name = "image"
  role          = aws_iam_role.lambda.arn
  package_type  = "Image"
  image_uri     = "123456789012.dkr.ecr.eu-west-1.amazonaws.com/app:1.0"
}

# suppressed: CKV_AWS_272
resource "aws_lambda_function" "prototype" {
  # checkov:skip=CKV_AWS_272:prototype account without a signing pipeline
  function_name = "prototype"
  role          = aws_iam_role.lambda.arn
  runtime       = "python3.12"
  handler       = "app.handler"
  filename      = "build/app.zip"
}

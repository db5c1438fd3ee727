# ruleid: CKV_AWS_173
resource "aws_lambda_function" "no_key" {
  function_name = "no-key"
  role          = aws_iam_role.lambda.arn
  runtime       = "python3.12"
  handler       = "app.handler"
  filename      = "build/app.zip"

  environment {
    variables = {
      TABLE_NAME = "orders"
    }
  }
}

resource "aws_lambda_function" "empty_key" {
  function_name = "empty-key"
  role          = aws_iam_role.lambda.arn
  runtime       = "python3.12"
  handler       = "app.handler"
  filename      = "build/app.zip"
  # ruleid: CKV_AWS_173
  kms_key_arn = ""

  environment {
    variables = {
      TABLE_NAME = "orders"
    }
  }
}

# ok: CKV_AWS_173
resource "aws_lambda_function" "cmk" {
  function_name = "cmk"
  role          = aws_iam_role.lambda.arn
  runtime       = "python3.12"
  handler       = "app.handler"
  filename      = "build/app.zip"
  kms_key_arn = aws_kms_key.lambda.arn

  environment {
    variables = {
      TABLE_NAME = "orders"
    }
  }
}

# ok: CKV_AWS_173
resource "aws_lambda_function" "no_environment" {
  function_name = "no-environment"
  role          = aws_iam_role.lambda.arn
  runtime       = "python3.12"
  handler       = "app.handler"
  filename      = "build/app.zip"
}

# suppressed: CKV_AWS_173
resource "aws_lambda_function" "public_config" {
  # checkov:skip=CKV_AWS_173:only public configuration in the environment
  function_name = "public-config"
  role          = aws_iam_role.lambda.arn
  runtime       = "python3.12"
  handler       = "app.handler"
  filename      = "build/app.zip"

  environment {
    variables = {
      LOG_LEVEL = "info"
    }
  }
}

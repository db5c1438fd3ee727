# ruleid: CKV_AWS_76
resource "aws_api_gateway_stage" "no_logs" {
  rest_api_id   = aws_api_gateway_rest_api.api.id
  deployment_id = aws_api_gateway_deployment.api.id
  stage_name    = "prod"
}

# ruleid: CKV_AWS_76
resource "aws_apigatewayv2_stage" "http_no_logs" {
  api_id      = aws_apigatewayv2_api.http.id
  name        = "$default"
  auto_deploy = true
}

# ok: CKV_AWS_76
resource "aws_apigatewayv2_stage" "http_logged" {
  api_id = aws_apigatewayv2_api.http.id
  name   = "live"

  access_log_settings {
    destination_arn = aws_cloudwatch_log_group.http_access.arn
    format          = "$context.requestId $context.status"
  }
}

# suppressed: CKV_AWS_76
resource "aws_api_gateway_stage" "dev" {
  # checkov:skip=CKV_AWS_76:developer stage, no external callers
  rest_api_id   = aws_api_gateway_rest_api.api.id
  deployment_id = aws_api_gateway_deployment.api.id
  stage_name    = "dev"
}

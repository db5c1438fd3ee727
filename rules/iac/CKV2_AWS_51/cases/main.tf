# ruleid: CKV2_AWS_51
resource "aws_api_gateway_stage" "prod" {
  rest_api_id   = aws_api_gateway_rest_api.api.id
  deployment_id = aws_api_gateway_deployment.api.id
  stage_name    = "prod"
}

# ok: CKV2_AWS_51
resource "aws_api_gateway_stage" "live" {
  rest_api_id   = aws_api_gateway_rest_api.api.id
  deployment_id = aws_api_gateway_deployment.api.id
  stage_name    = "live"
  client_certificate_id = aws_api_gateway_client_certificate.backend.id
}

# suppressed: CKV2_AWS_51
resource "aws_api_gateway_stage" "lambda_only" {
  # checkov:skip=CKV2_AWS_51:Lambda proxy integrations only, no HTTP back end
  rest_api_id   = aws_api_gateway_rest_api.api.id
  deployment_id = aws_api_gateway_deployment.api.id
  stage_name    = "lambda"
}

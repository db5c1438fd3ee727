# ruleid: CKV2_AWS_53
resource "aws_api_gateway_method" "create_order" {
  rest_api_id   = aws_api_gateway_rest_api.api.id
  resource_id   = aws_api_gateway_resource.orders.id
  http_method   = "POST"
  authorization = "AWS_IAM"
}

# ok: CKV2_AWS_53
resource "aws_api_gateway_method" "update_order" {
  rest_api_id   = aws_api_gateway_rest_api.api.id
  resource_id   = aws_api_gateway_resource.orders.id
  http_method   = "POST"
  authorization = "AWS_IAM"
  request_validator_id = aws_api_gateway_request_validator.body.id
}

# suppressed: CKV2_AWS_53
resource "aws_api_gateway_method" "proxy" {
  # checkov:skip=CKV2_AWS_53:greedy proxy, the service validates its own input
  rest_api_id   = aws_api_gateway_rest_api.api.id
  resource_id   = aws_api_gateway_resource.proxy.id
  http_method   = "ANY"
  authorization = "AWS_IAM"
}

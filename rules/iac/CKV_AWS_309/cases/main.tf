# ruleid: CKV_AWS_309
resource "aws_apigatewayv2_route" "default_none" {
  api_id    = aws_apigatewayv2_api.http.id
  route_key = "GET /orders"
}

resource "aws_apigatewayv2_route" "explicit_none" {
  api_id    = aws_apigatewayv2_api.http.id
  route_key = "POST /orders"
  # ruleid: CKV_AWS_309
  authorization_type = "NONE"
}

# ok: CKV_AWS_309
resource "aws_apigatewayv2_route" "jwt" {
  api_id             = aws_apigatewayv2_api.http.id
  route_key          = "GET /users"
  authorization_type = "JWT"
  authorizer_id      = aws_apigatewayv2_authorizer.cognito.id
}

# suppressed: CKV_AWS_309
resource "aws_apigatewayv2_route" "status" {
  # checkov:skip=CKV_AWS_309:public status page
  api_id    = aws_apigatewayv2_api.http.id
  route_key = "GET /status"
}

# ruleid: CKV_AWS_31
resource "aws_elasticache_replication_group" "no_token" {
  replication_group_id       = "sessions"
  description                = "session store"
  node_type                  = "cache.t4g.small"
  transit_encryption_enabled = true
}

resource "aws_elasticache_replication_group" "no_tls" {
  replication_group_id = "cache"
  description          = "page cache"
  node_type            = "cache.t4g.small"
  # ruleid: CKV_AWS_31
  transit_encryption_enabled = false
}

# ok: CKV_AWS_31
resource "aws_elasticache_replication_group" "protected" {
  replication_group_id       = "tokens"
  description                = "token store"
  node_type                  = "cache.t4g.small"
  transit_encryption_enabled = true
  auth_token                 = data.aws_secretsmanager_secret_version.redis.secret_string
}

# suppressed: CKV_AWS_31
resource "aws_elasticache_replication_group" "rbac" {
  # checkov:skip=CKV_AWS_31:uses RBAC user groups instead of an AUTH token
  replication_group_id       = "rbac"
  description                = "RBAC protected"
  node_type                  = "cache.t4g.small"
  transit_encryption_enabled = true
  user_group_ids             = [aws_elasticache_user_group.app.id]
}

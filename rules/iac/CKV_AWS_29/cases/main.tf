# ruleid: CKV_AWS_29
resource "aws_elasticache_replication_group" "missing" {
  replication_group_id = "sessions"
  description          = "session store"
  node_type            = "cache.t4g.small"
  engine               = "redis"
}

resource "aws_elasticache_replication_group" "explicit_false" {
  replication_group_id = "sessions"
  description          = "session store"
  node_type            = "cache.t4g.small"
  engine               = "redis"
  # ruleid: CKV_AWS_29
  at_rest_encryption_enabled = false
}

# ok: CKV_AWS_29
resource "aws_elasticache_replication_group" "explicit_true" {
  replication_group_id = "sessions"
  description          = "session store"
  node_type            = "cache.t4g.small"
  engine               = "redis"
  at_rest_encryption_enabled = true
}

# ok: CKV_AWS_29 (decided at plan time)
resource "aws_elasticache_replication_group" "from_variable" {
  replication_group_id = "sessions"
  description          = "session store"
  node_type            = "cache.t4g.small"
  engine               = "redis"
  at_rest_encryption_enabled = var.at_rest_encryption_enabled
}

# suppressed: CKV_AWS_29
resource "aws_elasticache_replication_group" "accepted" {
  # checkov:skip=CKV_AWS_29:cache of public data only
  replication_group_id = "sessions"
  description          = "session store"
  node_type            = "cache.t4g.small"
  engine               = "redis"
}

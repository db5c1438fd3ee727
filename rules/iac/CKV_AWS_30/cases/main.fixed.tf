# ruleid: CKV_AWS_30
resource "aws_elasticache_replication_group" "missing" {
  transit_encryption_enabled = true
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
  # ruleid: CKV_AWS_30
  transit_encryption_enabled = true
}

# ok: CKV_AWS_30
resource "aws_elasticache_replication_group" "explicit_true" {
  replication_group_id = "sessions"
  description          = "session store"
  node_type            = "cache.t4g.small"
  engine               = "redis"
  transit_encryption_enabled = true
}

# ok: CKV_AWS_30 (decided at plan time)
resource "aws_elasticache_replication_group" "from_variable" {
  replication_group_id = "sessions"
  description          = "session store"
  node_type            = "cache.t4g.small"
  engine               = "redis"
  transit_encryption_enabled = var.transit_encryption_enabled
}

# suppressed: CKV_AWS_30
resource "aws_elasticache_replication_group" "accepted" {
  # checkov:skip=CKV_AWS_30:legacy client without TLS support, isolated subnet
  replication_group_id = "sessions"
  description          = "session store"
  node_type            = "cache.t4g.small"
  engine               = "redis"
}

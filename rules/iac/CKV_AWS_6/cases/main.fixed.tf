# ruleid: CKV_AWS_6
resource "aws_elasticsearch_domain" "cluster_missing" {
  domain_name           = "search"
  elasticsearch_version = "7.10"

  cluster_config {
    instance_count = 3
  }
  node_to_node_encryption {
    enabled = true
  }
}

resource "aws_elasticsearch_domain" "cluster_disabled" {
  domain_name           = "search"
  elasticsearch_version = "7.10"

  cluster_config {
    instance_count = 2
  }

  node_to_node_encryption {
    # ruleid: CKV_AWS_6
    enabled = true
  }
}

# ok: CKV_AWS_6
resource "aws_elasticsearch_domain" "cluster_encrypted" {
  domain_name           = "search"
  elasticsearch_version = "7.10"

  cluster_config {
    instance_count = 3
  }

  node_to_node_encryption {
    enabled = true
  }
}

# ok: CKV_AWS_6 (a single node has no peers)
resource "aws_elasticsearch_domain" "single_node" {
  domain_name           = "search"
  elasticsearch_version = "7.10"

  cluster_config {
    instance_count = 1
  }
}

# ok: CKV_AWS_6 (decided at plan time)
resource "aws_elasticsearch_domain" "from_variable" {
  domain_name           = "search"
  elasticsearch_version = "7.10"

  cluster_config {
    instance_count = var.nodes
  }
}

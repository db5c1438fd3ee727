import type { SecretRule } from '../../../server/src/engine/scanners/secrets/rule';

const rule: SecretRule = {
  id: 'gitlab-kubernetes-agent-token',
  scanner: 'secrets',
  title: 'GitLab agent for Kubernetes token',
  severity: 'critical',
  cwe: [798],
  description:
    'A GitLab agent for Kubernetes token (glagent-) connects a cluster agent to GitLab; with it, someone can impersonate the agent and receive the cluster\'s GitOps and CI access configuration. Revoke it in the agent\'s settings and install it from a Kubernetes secret.',
  keywords: ['glagent-'],
  // glagent- then 50 letters, digits, - and _.
  regex: /glagent-[0-9a-zA-Z_-]{50}/,
  entropy: 3,
  envName: 'GITLAB_AGENT_TOKEN',
};

export default rule;

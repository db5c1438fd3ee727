import type { SastHit, SastRule } from '../../../server/src/engine/scanners/sast/rule';
import { OWASP } from '../_shared/common';
import { pyCallsTo, pyPositional, pyQualifiedName, pyUnwrap } from '../_shared/python';

const ACCEPTING_POLICIES = new Set(['paramiko.AutoAddPolicy', 'paramiko.WarningPolicy', 'paramiko.client.AutoAddPolicy', 'paramiko.client.WarningPolicy']);

const rule: SastRule = {
  id: 'py-paramiko-auto-add-policy',
  scanner: 'sast',
  title: 'SSH host key accepted without verification (paramiko AutoAddPolicy)',
  severity: 'medium',
  confidence: 'high',
  cwe: [295],
  tags: [OWASP.A07, 'ssh'],
  description:
    "`set_missing_host_key_policy(AutoAddPolicy())` (or `WarningPolicy`) accepts any server's host key the first time — and every time, when known_hosts is not loaded — so a machine in the middle can impersonate the server and capture credentials and commands. Load known hosts and keep the default `RejectPolicy`.",
  languages: ['python'],
  detect(context) {
    if (!/set_missing_host_key_policy/.test(context.file.text)) return [];
    const hits: SastHit[] = [];
    for (const { call, arguments: argumentsNode } of pyCallsTo(context, new Set(['set_missing_host_key_policy']))) {
      const policy = argumentsNode && pyPositional(argumentsNode, 0);
      if (!policy) continue;
      const inner = pyUnwrap(policy);
      // AutoAddPolicy() or the class itself (paramiko accepts both).
      const target = inner.type === 'call' ? inner.childForFieldName('function') : inner;
      const name = target && pyQualifiedName(context, target);
      if (!name || !ACCEPTING_POLICIES.has(name)) continue;
      hits.push({
        node: call,
        message: `${name.split('.').pop()} accepts unknown SSH host keys, so a machine in the middle can impersonate the server; call load_system_host_keys() and keep RejectPolicy`,
      });
    }
    return hits;
  },
};

export default rule;

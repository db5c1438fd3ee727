import type { DepsHit, DepsRule } from '../../../server/src/engine/scanners/deps/rule';
import { maskCredentials, SUPPLY_CHAIN } from '../_shared/common';

const rule: DepsRule = {
  id: 'deps-untrusted-index',
  scanner: 'deps',
  title: 'Extra or plain-http package index',
  severity: 'high',
  cwe: [427, 319],
  tags: [SUPPLY_CHAIN, 'dependency-confusion'],
  description:
    'pip\'s `--extra-index-url` adds an index beside PyPI and installs whichever has the highest version, so anyone who publishes your private package name on PyPI wins (dependency confusion). An index over plain http can be altered on the network path. Use a single `--index-url` over https that proxies PyPI, or pin hashes.',
  check({ manifest, span }) {
    if (!manifest) return [];
    const hits: DepsHit[] = [];
    for (const index of manifest.indexes) {
      const range = span(index.start, index.end);
      // Never print credentials embedded in an index URL.
      const shown = maskCredentials(index.url);
      if (/^http:\/\//i.test(index.url)) {
        hits.push({ range, message: `package index ${shown} is plain http: packages fetched from it can be altered in transit; use https`, basis: `http:${shown}` });
      } else if (index.role === 'trusted-host') {
        hits.push({ range, severity: 'medium', message: `--trusted-host ${shown} makes pip accept any certificate from that host (or plain http): packages from it can be altered in transit; give it a valid certificate instead`, basis: `trusted:${shown}` });
      } else if (index.role === 'extra-index-url') {
        hits.push({ range, message: `--extra-index-url ${shown} is searched beside PyPI: a public package with the same name and a higher version wins (dependency confusion); use one --index-url that proxies PyPI`, basis: `extra:${shown}` });
      }
    }
    return hits;
  },
};

export default rule;

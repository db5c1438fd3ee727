import type { SastHit, SastRule } from '../../../server/src/engine/scanners/sast/rule';
import { OWASP } from '../_shared/common';
import { pyCallsTo } from '../_shared/python';

const INSECURE = new Map([
  ['tempfile.mktemp', 'tempfile.mktemp()'],
  ['os.tempnam', 'os.tempnam()'],
  ['os.tmpnam', 'os.tmpnam()'],
]);

const rule: SastRule = {
  id: 'py-tempfile-mktemp',
  scanner: 'sast',
  title: 'Temporary file name created without the file (race condition)',
  severity: 'medium',
  confidence: 'high',
  cwe: [377],
  tags: [OWASP.A01, 'filesystem'],
  description:
    '`tempfile.mktemp()` returns a name that does not exist yet; between that call and opening the file another process can create it (or a symlink with that name) and get your data or make you overwrite its target. Use `tempfile.NamedTemporaryFile()`, `mkstemp()` or `TemporaryDirectory()`, which create the file atomically.',
  languages: ['python'],
  detect(context) {
    if (!/mktemp|tempnam|tmpnam/.test(context.file.text)) return [];
    const hits: SastHit[] = [];
    for (const { call, name } of pyCallsTo(context, new Set(['mktemp', 'tempnam', 'tmpnam']))) {
      const label = name && INSECURE.get(name);
      if (!label) continue;
      hits.push({
        node: call,
        message: `${label} returns a name another process can claim before you open it; use tempfile.NamedTemporaryFile(), mkstemp() or TemporaryDirectory()`,
      });
    }
    return hits;
  },
};

export default rule;

import type { Node, SastHit, SastRule } from '../../../server/src/engine/scanners/sast/rule';
import type { TextEdit } from '../../../server/src/engine/types';
import { OWASP, replace } from '../_shared/common';
import { pyEnsureImport } from '../_shared/py-config';
import { pyCallsTo, pyImports, pyPositional } from '../_shared/python';
import { isSecurityName } from '../_shared/security-names';

const RANDOM_FUNCTIONS = new Set(['random', 'randint', 'randrange', 'choice', 'choices', 'sample', 'getrandbits', 'uniform', 'randbytes', 'shuffle']);
/** `random.X(…)` → the `secrets` call with the same meaning, when there is one. */
const SECRETS_EQUIVALENT: Record<string, string> = { choice: 'choice', getrandbits: 'randbits', randbytes: 'token_bytes' };
const STOP = /(_statement|_definition|^module$|^block$|^decorated_definition$)/;

function lastName(node: Node | null | undefined): string | undefined {
  if (!node) return undefined;
  if (node.type === 'identifier') return node.text;
  if (node.type === 'attribute') return node.childForFieldName('attribute')?.text;
  if (node.type === 'subscript') return node.childForFieldName('subscript')?.text.replace(/^['"]|['"]$/g, '');
  return undefined;
}

/** The name the random value ends up under: variable, attribute, keyword, dict key, or the function returning it (`make_token()`). */
function destinationName(value: Node): string | undefined {
  let current = value;
  for (let depth = 0; depth < 16 && current.parent; depth++) {
    const parent = current.parent;
    switch (parent.type) {
      case 'assignment':
      case 'augmented_assignment':
        return parent.childForFieldName('right')?.startIndex === current.startIndex ? lastName(parent.childForFieldName('left')) : undefined;
      case 'keyword_argument':
        return parent.childForFieldName('name')?.text;
      case 'pair': {
        const key = parent.childForFieldName('key');
        return key?.type === 'string' ? key.text.replace(/^[a-zA-Z]*['"]|['"]$/g, '') : undefined;
      }
      case 'return_statement': {
        for (let scope = parent.parent; scope; scope = scope.parent) {
          if (scope.type === 'function_definition') {
            const name = scope.childForFieldName('name')?.text;
            return name && `${name}()`;
          }
        }
        return undefined;
      }
      default:
        if (STOP.test(parent.type)) return undefined;
        current = parent;
    }
  }
  return undefined;
}

const rule: SastRule = {
  id: 'py-insecure-randomness',
  scanner: 'sast',
  title: 'Predictable random value used as a token, password or secret',
  severity: 'medium',
  confidence: 'medium',
  cwe: [338],
  tags: [OWASP.A02, 'crypto', 'randomness'],
  description:
    'The `random` module is a Mersenne Twister: 624 outputs reveal its state and every later value, so tokens, passwords, PINs and secrets made with it can be predicted. Use the `secrets` module (`secrets.token_urlsafe()`, `secrets.choice()`, `secrets.randbelow()`).',
  languages: ['python'],
  detect(context) {
    if (!/random/.test(context.file.text)) return [];
    const hits: SastHit[] = [];
    const imports = pyImports(context);
    for (const { call, callee, name } of pyCallsTo(context, RANDOM_FUNCTIONS)) {
      if (!name || !/^random\.\w+$/.test(name)) continue;
      // `try: from secrets import randbits / except ImportError: from random import getrandbits as randbits`: the secure one is meant.
      if (callee.type === 'identifier' && new RegExp(`from\\s+secrets\\s+import[^\\n]*\\b${callee.text}\\b`).test(context.file.text)) continue;
      const destination = destinationName(call);
      if (!destination || !isSecurityName(destination.replace(/\(\)$/, ''))) continue;
      const fn = name.slice('random.'.length);
      let fix: SastHit['fix'];
      // Rewritten only as `random.X(…)` (a module attribute), so the `random` import stays valid for other uses.
      const attribute = callee.type === 'attribute' && callee.childForFieldName('object')?.text === 'random' ? callee : undefined;
      const args = call.childForFieldName('arguments');
      let replacement = SECRETS_EQUIVALENT[fn];
      // randrange(n) with a single argument is randbelow(n); two or three arguments have no equivalent.
      if (fn === 'randrange' && args && pyPositional(args, 0) && !pyPositional(args, 1) && args.namedChildCount === 1) replacement = 'randbelow';
      if (attribute && replacement) {
        const edits: TextEdit[] = [replace(context, attribute, `secrets.${replacement}`)];
        const addImport = pyEnsureImport(context, imports, 'secrets');
        if (addImport) edits.push(addImport);
        fix = { title: `Use secrets.${replacement}()`, edits };
      }
      hits.push({
        node: call,
        message: `random.${fn}() is predictable, so \`${destination}\` can be guessed; use the secrets module${replacement ? ` (secrets.${replacement}())` : ' (secrets.token_urlsafe(), secrets.choice())'}`,
        fix,
      });
    }
    return hits;
  },
};

export default rule;

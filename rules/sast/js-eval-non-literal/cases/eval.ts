import { runInThisContext } from 'node:vm';

export function run(source: string, page: { evaluate(code: string): unknown }): unknown {
  const code = `return ${source}`;
  // ruleid: js-eval-non-literal
  const compiled = new Function(code as string);
  // ruleid: js-eval-non-literal
  runInThisContext(source);
  // ruleid: js-eval-non-literal
  globalThis.setTimeout(`tick(${source})`, 10);
  // ok: js-eval-non-literal (a literal, with a type assertion)
  eval('42' as string);
  // ok: js-eval-non-literal (browser automation, not eval)
  page.evaluate(source);
  return compiled();
}

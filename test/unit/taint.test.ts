/**
 * The intra-procedural taint engine: each source, propagation form and sanitiser, summaries of
 * same-file functions, branches and loops, TSX, and positions of the explained path (CRLF, BOM,
 * non-ASCII) through the engine, SARIF and the finding's related locations.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Node } from 'web-tree-sitter';
import { ALL_RULES } from '../../rules/index';
import { defaultConfig } from '../../server/src/engine/config/preflight';
import { Engine } from '../../server/src/engine/engine';
import { RuleRegistry } from '../../server/src/engine/rules';
import { analyseJavaScript } from '../../server/src/engine/scanners/sast/taint/javascript';
import { analysePython } from '../../server/src/engine/scanners/sast/taint/python';
import { taintAnalysis } from '../../server/src/engine/scanners/sast/taint/index';
import type { SinkKind, Taint, TaintAnalysis } from '../../server/src/engine/scanners/sast/taint/types';
import type { ScanNotice } from '../../server/src/engine/types';
import { renderSarif } from '../../server/src/reporters/sarif';

let engine: Engine;
before(async () => {
  engine = await Engine.create();
});
after(() => engine.dispose());

interface Analysed {
  analysis: TaintAnalysis;
  /** The taint reaching the first argument of the n-th call whose callee reads `callee`. */
  arg(callee: string, occurrence?: number, argument?: number): Taint | undefined;
  /** Same, only when not sanitised for `kind`. */
  reaching(callee: string, kind: SinkKind, occurrence?: number): Taint | undefined;
}

function analyse(path: string, text: string): Analysed {
  const parsed = engine.parse(Engine.source(path, text));
  const root = parsed.tree!.rootNode;
  const analysis = path.endsWith('.py') ? analysePython(root, text) : analyseJavaScript(root);
  const calls: Node[] = [];
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'call' || node.type === 'call_expression') calls.push(node);
    for (const child of [...node.namedChildren].reverse()) if (child) stack.push(child);
  }
  const argumentOf = (callee: string, occurrence: number, argument: number) => {
    const call = calls.filter((node) => node.childForFieldName('function')?.text === callee)[occurrence];
    assert.ok(call, `no call to ${callee} #${occurrence}`);
    const args = call.childForFieldName('arguments')!.namedChildren.filter((child) => child && child.type !== 'comment');
    return args[argument]!;
  };
  return {
    analysis,
    arg: (callee, occurrence = 0, argument = 0) => analysis.taintOf(argumentOf(callee, occurrence, argument)),
    reaching: (callee, kind, occurrence = 0) => analysis.reaching(argumentOf(callee, occurrence, 0), kind),
  };
}

const js = (body: string) => analyse('app.js', `app.get('/x', (req, res) => {\n${body}\n});\n`);
const py = (body: string) =>
  analyse('app.py', `from flask import request\n\n@app.route("/x")\ndef view():\n${body.split('\n').map((line) => `    ${line}`).join('\n')}\n`);

describe('JavaScript sources', () => {
  test('Express route handlers: req.query/params/body/headers/cookies, req.get()', () => {
    for (const source of ['req.query.a', 'req.params.id', 'req.body.name', "req.headers['x-host']", 'req.cookies.sid', "req.get('Host')"]) {
      const taint = js(`sink(${source});`).arg('sink');
      assert.ok(taint, source);
      assert.equal(taint.label, source);
    }
    assert.equal(js('sink(req.method);').arg('sink'), undefined, 'req.method is not client data the rule tracks');
  });

  test('Koa ctx, Fastify request/reply, Next.js (req, res), process.argv, browser and postMessage sources', () => {
    const koa = analyse('a.js', "router.get('/', async (ctx, next) => { sink(ctx.query.q); sink(ctx.request.body.x); sink(ctx.state.user); });");
    assert.ok(koa.arg('sink', 0));
    assert.ok(koa.arg('sink', 1));
    assert.equal(koa.arg('sink', 2), undefined);
    assert.ok(analyse('a.js', "fastify.post('/', async (request, reply) => { sink(request.body.cmd); });").arg('sink'));
    assert.ok(analyse('a.js', 'export default function handler(req, res) { sink(req.query.url); }').arg('sink'));
    const appRouter = analyse('route.ts', 'export async function POST(request: Request) { const body = await request.json(); sink(body.url); sink(request.nextUrl.searchParams.get("q")); }');
    assert.equal(appRouter.arg('sink', 0)?.label, 'request.json()');
    assert.ok(appRouter.arg('sink', 1));
    assert.ok(analyse('a.js', 'sink(process.argv[2]);').arg('sink'));
    const browser = analyse('a.js', 'sink(location.hash); sink(document.URL); sink(window.name); sink(document.referrer);');
    for (let i = 0; i < 4; i++) assert.ok(browser.arg('sink', i), `browser source ${i}`);
    const message = analyse('a.js', "window.addEventListener('message', (e) => { sink(e.data); sink(e.origin); });");
    assert.equal(message.arg('sink', 0)?.label, 'e.data');
    assert.equal(message.arg('sink', 1), undefined);
    assert.equal(analyse('a.js', 'function helper(options) { sink(options.query); }').arg('sink'), undefined, 'not a handler');
  });

  test("Next.js pages router: query and asPath of Next's useRouter() and of next/router's default export", () => {
    const hook = "import { useRouter } from 'next/router';\n";
    const page = analyse('page.jsx', `${hook}export function Page() {\n  const router = useRouter();\n  const { query, asPath: path } = useRouter();\n  sink(router.query.next); sink(router.asPath); sink(query.q); sink(path); sink(useRouter().query.id); sink(router.pathname); sink(Number(router.query.page));\n}\n`);
    for (let i = 0; i < 5; i++) assert.ok(page.arg('sink', i), `router source ${i}`);
    assert.equal(page.arg('sink', 0)?.label, 'router.query.next');
    assert.equal(page.arg('sink', 5), undefined, 'pathname is the route pattern, not the URL');
    assert.equal(page.arg('sink', 6), undefined, 'a number');
    assert.ok(analyse('page.jsx', `${hook}let router;\nfunction Page() { router = useRouter(); sink(router.query.q); }`).arg('sink'), 'assigned later');
    assert.ok(analyse('page.jsx', "import { useRouter as useNextRouter } from 'next/navigation';\nfunction Page() { const r = useNextRouter(); sink(r.query.q); }").arg('sink'), 'aliased');
    assert.ok(analyse('page.jsx', "import Router from 'next/router';\nfunction go() { sink(Router.asPath); }").arg('sink'), 'the router singleton');
    assert.equal(analyse('page.jsx', `${hook}function Page(useRouter) { const router = useRouter(); sink(router.query.q); }`).arg('sink'), undefined, 'shadowed by a parameter');
    assert.equal(analyse('page.jsx', "import { useRouter } from './router';\nfunction Page() { const router = useRouter(); sink(router.query.q); }").arg('sink'), undefined, 'not imported from Next');
    assert.equal(analyse('page.tsx', "import type { useRouter } from 'next/router';\nfunction Page() { const router = useRouter(); sink(router.query.q); }").arg('sink'), undefined, 'a type-only import');
  });
});

describe('JavaScript propagation', () => {
  const cases: Array<[string, string]> = [
    ['assignment', 'const a = req.query.x; let b; b = a; sink(b);'],
    ['object destructuring', 'const { a, b: [c] } = req.body; sink(c);'],
    ['destructuring the request', 'const { query } = req; sink(query.q);'],
    ['array destructuring', 'const [first] = req.body.list; sink(first);'],
    ['concatenation', "sink('ls ' + req.query.dir);"],
    ['template literal', 'sink(`ls ${req.query.dir}`);'],
    ['augmented assignment', "let cmd = 'ls '; cmd += req.query.dir; sink(cmd);"],
    ['String()', 'sink(String(req.query.x));'],
    ['path.join', "sink(path.join('/srv', req.params.name));"],
    ['path.resolve', "sink(path.resolve('/srv', req.params.name));"],
    ['array literal', "sink(['a', req.query.x].join(' '));"],
    ['object literal', 'sink({ where: req.query.x });'],
    ['method chain', "sink(req.query.x.trim().toLowerCase().split(',')[0]);"],
    ['ternary and ||', "sink(flag ? req.query.a : 'b'); sink(req.query.b || 'x');"],
    ['stored in an object field', 'const opts = {}; opts.cmd = req.query.c; sink(opts.cmd);'],
    ['await and TypeScript-free wrappers', 'sink((await req.query.x));'],
  ];
  for (const [name, body] of cases) {
    test(name, () => assert.ok(js(body).arg('sink'), name));
  }

  test('the path records the assignments it went through', () => {
    const taint = js('const host = req.query.host;\nconst cmd = `ping ${host}`;\nsink(cmd);').arg('sink')!;
    assert.deepEqual(
      taint.steps.map((step) => step.note),
      ['assigned to `host`', 'assigned to `cmd`'],
    );
    assert.equal(taint.prefix, 'ping ');
  });

  test('a module variable declared clean and assigned request data in one handler is tainted in a later one', () => {
    const analysed = analyse(
      'app.js',
      "let last = 'ls';\napp.post('/store', (req, res) => {\n  last = req.query.cmd;\n});\napp.get('/run', (req, res) => {\n  sink(last);\n});\nfunction later() {\n  let local = 'a';\n  sink(local);\n}\n",
    );
    assert.equal(analysed.arg('sink', 0)?.label, 'req.query.cmd');
    assert.equal(analysed.arg('sink', 1), undefined, 'a clean variable stays clean');
  });

  test('unknown calls, arithmetic and comparisons do not propagate', () => {
    const analysed = js('sink(lookup(req.query.id)); sink(req.query.n * 2); sink(req.query.a === "b"); sink(req.query.list.length);');
    for (let i = 0; i < 4; i++) assert.equal(analysed.arg('sink', i), undefined, `#${i}`);
  });
});

describe('JavaScript sanitisers', () => {
  test('numeric casts remove the taint', () => {
    const analysed = js('sink(Number(req.query.a)); sink(parseInt(req.query.b, 10)); sink(+req.query.c); sink(Math.max(req.query.d, 1));');
    for (let i = 0; i < 4; i++) assert.equal(analysed.arg('sink', i), undefined, `#${i}`);
  });

  test('kind-specific sanitisers clean only their kind', () => {
    const analysed = js('sink(path.basename(req.params.f)); sink(encodeURIComponent(req.query.q)); sink(escapeHtml(req.query.h)); sink(quote([req.query.s]));');
    assert.ok(analysed.arg('sink', 0), 'basename keeps the value tainted');
    assert.equal(analysed.reaching('sink', 'path', 0), undefined);
    assert.ok(analysed.reaching('sink', 'shell', 0), 'basename does not quote for a shell');
    assert.equal(analysed.reaching('sink', 'url', 1), undefined);
    assert.equal(analysed.reaching('sink', 'html', 2), undefined);
    assert.ok(analysed.reaching('sink', 'sql', 2));
    assert.equal(analysed.reaching('sink', 'shell', 3), undefined);
  });

  test('allow-list checks guard their branch, and an early return guards what follows', () => {
    const guarded = js('const t = req.query.t;\nif (ALLOWED.includes(t)) { sink(t); }\nsink(t);\nif (!/^\\w+$/.test(t)) return;\nsink(t);');
    assert.equal(guarded.arg('sink', 0), undefined, 'inside the allow-list branch');
    assert.ok(guarded.arg('sink', 1), 'after the branch, unchecked');
    assert.equal(guarded.arg('sink', 2), undefined, 'after the early return');
  });

  test('a bind parameter is not the query text', () => {
    const analysed = js("db.query('SELECT * FROM t WHERE id = $1', [req.query.id]);");
    assert.equal(analysed.arg('db.query', 0, 0), undefined);
    assert.ok(analysed.arg('db.query', 0, 1));
  });
});

describe('JavaScript functions, branches and loops', () => {
  test('summaries: a parameter reaching the return value of a same-file function', () => {
    const analysed = analyse('a.js', "function wrap(x, y) { return 'echo ' + y; }\napp.get('/', (req, res) => { sink(wrap(req.query.a, 'b')); sink(wrap('a', req.query.b)); });");
    assert.equal(analysed.arg('sink', 0), undefined, 'the first parameter does not reach the result');
    const taint = analysed.arg('sink', 1)!;
    assert.ok(taint);
    assert.ok(taint.steps.some((step) => step.note === 'returned by `wrap()`'));
  });

  test('untrusted arguments are followed into the callee and its sinks', () => {
    const analysed = analyse('a.js', "function run(command) { sink(command); }\napp.post('/', (req, res) => run(req.body.script));\nrun('ls');");
    const taint = analysed.arg('sink')!;
    assert.equal(taint.label, 'req.body.script');
    assert.ok(taint.steps.some((step) => step.note === 'passed to `run()` as `command`'));
  });

  test('recursion terminates', () => {
    const analysed = analyse('a.js', "function f(x) { return x ? f(x.slice(1)) : ''; }\napp.get('/', (req, res) => sink(f(req.query.a)));");
    analysed.arg('sink');
  });

  test('branches join conservatively; straight-line reassignment cleans', () => {
    const analysed = js("let a = req.query.a;\nif (x) { a = 'safe'; } else { a = a.trim(); }\nsink(a);\nlet b = req.query.b;\nb = 'constant';\nsink(b);");
    assert.ok(analysed.arg('sink', 0), 'one branch keeps it tainted');
    assert.equal(analysed.arg('sink', 1), undefined);
  });

  test('a value carried into the next loop iteration', () => {
    assert.ok(js("let acc = '';\nfor (const item of list) { sink(acc); acc = acc + req.query.x; }").arg('sink'));
  });

  test('TSX: type assertions, non-null, satisfies and JSX attribute values', () => {
    const text = "export function Page() {\n  const q = (useSearchParams().get('q') as string)!;\n  sink(q satisfies string);\n  return <div title={q} dangerouslySetInnerHTML={{ __html: `<b>${q}</b>` }} />;\n}\n";
    assert.ok(analyse('page.tsx', text).arg('sink'));
    const findings = engine.scanSource(Engine.source('page.tsx', text), { config: defaultConfig() }).findings.filter((f) => f.ruleId === 'js-react-dangerous-html');
    assert.deepEqual(findings.map((f) => f.range.start.line), [3]);
    assert.match(findings[0].message, /^`useSearchParams\(\)` \(line 2\) reaches `dangerouslySetInnerHTML` \(line 4\)/);
  });
});

describe('Python sources and propagation', () => {
  test('Flask request fields, .get(), route parameters, sys.argv and input()', () => {
    for (const source of ['request.args["q"]', 'request.args.get("q")', 'request.form["f"]', 'request.json["j"]', 'request.cookies.get("c")', 'request.get_json()', 'request.headers["H"]', 'request.values["v"]']) {
      const taint = py(`sink(${source})`).arg('sink');
      assert.ok(taint, source);
      assert.equal(taint.label, source);
    }
    const route = analyse('app.py', '@app.route("/<name>")\ndef view(name, self=None):\n    sink(name)\n');
    assert.equal(route.arg('sink')?.label, 'name');
    const script = analyse('cli.py', 'import sys\nsink(sys.argv[1])\nsink(input("? "))\n');
    assert.ok(script.arg('sink', 0));
    assert.ok(script.arg('sink', 1));
    assert.equal(analyse('a.py', 'def helper(request):\n    sink(request.args["q"])\n').arg('sink'), undefined, 'not Flask: request is a parameter without Django fields');
  });

  test('Django views and FastAPI route parameters (validated types and Depends() excluded)', () => {
    const django = analyse('views.py', 'def view(request):\n    sink(request.GET["q"])\n    sink(request.user)\n');
    assert.ok(django.arg('sink', 0));
    assert.equal(django.arg('sink', 1), undefined);
    const fastapi = analyse('api.py', '@router.get("/items/{item_id}")\nasync def read(item_id: int, q: str, db=Depends(get_db)):\n    sink(item_id)\n    sink(q)\n    sink(db)\n');
    assert.equal(fastapi.arg('sink', 0), undefined, 'an int path parameter');
    assert.ok(fastapi.arg('sink', 1));
    assert.equal(fastapi.arg('sink', 2), undefined, 'a dependency');
    const starlette = analyse('api.py', '@app.post("/hook")\nasync def hook(request: Request):\n    payload = await request.json()\n    sink(payload["url"])\n    sink(request.query_params["q"])\n');
    assert.equal(starlette.arg('sink', 0)?.label, 'request.json()');
    assert.ok(starlette.arg('sink', 1));
  });

  const cases: Array<[string, string]> = [
    ['assignment', 'a = request.args["x"]\nb = a\nsink(b)'],
    ['tuple unpacking from a tuple literal', 'a, b = "safe", request.args["x"]\nsink(b)'],
    ['nested tuple unpacking of a value', 'a, (b, c) = request.json\nsink(c)'],
    ['f-string', 'sink(f"ls {request.args[\'d\']}")'],
    ['% formatting', 'sink("ls %s" % request.args["d"])'],
    ['.format()', 'sink("ls {}".format(request.args["d"]))'],
    ['augmented assignment', 'cmd = "ls "\ncmd += request.args["d"]\nsink(cmd)'],
    ['str()', 'sink(str(request.args["d"]))'],
    ['os.path.join', 'sink(os.path.join("/srv", request.args["f"]))'],
    ['list and dict literals', 'sink(["a", request.args["x"]])\nsink({"k": request.args["x"]})'],
    ['method chain', 'sink(request.args["x"].strip().lower().split(",")[0])'],
    ['walrus', 'if (v := request.args.get("v")):\n    sink(v)'],
    ['comprehension', 'sink([p.strip() for p in request.args["x"].split(",")])'],
    ['for loop target', 'for part in request.args["x"].split(","):\n    sink(part)'],
  ];
  for (const [name, body] of cases) {
    test(name, () => assert.ok(py(body).arg('sink'), name));
  }

  test('tuple unpacking keeps the clean element clean', () => {
    assert.equal(py('a, b = "safe", request.args["x"]\nsink(a)').arg('sink'), undefined);
  });
});

describe('Python sanitisers, functions and branches', () => {
  test('numeric casts remove the taint; kind-specific sanitisers clean their kind', () => {
    const analysed = py('sink(int(request.args["a"]))\nsink(float(request.args["b"]))\nsink(shlex.quote(request.args["c"]))\nsink(secure_filename(request.args["d"]))\nsink(escape(request.args["e"]))');
    assert.equal(analysed.arg('sink', 0), undefined);
    assert.equal(analysed.arg('sink', 1), undefined);
    assert.equal(analysed.reaching('sink', 'shell', 2), undefined);
    assert.ok(analysed.reaching('sink', 'sql', 2), 'shell quoting is not SQL escaping');
    assert.equal(analysed.reaching('sink', 'path', 3), undefined);
    assert.equal(analysed.reaching('sink', 'html', 4), undefined);
  });

  test('`in` guards its branch; `not in` + return/abort guards what follows', () => {
    const analysed = py('h = request.args["h"]\nif h in HOSTS:\n    sink(h)\nsink(h)\nif h not in HOSTS:\n    abort(400)\nsink(h)');
    assert.equal(analysed.arg('sink', 0), undefined);
    assert.ok(analysed.arg('sink', 1));
    assert.equal(analysed.arg('sink', 2), undefined);
  });

  test('a parameterised query keeps the value out of the SQL text', () => {
    const analysed = py('cursor.execute("SELECT * FROM t WHERE a = %s", (request.args["a"],))');
    assert.equal(analysed.arg('cursor.execute', 0, 0), undefined);
    assert.ok(analysed.arg('cursor.execute', 0, 1));
  });

  test('summaries and callee sinks through same-file functions, keyword arguments too', () => {
    const analysed = analyse(
      'app.py',
      'from flask import request\n\ndef build(prefix, value):\n    return prefix + value\n\ndef run(cmd):\n    sink(cmd)\n\n@app.post("/")\ndef view():\n    out(build("ls ", request.args["d"]))\n    out(build(value="x", prefix="y"))\n    run(cmd=request.form["c"])\n',
    );
    assert.ok(analysed.arg('out', 0));
    assert.equal(analysed.arg('out', 1), undefined);
    assert.equal(analysed.arg('sink')?.label, 'request.form["c"]');
  });

  test('branches join conservatively; loops carry values', () => {
    const analysed = py('a = request.args["a"]\nif x:\n    a = "safe"\nsink(a)\nb = request.args["b"]\nb = "constant"\nsink(b)\nacc = ""\nfor i in range(3):\n    sink(acc)\n    acc = acc + request.args["c"]');
    assert.ok(analysed.arg('sink', 0));
    assert.equal(analysed.arg('sink', 1), undefined);
    assert.ok(analysed.arg('sink', 2));
  });
});

describe('bounded work', () => {
  test('past its work limit the analysis keeps what it found and says it stopped', () => {
    const body = ["const cmd = req.query.cmd;", 'sink(cmd);', ...Array.from({ length: 200 }, (_, i) => `const v${i} = cmd + ${i};`), 'late(cmd);'].join('\n');
    const text = `app.get('/', (req, res) => {\n${body}\n});\n`;
    const parsed = engine.parse(Engine.source('big.js', text));
    const notices: ScanNotice[] = [];
    const context = { file: parsed, language: 'javascript' as const, root: parsed.tree!.rootNode, matches: () => [], notify: (notice: ScanNotice) => notices.push(notice) };
    const analysis = taintAnalysis(context, 300);
    assert.equal(analysis.truncated, true);
    assert.equal(analysis.empty, false, 'the early flow is kept');
    assert.equal(notices.length, 1);
    assert.match(notices[0].message, /work limit/);
    assert.equal(notices[0].file, 'big.js');
    const full = analyse('big.js', text);
    assert.equal(full.analysis.truncated, false);
    assert.ok(full.arg('late'), 'with the default limit the late flow is found');
    parsed.tree?.delete();
  });
});

describe('findings explain the path', () => {
  const config = defaultConfig();

  test('message names source and sink with lines; related locations point at source and steps (CRLF, BOM, non-ASCII)', () => {
    const lines = [
      "\uFEFFconst cp = require('child_process');",
      '// café 😀 — non-ASCII before the flow',
      "app.get('/ping', (req, res) => {",
      "  const label = 'é😀'; const host = req.query.host;",
      '  const cmd = `ping ${host}`;',
      '  cp.exec(cmd);',
      '});',
    ];
    const text = lines.join('\r\n') + '\r\n';
    const [finding] = engine.scanSource(Engine.source('app.js', text), { config }).findings.filter((f) => f.ruleId === 'js-command-injection');
    assert.ok(finding, 'a finding');
    assert.equal(finding.message, '`req.query.host` (line 4) reaches `exec()` (line 6) unsanitised; a shell parses it; use execFile() with an argument array');
    assert.deepEqual(finding.range.start, { line: 5, character: 2 });
    const sourceColumn = lines[3].indexOf('req.query.host');
    assert.deepEqual(
      finding.related?.map((related) => [related.message, related.range.start.line, related.range.start.character]),
      [
        ['source: untrusted `req.query.host`', 3, sourceColumn],
        ['assigned to `host`', 3, lines[3].indexOf('host =')],
        ['assigned to `cmd`', 4, 8],
      ],
    );
    assert.notEqual(Buffer.byteLength(lines[3].slice(0, sourceColumn)), sourceColumn, 'the line holds characters whose UTF-8 and UTF-16 lengths differ');
    assert.equal(finding.related?.[0].file, 'app.js');
  });

  test('SARIF carries related locations, a code flow ending at the sink, and the rule confidence as precision', () => {
    const text = 'import os\nfrom flask import request\n\n@app.route("/")\ndef view():\n    name = request.args["n"]\n    os.system("ls " + name)\n';
    const findings = engine.scanSource(Engine.source('app.py', text), { config }).findings.filter((f) => f.ruleId === 'py-command-injection');
    assert.equal(findings.length, 1);
    const sarif = JSON.parse(
      renderSarif({ root: '/tmp/ws', gates: config.gates, verdicts: [], findings, notices: [], filesScanned: 1, rules: new RuleRegistry(ALL_RULES), toolVersion: '0.0.0' }),
    );
    const [result] = sarif.runs[0].results;
    assert.deepEqual(
      result.relatedLocations.map((location: { physicalLocation: { region: { startLine: number } }; message: { text: string } }) => [location.physicalLocation.region.startLine, location.message.text]),
      [
        [6, 'source: untrusted `request.args["n"]`'],
        [6, 'assigned to `name`'],
      ],
    );
    const flow = result.codeFlows[0].threadFlows[0].locations;
    assert.equal(flow.length, 3);
    assert.equal(flow.at(-1).location.physicalLocation.region.startLine, 7);
    const descriptor = sarif.runs[0].tool.driver.rules.find((rule: { id: string }) => rule.id === 'py-command-injection');
    assert.equal(descriptor.properties.precision, 'high');
  });
});

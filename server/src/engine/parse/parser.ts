/**
 * The one place that knows web-tree-sitter: loads the runtime and the shipped `.wasm` grammars
 * once, parses (incrementally when given the previous tree) and compiles queries once per
 * language. Scanners receive the tree; they never parse.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Language as TsLanguage, Parser, Query, type Edit, type Tree } from 'web-tree-sitter';
import { TREE_LANGUAGES, type TreeLanguage } from './languages';

const GRAMMAR_FILES: Record<TreeLanguage, { file: string; packagePath: string }> = {
  javascript: { file: 'tree-sitter-javascript.wasm', packagePath: 'tree-sitter-javascript/tree-sitter-javascript.wasm' },
  typescript: { file: 'tree-sitter-typescript.wasm', packagePath: 'tree-sitter-typescript/tree-sitter-typescript.wasm' },
  tsx: { file: 'tree-sitter-tsx.wasm', packagePath: 'tree-sitter-typescript/tree-sitter-tsx.wasm' },
  python: { file: 'tree-sitter-python.wasm', packagePath: 'tree-sitter-python/tree-sitter-python.wasm' },
  terraform: { file: 'tree-sitter-terraform.wasm', packagePath: '@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-terraform.wasm' },
};


/**
 * Finds a `.wasm` file: next to the bundle (`dist/grammars/`) when running from `dist/`,
 * otherwise in `node_modules` (tests and scripts run from source).
 */
function locate(bundledName: string, packagePath: string): string {
  const bundled = join(__dirname, 'grammars', bundledName);
  if (existsSync(bundled)) return bundled;
  return require.resolve(packagePath);
}

export type { Tree, Edit };

/** How many spare trees (see `offer`) are kept at most; the oldest is freed first. */
const SPARE_TREES_LIMIT = 64;

export class ParserService {
  private readonly parser = new Parser();
  private readonly queries = new Map<string, Query>();
  /** Trees offered back by a reader that was done with them, by language and text, until a parse of that text takes them. */
  private readonly spareTrees = new Map<string, Tree>();

  private constructor(private readonly languages: Map<TreeLanguage, TsLanguage>) {}

  static async create(): Promise<ParserService> {
    await Parser.init({
      locateFile: (name: string) => locate(name, `web-tree-sitter/${name}`),
    });
    const languages = new Map<TreeLanguage, TsLanguage>();
    for (const language of TREE_LANGUAGES) {
      const { file, packagePath } = GRAMMAR_FILES[language];
      languages.set(language, await TsLanguage.load(locate(file, packagePath)));
    }
    return new ParserService(languages);
  }

  /** Parses `text`; pass the previous tree, already `edit()`ed, to reparse incrementally. */
  parse(language: TreeLanguage, text: string, previous?: Tree): Tree {
    if (!previous && this.spareTrees.size > 0) {
      const key = spareKey(language, text);
      const spare = this.spareTrees.get(key);
      if (spare) {
        this.spareTrees.delete(key);
        return spare;
      }
    }
    const grammar = this.languages.get(language);
    if (!grammar) throw new Error(`No grammar loaded for ${language}`);
    this.parser.setLanguage(grammar);
    const tree = this.parser.parse(text, previous ?? null);
    if (!tree) throw new Error(`tree-sitter returned no tree for a ${language} file`);
    return tree;
  }

  /**
   * Hands over a tree the caller no longer needs, so that the next `parse` of the same text takes
   * it instead of parsing again: a Terraform file parsed for its module's declarations (as the
   * sibling of another file) is parsed once, not again when its own turn comes. The caller must
   * not use or delete the tree afterwards.
   */
  offer(language: TreeLanguage, text: string, tree: Tree): void {
    const key = spareKey(language, text);
    if (this.spareTrees.has(key)) {
      tree.delete();
      return;
    }
    if (this.spareTrees.size >= SPARE_TREES_LIMIT) {
      const [oldestKey, oldest] = this.spareTrees.entries().next().value as [string, Tree];
      this.spareTrees.delete(oldestKey);
      oldest.delete();
    }
    this.spareTrees.set(key, tree);
  }

  /** Compiles a query once per language and source text; invalid queries throw with the grammar's message. */
  query(language: TreeLanguage, source: string): Query {
    const key = `${language}\0${source}`;
    let query = this.queries.get(key);
    if (!query) {
      const grammar = this.languages.get(language);
      if (!grammar) throw new Error(`No grammar loaded for ${language}`);
      query = new Query(grammar, source);
      this.queries.set(key, query);
    }
    return query;
  }

  dispose(): void {
    for (const tree of this.spareTrees.values()) tree.delete();
    this.spareTrees.clear();
    for (const query of this.queries.values()) query.delete();
    this.queries.clear();
    this.parser.delete();
  }
}

function spareKey(language: TreeLanguage, text: string): string {
  return `${language}\0${text}`;
}

/**
 * A Terraform file is parsed once per run even when it is also a sibling of the files scanned
 * before it: the tree parsed for its module's declarations is handed back to the parser
 * (`ParserService.offer`) and taken by the file's own scan.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { defaultConfig } from '../../server/src/engine/config/preflight';
import { DiskDirectoryReader } from '../../server/src/engine/directory';
import { Engine } from '../../server/src/engine/engine';
import type { Tree } from '../../server/src/engine/parse/parser';
import { makeWorkspace } from '../support/workspace';

let engine: Engine;
before(async () => {
  engine = await Engine.create();
});
after(() => engine.dispose());

const MAIN = 'resource "aws_ebs_volume" "data" {\n  availability_zone = "eu-west-1a"\n  size              = 8\n  encrypted         = var.encrypted\n}\n';
const VARIABLES = 'variable "encrypted" {\n  default = false\n}\n';

describe('spare trees', () => {
  test('a tree offered back is what the next parse of the same text returns, once', () => {
    const parser = engine.parser;
    const offered = parser.parse('terraform', VARIABLES);
    parser.offer('terraform', VARIABLES, offered);
    const taken = parser.parse('terraform', VARIABLES);
    assert.equal(taken, offered);
    assert.equal(taken.rootNode.text, VARIABLES);
    const again = parser.parse('terraform', VARIABLES);
    assert.notEqual(again, taken, 'a spare tree is handed out to one owner only');
    again.delete();
    taken.delete();
  });

  test('a spare tree is only taken for the same language and text, never for an incremental parse', () => {
    const parser = engine.parser;
    const offered = parser.parse('terraform', VARIABLES);
    parser.offer('terraform', VARIABLES, offered);
    const other = parser.parse('terraform', `${VARIABLES}\n`);
    assert.notEqual(other, offered);
    const python = parser.parse('python', VARIABLES);
    assert.notEqual(python, offered);
    const incremental = parser.parse('terraform', VARIABLES, other);
    assert.notEqual(incremental, offered);
    assert.equal(parser.parse('terraform', VARIABLES), offered);
    for (const tree of [other, python, incremental, offered]) tree.delete();
  });

  test('scanning a module file parses its sibling for declarations, and the sibling scan reuses that tree', () => {
    const workspace = makeWorkspace({ 'infra/main.tf': MAIN, 'infra/variables.tf': VARIABLES });
    const parser = engine.parser;
    const offer = parser.offer.bind(parser);
    const parse = parser.parse.bind(parser);
    const offered: Tree[] = [];
    const parsed: Tree[] = [];
    parser.offer = (language, text, tree) => {
      offered.push(tree);
      offer(language, text, tree);
    };
    parser.parse = (language, text, previous) => {
      const tree = parse(language, text, previous);
      parsed.push(tree);
      return tree;
    };
    try {
      const config = defaultConfig();
      const directory = new DiskDirectoryReader(workspace.root, config.maxFileBytes);
      const main = engine.scanSource(Engine.source('infra/main.tf', MAIN), { config, directory });
      assert.equal(main.findings.filter((finding) => finding.ruleId === 'CKV_AWS_3').length, 1, 'var.encrypted resolved from the sibling');
      assert.equal(offered.length, 1, 'variables.tf was parsed for its declarations and its tree kept');
      const siblingTree = offered[0];
      parsed.length = 0;
      engine.scanSource(Engine.source('infra/variables.tf', VARIABLES), { config, directory });
      assert.equal(parsed.length, 1);
      assert.equal(parsed[0], siblingTree, 'its own scan took the kept tree instead of parsing again');
    } finally {
      parser.offer = offer;
      parser.parse = parse;
      workspace.dispose();
    }
  });
});

/**
 * Reading a node's `type` or `text` crosses into the WebAssembly parser on every access (the
 * node object does not keep them). Nodes that a file model hands to every rule (each call of
 * the file, its callee) are read dozens of times per scan, so their facts are read once and
 * kept on the object. A tree is never edited while it is scanned, so the facts cannot go stale.
 */
import type { Node } from 'web-tree-sitter';

export function keepFacts(node: Node, facts: ReadonlyArray<'type' | 'text'>): Node {
  for (const fact of facts) Object.defineProperty(node, fact, { value: node[fact], enumerable: false });
  return node;
}

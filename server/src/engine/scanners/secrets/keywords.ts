/**
 * Finds which of many keywords occur in a text in one pass (Aho–Corasick over ASCII, case
 * folded on the fly), so the secrets scanner runs a rule's regex only where its keyword is present.
 * Keywords are lower-case. The rare keyword with non-ASCII characters (possible in a repository's
 * `.gitleaks.toml`) is looked for with a plain substring search instead.
 */
const ALPHABET = 128;

export class KeywordMatcher {
  /** goto/fail automaton as a dense table: state * ALPHABET + char → next state. */
  private readonly next: Int32Array;
  /** Keywords that end in each state (its own and those reached through failure links). */
  private readonly outputs: number[][];
  /** 1 where a state has outputs: the scan loop tests a byte, not an array's length. */
  private readonly emits: Uint8Array;

  private readonly keywords: string[];
  private readonly others: string[];

  constructor(keywords: readonly string[]) {
    this.keywords = keywords.filter((keyword) => /^[\x00-\x7f]*$/.test(keyword));
    this.others = keywords.filter((keyword) => !/^[\x00-\x7f]*$/.test(keyword));
    const trie: number[][] = [new Array<number>(ALPHABET).fill(-1)];
    const ends: number[][] = [[]];
    this.keywords.forEach((keyword, index) => {
      let state = 0;
      for (const char of keyword) {
        const code = char.charCodeAt(0);
        if (trie[state][code] === -1) {
          trie[state][code] = trie.length;
          trie.push(new Array<number>(ALPHABET).fill(-1));
          ends.push([]);
        }
        state = trie[state][code];
      }
      ends[state].push(index);
    });
    // Breadth-first: complete the transitions with failure links, and inherit outputs.
    const fail = new Array<number>(trie.length).fill(0);
    const queue: number[] = [];
    for (let code = 0; code < ALPHABET; code++) {
      const child = trie[0][code];
      if (child === -1) trie[0][code] = 0;
      else queue.push(child);
    }
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head];
      ends[state] = [...ends[state], ...ends[fail[state]]];
      for (let code = 0; code < ALPHABET; code++) {
        const child = trie[state][code];
        if (child === -1) {
          trie[state][code] = trie[fail[state]][code];
        } else {
          fail[child] = trie[fail[state]][code];
          queue.push(child);
        }
      }
    }
    this.next = Int32Array.from(trie.flat());
    this.outputs = ends;
    this.emits = Uint8Array.from(ends, (out) => (out.length > 0 ? 1 : 0));
  }

  /** The keywords present in `text` (ASCII letters compared case-insensitively). */
  found(text: string): Set<string> {
    const seen = new Set<string>();
    const next = this.next;
    const emits = this.emits;
    const length = text.length;
    let state = 0;
    for (let i = 0; i < length; i++) {
      let code = text.charCodeAt(i);
      if (code >= 65 && code <= 90) code |= 0x20;
      else if (code >= ALPHABET) {
        state = 0;
        continue;
      }
      state = next[state * ALPHABET + code];
      if (emits[state] === 1) for (const index of this.outputs[state]) seen.add(this.keywords[index]);
    }
    if (this.others.length > 0) {
      const lower = text.toLowerCase();
      for (const keyword of this.others) if (lower.includes(keyword)) seen.add(keyword);
    }
    return seen;
  }
}

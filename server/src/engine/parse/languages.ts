/**
 * Maps a file to the language Preflight analyses it as. Tree-sitter languages get a tree;
 * YAML and JSON are parsed by their own libraries where a scanner needs them; everything else
 * is plain text (the secrets scanner still reads it).
 */

export const TREE_LANGUAGES = ['javascript', 'typescript', 'tsx', 'python', 'terraform'] as const;
export type TreeLanguage = (typeof TREE_LANGUAGES)[number];
export type Language = TreeLanguage | 'yaml' | 'json' | 'dockerfile' | 'text';

const BY_EXTENSION: Record<string, Language> = {
  '.js': 'javascript',
  '.mjs': 'javascript',
  '.cjs': 'javascript',
  '.jsx': 'javascript',
  '.ts': 'typescript',
  '.mts': 'typescript',
  '.cts': 'typescript',
  '.tsx': 'tsx',
  '.py': 'python',
  '.tf': 'terraform',
  '.tfvars': 'terraform',
  '.hcl': 'terraform',
  '.yaml': 'yaml',
  '.yml': 'yaml',
  '.json': 'json',
  '.template': 'yaml',
};

/** LSP language ids that map to our languages (when the client tells us). */
const BY_LANGUAGE_ID: Record<string, Language> = {
  javascript: 'javascript',
  javascriptreact: 'javascript',
  typescript: 'typescript',
  typescriptreact: 'tsx',
  python: 'python',
  terraform: 'terraform',
  hcl: 'terraform',
  yaml: 'yaml',
  json: 'json',
  jsonc: 'json',
  dockerfile: 'dockerfile',
};

/** `Dockerfile`, `Dockerfile.prod`, `Containerfile`, `api.dockerfile` (the names Docker, Podman and Checkov look for). */
const DOCKERFILE_NAME = /^(?:(?:docker|container)file(?:\.[^.]+)?|.+\.dockerfile)$/i;

export function isTreeLanguage(language: Language): language is TreeLanguage {
  return (TREE_LANGUAGES as readonly string[]).includes(language);
}

/** Decides by file name first (it is what the CLI sees too), then by the editor's language id. */
export function detectLanguage(path: string, languageId?: string): Language {
  const name = path.replace(/\\/g, '/').split('/').pop() ?? path;
  const dot = name.lastIndexOf('.');
  const extension = dot >= 0 ? name.slice(dot).toLowerCase() : '';
  const byExtension = BY_EXTENSION[extension];
  if (byExtension) return byExtension;
  if (DOCKERFILE_NAME.test(name)) return 'dockerfile';
  if (languageId && BY_LANGUAGE_ID[languageId]) return BY_LANGUAGE_ID[languageId];
  return 'text';
}

const LINE_COMMENT: Partial<Record<Language, string>> = {
  javascript: '//',
  typescript: '//',
  tsx: '//',
  python: '#',
  terraform: '#',
  yaml: '#',
  dockerfile: '#',
};

/** The line-comment syntax of a file, or undefined when it has none we can be sure of (JSON, unknown text). */
export function lineCommentFor(path: string, language: Language): string | undefined {
  const known = LINE_COMMENT[language];
  if (known) return known;
  if (/(^|\/)(\.env[^/]*|[^/]*\.(env|sh|bash|properties|ini|cfg|conf|toml|rb|pl))$/i.test(path)) return '#';
  return undefined;
}

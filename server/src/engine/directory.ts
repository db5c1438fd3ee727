/**
 * Access to the files next to the one being scanned. Some checks need more than one file: a
 * Terraform module is every `.tf` file of a directory plus its `.tfvars`. The engine stays
 * independent of where files live: the workspace scan reads the disk, the language server
 * overlays the documents open in the editor (unsaved text wins), a lone document has none.
 *
 * Paths are workspace-relative with forward slashes; a directory is `''` for the root.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface DirectoryReader {
  /** Names of the regular files directly inside `directory`, sorted. Empty when it cannot be listed. */
  list(directory: string): readonly string[];
  /** The text of a file (a leading BOM dropped), or undefined when it is missing, unreadable, binary or too big. */
  read(path: string): string | undefined;
}

export function directoryOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash === -1 ? '' : path.slice(0, slash);
}

export function joinPath(directory: string, name: string): string {
  return directory ? `${directory}/${name}` : name;
}

/**
 * Reads the disk under `root`, remembering listings and texts until `invalidate` says a file
 * changed. One instance per workspace scan reads each sibling once for the whole run.
 */
export class DiskDirectoryReader implements DirectoryReader {
  private readonly listings = new Map<string, readonly string[]>();
  private readonly texts = new Map<string, string | undefined>();

  constructor(
    private readonly root: string,
    private readonly maxFileBytes: number,
  ) {}

  list(directory: string): readonly string[] {
    let names = this.listings.get(directory);
    if (!names) {
      try {
        names = readdirSync(join(this.root, directory), { withFileTypes: true })
          .filter((item) => item.isFile())
          .map((item) => item.name)
          .sort();
      } catch {
        names = [];
      }
      this.listings.set(directory, names);
    }
    return names;
  }

  read(path: string): string | undefined {
    if (this.texts.has(path)) return this.texts.get(path);
    let text: string | undefined;
    try {
      const absolute = join(this.root, path);
      if (statSync(absolute).size <= this.maxFileBytes) {
        const bytes = readFileSync(absolute);
        if (!bytes.subarray(0, 8192).includes(0)) text = bytes.toString('utf8').replace(/^\uFEFF/, '');
      }
    } catch {
      text = undefined;
    }
    this.texts.set(path, text);
    return text;
  }

  /** Forgets a file (created, changed or deleted on disk) and its directory's listing. */
  invalidate(path: string): void {
    this.texts.delete(path);
    this.listings.delete(directoryOf(path));
  }
}

/** A reader whose open documents (by workspace-relative path) take precedence over `base`. */
export class OverlayDirectoryReader implements DirectoryReader {
  constructor(
    private readonly base: DirectoryReader,
    private readonly openText: (path: string) => string | undefined,
    private readonly openPaths: () => Iterable<string>,
  ) {}

  list(directory: string): readonly string[] {
    const names = new Set(this.base.list(directory));
    for (const path of this.openPaths()) if (directoryOf(path) === directory) names.add(path.slice(directory ? directory.length + 1 : 0));
    return [...names].sort();
  }

  read(path: string): string | undefined {
    return this.openText(path)?.replace(/^\uFEFF/, '') ?? this.base.read(path);
  }
}

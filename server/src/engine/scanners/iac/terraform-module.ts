/**
 * The Terraform module around a file: its own declarations merged with those of the other
 * `.tf`, `.tfvars` and `.tfvars.json` files of its directory, read through the scan's
 * DirectoryReader (absent for a lone document: the file is then its own module). Declarations
 * are cached by path and content, so each file is read for them once however many files use it,
 * and a sibling's tree is handed back to the parser, so its own scan does not parse it again.
 */
import { directoryOf, joinPath } from '../../directory';
import { ParsedFile } from '../../source';
import type { ScanContext } from '../scanner';
import { isModuleFile, mergeModule, terraformDeclarations, type TerraformDeclarations, type TerraformModule } from './terraform';

const DECLARATIONS_CACHE_LIMIT = 2000;

export class TerraformModules {
  /** Path → the declarations of the text it had when they were computed. */
  private readonly declarationsCache = new Map<string, { text: string; declarations: TerraformDeclarations }>();

  /** `connectTypes`: the resource types checks follow connections to (IacRule.connects); only these are modelled in declarations. */
  constructor(private readonly connectTypes: ReadonlySet<string> = new Set()) {}

  /** The sibling files a Terraform file's module reads, among a directory's file names. */
  siblingsRead(file: { path: string; language: string }, names: readonly string[]): string[] {
    if (file.language !== 'terraform') return [];
    const own = file.path.slice(file.path.lastIndexOf('/') + 1);
    return names.filter((name) => name !== own && isModuleFile(name));
  }

  /** The module of a parsed Terraform file; says (as notices) which variables files could not be read. */
  moduleOf(file: ParsedFile, context: ScanContext): TerraformModule {
    const own = file.model('terraform-declarations', () => this.cached(file.path, file.text) ?? this.remember(file.path, file.text, terraformDeclarations(file, this.connectTypes)));
    if (own.error && file.path.endsWith('.tfvars')) {
      context.notify({ level: 'warning', file: file.path, range: own.error.range, message: `Could not read this variables file, so its values are not used: ${own.error.message}` });
    }
    const files = [{ name: file.path.slice(file.path.lastIndexOf('/') + 1), declarations: own }];
    const directory = context.directory;
    if (directory) {
      const folder = directoryOf(file.path);
      for (const sibling of this.siblingsRead(file, directory.list(folder))) {
        const path = joinPath(folder, sibling);
        const text = directory.read(path);
        if (text === undefined) continue;
        const declarations = this.declarationsOf(path, text, context);
        if (declarations.error && !sibling.endsWith('.tf')) {
          // No range: the notice is shown on this file, and the broken line is in another one.
          context.notify({ level: 'warning', file: file.path, message: `Could not read ${path} (${declarations.error.message}), so its variable values are not used for this module` });
        }
        files.push({ name: sibling, declarations });
      }
    }
    return mergeModule(files);
  }

  private declarationsOf(path: string, text: string, context: ScanContext): TerraformDeclarations {
    const cached = this.cached(path, text);
    if (cached) return cached;
    const json = path.endsWith('.json');
    const parsed = new ParsedFile({ path, text, language: json ? 'json' : 'terraform' }, json ? undefined : () => context.parser.parse('terraform', text));
    let declarations: TerraformDeclarations;
    try {
      declarations = terraformDeclarations(parsed, this.connectTypes);
    } catch (error) {
      parsed.parsedTreeIfAny?.delete();
      throw error;
    }
    // The sibling is likely scanned next in the same run: its scan takes this tree instead of parsing again.
    const tree = parsed.parsedTreeIfAny;
    if (tree) context.parser.offer('terraform', text, tree);
    return this.remember(path, text, declarations);
  }

  private cached(path: string, text: string): TerraformDeclarations | undefined {
    const cached = this.declarationsCache.get(path);
    return cached && cached.text === text ? cached.declarations : undefined;
  }

  private remember(path: string, text: string, declarations: TerraformDeclarations): TerraformDeclarations {
    this.declarationsCache.delete(path);
    if (this.declarationsCache.size >= DECLARATIONS_CACHE_LIMIT) this.declarationsCache.delete(this.declarationsCache.keys().next().value as string);
    this.declarationsCache.set(path, { text, declarations });
    return declarations;
  }
}

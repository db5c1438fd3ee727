/**
 * Built-in IaC checks: builds the resource model of a Terraform file, CloudFormation template,
 * Kubernetes manifest or Dockerfile once, then runs every check registered for each resource's type.
 */
import type { ParsedFile } from '../../source';
import type { Fix, TextEdit } from '../../types';
import type { FindingDraft, ScanContext, Scanner } from '../scanner';
import { cloudFormationResources } from './cloudformation';
import { connectResources } from './connections';
import { dockerfileResources } from './dockerfile';
import { kubernetesResources } from './kubernetes';
import type { IacFramework, IacResource } from './model';
import type { IacCheckResult, IacRule } from './rule';
import { terraformResources } from './terraform';
import { TerraformModules } from './terraform-module';

const SKIP_REASON = 'Accepted risk: explain why here';

export interface IacScannerOptions {
  /** Which frameworks are scanned (a repository's Checkov `framework` / `skip-framework`); all when absent. */
  frameworkEnabled?(framework: IacFramework): boolean;
}

export class IacScanner implements Scanner {
  readonly id = 'iac' as const;
  private readonly byType = new Map<string, IacRule[]>();
  private readonly terraformModules: TerraformModules;

  constructor(
    rules: readonly IacRule[],
    private readonly options: IacScannerOptions = {},
  ) {
    this.terraformModules = new TerraformModules(new Set(rules.flatMap((rule) => rule.connects ?? [])));
    for (const rule of rules) {
      for (const [framework, types] of Object.entries(rule.resources)) {
        for (const type of types ?? []) {
          const key = `${framework}:${type}`;
          this.byType.set(key, [...(this.byType.get(key) ?? []), rule]);
        }
      }
    }
  }

  appliesTo(file: { language: string }): boolean {
    return file.language === 'terraform' || file.language === 'yaml' || file.language === 'json' || file.language === 'dockerfile';
  }

  scan(file: ParsedFile, context: ScanContext): FindingDraft[] {
    const drafts: FindingDraft[] = [];
    // Checkov's container checks give one result per check and workload, failing on the first
    // failing container: the finding of a part (a container) is kept per workload and check, and
    // later failing parts only add their fix edits, so the one fix repairs every container.
    const partFindings = new Map<IacResource, Map<string, { draft: FindingDraft; fixEdits?: TextEdit[] }>>();
    for (const resource of this.resourcesOf(file, context)) {
      if (this.options.frameworkEnabled && !this.options.frameworkEnabled(resource.framework)) continue;
      for (const rule of this.byType.get(`${resource.framework}:${resource.type}`) ?? []) {
        if (context.signal.aborted) return drafts;
        const result = rule.evaluate(resource);
        if (result.status !== 'failed') continue;
        const fixEdits = result.fix && result.fix.edits.length > 0 ? result.fix.edits : undefined;
        const owner = resource.parent;
        if (owner) {
          const ofOwner = partFindings.get(owner) ?? new Map<string, { draft: FindingDraft; fixEdits?: TextEdit[] }>();
          partFindings.set(owner, ofOwner);
          const earlier = ofOwner.get(rule.id);
          if (earlier) {
            // A fix is offered only when it repairs every failing part; otherwise the finding would stay.
            earlier.fixEdits = earlier.fixEdits && fixEdits ? [...earlier.fixEdits, ...fixEdits] : undefined;
            const fixes = earlier.draft.fixes ?? [];
            const fix = fixes.find((candidate) => candidate.kind === 'fix');
            if (fix && earlier.fixEdits) fix.edits = earlier.fixEdits;
            else if (fix) earlier.draft.fixes = fixes.filter((candidate) => candidate !== fix);
            continue;
          }
          const draft = this.draft(rule, resource, { ...result, fix: result.fix && fixEdits ? { title: result.fix.title, edits: fixEdits } : undefined }, context.fixes);
          ofOwner.set(rule.id, { draft, fixEdits });
          drafts.push(draft);
          continue;
        }
        drafts.push(this.draft(rule, resource, result, context.fixes));
      }
    }
    return drafts;
  }

  /** `withFixes`: false for reports (ScanContext.fixes), which never show fixes; building skip edits is then saved. */
  private draft(rule: IacRule, resource: IacResource, result: Extract<IacCheckResult, { status: 'failed' }>, withFixes: boolean): FindingDraft {
    const skip = resource.skips.find((candidate) => candidate.checkId === rule.id);
    const fixes: Fix[] = [];
    if (withFixes && result.fix && result.fix.edits.length > 0) fixes.push({ title: result.fix.title, kind: 'fix', edits: result.fix.edits, isPreferred: true });
    const skipEdits = withFixes && !skip ? resource.addSkip(rule.id, SKIP_REASON) : [];
    if (skipEdits.length > 0) fixes.push({ title: `Skip ${rule.id} for ${resource.address} (checkov:skip)`, kind: 'suppress', edits: skipEdits });
    return {
      ruleId: rule.id,
      message: `${result.message ?? rule.title} (${resource.address}${resource.part ? `, ${resource.part}` : ''})`,
      range: result.at ?? resource.headerRange,
      fingerprintBasis: resource.address,
      fixes,
      suppressed: skip ? { by: 'checkov:skip', reason: skip.reason } : undefined,
    };
  }

  /** A Terraform file reads the other files of its module (`.tf` declarations, `.tfvars` values). */
  siblingsRead(file: { path: string; language: string }, names: readonly string[]): string[] {
    return this.terraformModules.siblingsRead(file, names);
  }

  private resourcesOf(file: ParsedFile, context: ScanContext): IacResource[] {
    if (file.language === 'terraform') {
      return file.model('terraform', () => {
        const module = this.terraformModules.moduleOf(file, context);
        const ownName = file.path.slice(file.path.lastIndexOf('/') + 1);
        return connectResources(terraformResources(file, module), module.resources.filter((resource) => resource.file !== ownName));
      });
    }
    if (file.language === 'dockerfile') return file.model('dockerfile', () => dockerfileResources(file));
    const template = file.model('cloudformation', () => cloudFormationResources(file));
    if (template.error) {
      context.notify({
        level: 'warning',
        message: `Could not read this CloudFormation template, so IaC checks did not run on it: ${template.error.message}`,
        file: file.path,
        range: template.error.range,
      });
    }
    if (file.language !== 'yaml') return template.resources;
    // Decided by content: a YAML file can be a template, manifests, or neither (CI files, configs).
    const manifests = file.model('kubernetes', () => kubernetesResources(file));
    if (manifests.error) {
      context.notify({
        level: 'warning',
        message: `Could not read this Kubernetes manifest, so IaC checks did not run on it: ${manifests.error.message}`,
        file: file.path,
        range: manifests.error.range,
      });
    }
    return [...template.resources, ...manifests.resources];
  }
}

export type { IacFramework };

import type { Range, RuleMeta, TextEdit } from '../../types';
import type { IacFramework, IacResource } from './model';

export type IacCheckResult =
  | { status: 'passed' }
  /** `at`: the attribute that causes it; the resource header when absent (the attribute is missing). */
  | { status: 'failed'; at?: Range; message?: string; fix?: { title: string; edits: TextEdit[] } }
  /** The decisive value is only known at deploy time (a variable, a reference): no verdict. */
  | { status: 'unknown' };

/** An infrastructure-as-code check. The id is Checkov's check id, so skips and configs carry over. */
export interface IacRule extends RuleMeta {
  scanner: 'iac';
  /** Resource types per framework that this check inspects. */
  resources: Partial<Record<IacFramework, string[]>>;
  /**
   * Terraform resource types this check reads through `resource.connected(type)`. Only these are
   * modelled in the module's other files (modelling every sibling resource would cost every scan).
   */
  connects?: string[];
  evaluate(resource: IacResource): IacCheckResult;
}

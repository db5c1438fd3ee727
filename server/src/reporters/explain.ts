/**
 * `preflight gates --explain` and `preflight init --from-ci`: the gates in force and where each
 * came from — preflight.yml, the pipeline's own definition (file and line), or the defaults.
 */
import { ADVISORY, type PipelineStep } from '../engine/config/discovery';
import type { PreflightConfig } from '../engine/config/preflight';
import type { GateConfig } from '../engine/types';

export function renderExplain(config: PreflightConfig): string {
  const lines: string[] = [];
  const discovery = config.discovery;
  if (config.source) lines.push(`Gates from ${config.source} (it wins over the pipeline definition).`);
  else if (discovery) lines.push(`No preflight.yml: gates discovered from ${discovery.sources.join(', ') || 'no readable pipeline file'}.`);
  else lines.push('No preflight.yml and no pipeline definition found: default gates.');
  lines.push('');
  for (const gate of config.gates) {
    lines.push(`${gate.stage} / ${gate.name}: ${gate.mode}, fails on ${gate.failOn} or higher, scanners ${gate.scanners.join(', ')}`);
    lines.push(`  from: ${gate.origin}`);
    for (const step of stepsOf(config, gate)) lines.push(`  - ${step.origin.file}:${step.origin.line} (${step.origin.context}): ${step.summary}`, `      ${step.origin.text}`);
  }
  for (const problem of discovery?.problems ?? []) lines.push('', `warning: ${problem.message} — its gates are not mirrored`);
  if (discovery && discovery.steps.length === 0) {
    lines.push('', 'The pipeline runs no security gate Preflight recognises, so every gate here is advisory.', 'Add `preflight gates` to the pipeline, or write a preflight.yml (`preflight init`).');
  }
  return `${lines.join('\n')}\n`;
}

function stepsOf(config: PreflightConfig, gate: GateConfig): PipelineStep[] {
  if (!config.discovery || gate.origin === ADVISORY) return [];
  return config.discovery.steps.filter((step) => step.scanners.some((scanner) => gate.scanners.includes(scanner)));
}

/** A preflight.yml that reproduces the gates, each with a comment naming its origin. */
export function renderConfigFile(config: PreflightConfig): string {
  const lines = [
    config.discovery
      ? `# Written by \`preflight init --from-ci\` from ${config.discovery.sources.join(', ')}.`
      : '# Written by `preflight init`: the default gates.',
    '# This file now defines the gates (it wins over the pipeline definition); edit freely.',
    'version: 1',
    'gates:',
  ];
  for (const gate of config.gates) {
    lines.push(`  # ${gate.origin === 'default' ? "Preflight's default" : `from ${gate.origin}`}`);
    for (const step of stepsOf(config, gate)) lines.push(`  #   ${step.summary}`);
    lines.push(`  ${gate.name}:`, `    stage: ${gate.stage}`, `    scanners: [${gate.scanners.join(', ')}]`, `    fail-on: ${gate.failOn}`, `    mode: ${gate.mode}`);
  }
  if (config.exclude.length > 0) lines.push('exclude:', ...config.exclude.map((glob) => `  - ${JSON.stringify(glob)}`));
  if (config.gitleaksConfigPath !== '.gitleaks.toml') lines.push(`gitleaks-config: ${JSON.stringify(config.gitleaksConfigPath)}`);
  if (config.depsAdvisoriesPath) lines.push(`deps-advisories: ${JSON.stringify(config.depsAdvisoriesPath)}`);
  return `${lines.join('\n')}\n`;
}

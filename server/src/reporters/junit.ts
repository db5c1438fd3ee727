/**
 * JUnit XML, the format AWS CodeBuild test reports (and most CI dashboards) read: one test
 * suite per gate; each finding that counts toward the gate is a test case (failed when it
 * fails the gate); a gate without findings is one passing case; a gate that could not run is
 * an errored case.
 */
import { findingImpact } from '../engine/gates/evaluate';
import { sortedFindings, type GatesReport } from './report';

const escape = (text: string) =>
  text.replace(/[<>&"']/g, (char) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[char]!).replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '');

export function renderJunit(report: GatesReport): string {
  const gateByName = new Map(report.gates.map((gate) => [gate.name, gate]));
  const suites: string[] = [];
  let totalTests = 0;
  let totalFailures = 0;
  let totalErrors = 0;
  for (const verdict of report.verdicts) {
    const gate = gateByName.get(verdict.gate);
    const findings = sortedFindings(report.findings).filter((finding) => finding.gate === verdict.gate);
    const cases: string[] = [];
    let failures = 0;
    let skipped = 0;
    for (const finding of findings) {
      const where = `${finding.file}:${finding.range.start.line + 1}:${finding.range.start.character + 1}`;
      const name = escape(`${finding.ruleId} ${where}`);
      if (finding.suppressed) {
        // A skipped finding is shown as skipped, with who skipped it and why.
        skipped++;
        const why = `${finding.suppressed.by}${finding.suppressed.reason ? `: ${finding.suppressed.reason}` : ''}`;
        cases.push(`    <testcase classname="${escape(`${verdict.stage}.${verdict.gate}`)}" name="${name}" file="${escape(finding.file)}">
      <skipped message="${escape(why)}"/>
    </testcase>`);
      } else if (findingImpact(finding, gate) === 'blocking') {
        failures++;
        cases.push(`    <testcase classname="${escape(`${verdict.stage}.${verdict.gate}`)}" name="${name}" file="${escape(finding.file)}">\n      <failure type="${finding.severity}" message="${escape(finding.message)}">${escape(`${finding.severity} ${finding.ruleId} at ${where}: ${finding.message}`)}</failure>\n    </testcase>`);
      } else {
        cases.push(`    <testcase classname="${escape(`${verdict.stage}.${verdict.gate}`)}" name="${name}" file="${escape(finding.file)}"/>`);
      }
    }
    const errors = verdict.status === 'error' ? 1 : 0;
    if (errors) cases.push(`    <testcase classname="${escape(`${verdict.stage}.${verdict.gate}`)}" name="gate ${escape(verdict.gate)}">\n      <error message="${escape(verdict.reason)}"/>\n    </testcase>`);
    if (cases.length === 0) cases.push(`    <testcase classname="${escape(`${verdict.stage}.${verdict.gate}`)}" name="gate ${escape(verdict.gate)}: ${escape(verdict.reason)}"/>`);
    totalTests += cases.length;
    totalFailures += failures;
    totalErrors += errors;
    suites.push(`  <testsuite name="${escape(`${verdict.stage}/${verdict.gate}`)}" tests="${cases.length}" failures="${failures}" errors="${errors}" skipped="${skipped}">\n${cases.join('\n')}\n  </testsuite>`);
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="preflight gates" tests="${totalTests}" failures="${totalFailures}" errors="${totalErrors}">\n${suites.join('\n')}\n</testsuites>\n`;
}

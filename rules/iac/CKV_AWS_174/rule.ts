import { asBoolean, asString, entry } from '../../../server/src/engine/scanners/iac/model';
import type { IacCheckResult, IacRule } from '../../../server/src/engine/scanners/iac/rule';
import { lookup, singleObject } from '../_shared/settings';

/** TLSv1.2_2018, TLSv1.2_2019, TLSv1.2_2021, TLSv1.2_2025, TLSv1.3_2025… */
const SECURE = /^TLSv1\.(?:2|3)_\d{4}$/;
const RECOMMENDED = 'TLSv1.2_2021';

const rule: IacRule = {
  id: 'CKV_AWS_174',
  scanner: 'iac',
  title: 'Verify CloudFront Distribution Viewer Certificate is using TLS v1.2',
  severity: 'medium',
  cwe: [326],
  description:
    'The distribution lets viewers connect with TLS 1.0 or 1.1 (the default CloudFront certificate, or an old security policy). Use your own ACM certificate with `minimum_protocol_version = "TLSv1.2_2021"` or later.',
  resources: { terraform: ['aws_cloudfront_distribution'], cloudformation: ['AWS::CloudFront::Distribution'] },
  evaluate(resource): IacCheckResult {
    const terraform = resource.framework === 'terraform';
    const certificate = lookup(resource, { terraform: 'viewer_certificate', cloudformation: 'DistributionConfig.ViewerCertificate' });
    if (certificate.kind === 'unknown') return { status: 'unknown' };
    const config = certificate.kind === 'found' ? singleObject(certificate.entry.value) : undefined;
    if (config === 'unknown') return { status: 'unknown' };
    const minimum = config && entry(config, terraform ? 'minimum_protocol_version' : 'MinimumProtocolVersion');
    const usesDefault = config && asBoolean(entry(config, terraform ? 'cloudfront_default_certificate' : 'CloudFrontDefaultCertificate')?.value) === true;
    if (minimum?.value.kind === 'expression') return { status: 'unknown' };
    const version = asString(minimum?.value);
    // The default *.cloudfront.net certificate always allows TLS 1.0; Checkov's Terraform check still
    // passes it when a secure minimum_protocol_version is written, its CloudFormation check does not.
    if (version && SECURE.test(version) && !(usesDefault && !terraform)) return { status: 'passed' };
    if (minimum && version && !SECURE.test(version)) {
      return {
        status: 'failed',
        at: minimum.range,
        message: `The minimum viewer TLS version ${version} is older than TLS 1.2`,
        fix: { title: `Set the minimum protocol version to ${RECOMMENDED}`, edits: [{ range: minimum.value.range, newText: `"${RECOMMENDED}"` }] },
      };
    }
    return {
      status: 'failed',
      at: usesDefault ? certificate.kind === 'found' ? certificate.entry.range : undefined : undefined,
      message: usesDefault ? 'The default CloudFront certificate allows TLS 1.0 and 1.1' : 'No minimum viewer TLS version of 1.2 or later is set',
    };
  },
};

export default rule;

// preflight-bench: vulnerable CWE-611 sink-line: 7
import type { NextApiRequest, NextApiResponse } from 'next';
import libxmljs from 'libxmljs';

export default function acs(req: NextApiRequest, res: NextApiResponse) {
  const xml = Buffer.from(String(req.body.SAMLResponse), 'base64').toString('utf8');
  const doc = libxmljs.parseXmlString(xml, { noent: true, dtdvalid: true });
  res.json({ issuer: doc.get('//*[local-name()="Issuer"]')?.text() });
}

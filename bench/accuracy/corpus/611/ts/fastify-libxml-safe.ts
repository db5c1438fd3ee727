// preflight-bench: safe CWE-611 -- entity substitution off
import Fastify from 'fastify';
import { parseXml } from 'libxmljs2';

const app = Fastify();
app.addContentTypeParser('application/xml', { parseAs: 'string' }, (_req, body, done) => done(null, body));

app.post<{ Body: string }>('/invoice', async (request) => {
  const doc = parseXml(request.body, { noent: false, nonet: true });
  return { total: doc.get('//total')?.toString() };
});

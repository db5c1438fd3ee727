import { appendFileSync } from 'node:fs';
import fs from 'node:fs/promises';
import Fastify from 'fastify';

const AUDIT_LOG = '/var/log/app/audit.log';
const app = Fastify();

app.post<{ Body: { note: string } }>('/notes', async (request) => {
  // ruleid: js-log-injection
  process.stdout.write(`note: ${request.body.note}\n`);
  // ruleid: js-log-injection
  await fs.appendFile('audit.log', `note by ${request.body.note}\n`);
  // ruleid: js-log-injection
  appendFileSync(AUDIT_LOG, request.body.note);
  // ok: js-log-injection (JSON-encoded, line breaks escaped)
  process.stderr.write(JSON.stringify({ note: request.body.note }) + '\n');
  // ok: js-log-injection (not a log file)
  appendFileSync('notes.txt', request.body.note);
  return { ok: true };
});

// ok: js-log-injection (a command-line tool echoing its own argument)
process.stdout.write(`${process.argv[2]}\n`);

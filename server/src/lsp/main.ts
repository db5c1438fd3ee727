/**
 * Entry point of the language server: `node dist/server.js --stdio` for any LSP client, or
 * `--node-ipc` when VS Code starts it. The transport is chosen from the arguments.
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { PreflightServer } from './server';

const connection = createConnection(ProposedFeatures.all);
// Whatever goes wrong in one request must not take the server down: log it and carry on.
process.on('uncaughtException', (error) => connection.console.error(`Preflight: unexpected error: ${error.stack ?? error}`));
process.on('unhandledRejection', (reason) => connection.console.error(`Preflight: unexpected rejection: ${String(reason)}`));
new PreflightServer(connection).listen();

/**
 * A real VS Code for the end-to-end test: code-server (VS Code's own workbench and extension
 * host, from npm) installed by scripts/e2e/setup.sh, started on 127.0.0.1 with throwaway
 * directories, in its own process group so that stopping it also stops the extension hosts and
 * language servers it started.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';

export interface E2eEnvironment {
  node: string;
  codeServer: string;
  codeServerVersion: string;
  chromium: string;
}

export const CACHE = process.env.PREFLIGHT_E2E_CACHE || join(homedir(), '.cache', 'preflight-e2e');

/** What setup.sh installed, or why the e2e test cannot run (a reason to skip with). */
export function findEnvironment(): E2eEnvironment | string {
  const file = join(CACHE, 'env.json');
  if (!existsSync(file)) return `code-server is not installed (no ${file}); run scripts/e2e/setup.sh`;
  const env = JSON.parse(readFileSync(file, 'utf8')) as E2eEnvironment;
  if (!existsSync(env.node)) return `Node 24 for code-server is missing (${env.node}); run scripts/e2e/setup.sh`;
  if (!existsSync(env.codeServer)) return `code-server is missing (${env.codeServer}); run scripts/e2e/setup.sh`;
  const chromium = process.env.PREFLIGHT_E2E_CHROMIUM || env.chromium || '/usr/bin/chromium';
  if (!chromium || !existsSync(chromium)) return 'chromium is not installed; run scripts/e2e/setup.sh (apt-get install chromium)';
  return { ...env, chromium };
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface CodeServerOptions {
  /** Path of the .vsix to install before starting. */
  vsix: string;
  /** Written to the user's settings.json. */
  settings: Record<string, unknown>;
  /**
   * Written to the remote machine's settings.json: VS Code reads settings of `machine` scope
   * there, not from the user's settings, when the workbench runs remotely as in code-server.
   */
  machineSettings?: Record<string, unknown>;
}

export class CodeServer {
  readonly root: string;
  readonly userDataDir: string;
  readonly extensionsDir: string;
  readonly home: string;
  url = '';
  private child: ChildProcess | undefined;
  private log = '';

  constructor(
    private readonly env: E2eEnvironment,
    private readonly options: CodeServerOptions,
  ) {
    this.root = mkdtempSync(join(tmpdir(), 'preflight-e2e-code-server-'));
    this.userDataDir = join(this.root, 'user-data');
    this.extensionsDir = join(this.root, 'extensions');
    this.home = join(this.root, 'home');
    for (const dir of [this.userDataDir, this.extensionsDir, this.home]) mkdirSync(dir, { recursive: true });
    mkdirSync(join(this.userDataDir, 'User'), { recursive: true });
    writeFileSync(join(this.userDataDir, 'User', 'settings.json'), JSON.stringify(options.settings, null, 2));
    if (options.machineSettings) {
      mkdirSync(join(this.userDataDir, 'Machine'), { recursive: true });
      writeFileSync(join(this.userDataDir, 'Machine', 'settings.json'), JSON.stringify(options.machineSettings, null, 2));
    }
  }

  private get processEnv(): NodeJS.ProcessEnv {
    const env: NodeJS.ProcessEnv = {
      PATH: process.env.PATH,
      HOME: this.home,
      XDG_CONFIG_HOME: join(this.home, '.config'),
      XDG_DATA_HOME: join(this.home, '.local', 'share'),
      XDG_CACHE_HOME: join(this.home, '.cache'),
      LANG: 'C.UTF-8',
      TMPDIR: tmpdir(),
    };
    return env;
  }

  private get commonArgs(): string[] {
    return ['--user-data-dir', this.userDataDir, '--extensions-dir', this.extensionsDir];
  }

  /** `code-server --install-extension <vsix>` into the throwaway extensions directory. */
  installExtension(): string {
    const result = spawnSync(this.env.node, [this.env.codeServer, ...this.commonArgs, '--install-extension', this.options.vsix], {
      env: this.processEnv,
      encoding: 'utf8',
      timeout: 120_000,
    });
    const output = `${result.stdout}${result.stderr}`;
    if (result.status !== 0) throw new Error(`code-server --install-extension failed (${result.status ?? result.signal}):\n${output}`);
    return output;
  }

  async start(): Promise<string> {
    const port = await freePort();
    const child = spawn(
      this.env.node,
      [
        this.env.codeServer,
        ...this.commonArgs,
        '--bind-addr',
        `127.0.0.1:${port}`,
        '--auth',
        'none',
        '--disable-telemetry',
        '--disable-update-check',
        '--disable-getting-started-override',
        '--reconnection-grace-time',
        '5',
        '--ignore-last-opened',
      ],
      // detached: a new session and process group (setsid), stopped as a whole in stop().
      { env: this.processEnv, detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    this.child = child;
    const append = (chunk: Buffer) => {
      this.log += chunk.toString();
      if (this.log.length > 200_000) this.log = this.log.slice(-100_000);
    };
    child.stdout!.on('data', append);
    child.stderr!.on('data', append);
    this.url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`code-server did not start within 60 s:\n${this.log}`)), 60_000);
      const check = () => {
        const match = /HTTP server listening on (http:\/\/127\.0\.0\.1:\d+\/?)/.exec(this.log);
        if (match) {
          clearTimeout(timer);
          resolve(match[1]!.replace(/\/?$/, '/'));
        }
      };
      child.stdout!.on('data', check);
      child.stderr!.on('data', check);
      child.once('exit', (code, signal) => {
        clearTimeout(timer);
        reject(new Error(`code-server exited (${code ?? signal}) before listening:\n${this.log}`));
      });
    });
    return this.url;
  }

  /** The URL that opens `folder` in the workbench. */
  folderUrl(folder: string): string {
    return `${this.url}?folder=${encodeURIComponent(folder)}`;
  }

  output(): string {
    return this.log;
  }

  /** Synchronous last resort (process exit, signals): SIGKILL to the whole process group. */
  killNow(): void {
    if (this.child?.pid === undefined) return;
    try {
      process.kill(-this.child.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }

  /** Stops the whole process group (code-server, extension hosts, language servers), then cleans up. */
  async stop(): Promise<void> {
    const child = this.child;
    this.child = undefined;
    if (child?.pid !== undefined) {
      const group = -child.pid;
      const alive = () => {
        try {
          process.kill(group, 0);
          return true;
        } catch {
          return false;
        }
      };
      try {
        process.kill(group, 'SIGTERM');
      } catch {
        // already gone
      }
      const deadline = Date.now() + 5_000;
      while (alive() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
      if (alive()) {
        try {
          process.kill(group, 'SIGKILL');
        } catch {
          // already gone
        }
      }
    }
    rmSync(this.root, { recursive: true, force: true, maxRetries: 3 });
  }
}

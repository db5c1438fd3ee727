/**
 * The settings object shared by client and server (`preflight.*` in VS Code). The server asks
 * for it per resource with `workspace/configuration` and sanitises every value it reads.
 */
export interface PreflightSettings {
  /** Analyse files in this folder. */
  enable: boolean;
  /** Also scan while typing (built-in scanners only), after `scanOnTypeDelayMs` of quiet. */
  scanOnType: boolean;
  scanOnTypeDelayMs: number;
  gitleaks: {
    /** Run the installed gitleaks next to the built-in rules (trusted workspaces only). */
    enable: boolean;
    /** Absolute path of the gitleaks binary (machine scope); PATH when absent. */
    path?: string;
  };
  checkov: {
    /** Run the installed Checkov next to the built-in IaC checks (trusted workspaces only). */
    enable: boolean;
    /** Absolute path of the checkov binary (machine scope); PATH when absent. */
    path?: string;
  };
  depsAudit: {
    /**
     * Let "Run Pipeline Gates Locally" run the installed osv-scanner / npm audit / pip-audit
     * (machine scope, off by default): they contact vulnerability services over the network.
     */
    enable: boolean;
  };
}

export const DEFAULT_SETTINGS: PreflightSettings = {
  enable: true,
  scanOnType: true,
  scanOnTypeDelayMs: 300,
  gitleaks: { enable: true },
  checkov: { enable: true },
  depsAudit: { enable: false },
};

/** Settings whose change needs a server restart (the client restarts it for these). */
export const RESTART_SETTINGS: readonly string[] = ['preflight.trace.server'];

/** A binary path is used only when it is an absolute path with nothing a shell or loader could reinterpret. */
function sanitiseBinaryPath(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const path = value.trim();
  const absolute = path.startsWith('/') || /^[A-Za-z]:[\\/]/.test(path);
  return absolute && !/[\0\n\r]/.test(path) ? path : undefined;
}

export function sanitiseSettings(raw: unknown): PreflightSettings {
  const value = (raw ?? {}) as Record<string, unknown>;
  const delay = Number(value.scanOnTypeDelayMs);
  const section = (key: string) => (typeof value[key] === 'object' && value[key] !== null ? value[key] : {}) as Record<string, unknown>;
  const gitleaks = section('gitleaks');
  const checkov = section('checkov');
  const depsAudit = section('depsAudit');
  return {
    enable: typeof value.enable === 'boolean' ? value.enable : DEFAULT_SETTINGS.enable,
    scanOnType: typeof value.scanOnType === 'boolean' ? value.scanOnType : DEFAULT_SETTINGS.scanOnType,
    scanOnTypeDelayMs: Number.isFinite(delay) ? Math.min(Math.max(Math.round(delay), 50), 5000) : DEFAULT_SETTINGS.scanOnTypeDelayMs,
    gitleaks: {
      enable: typeof gitleaks.enable === 'boolean' ? gitleaks.enable : DEFAULT_SETTINGS.gitleaks.enable,
      path: sanitiseBinaryPath(gitleaks.path),
    },
    checkov: {
      enable: typeof checkov.enable === 'boolean' ? checkov.enable : DEFAULT_SETTINGS.checkov.enable,
      path: sanitiseBinaryPath(checkov.path),
    },
    depsAudit: { enable: depsAudit.enable === true },
  };
}

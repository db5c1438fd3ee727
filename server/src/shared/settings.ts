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
}

export const DEFAULT_SETTINGS: PreflightSettings = {
  enable: true,
  scanOnType: true,
  scanOnTypeDelayMs: 300,
};

/** Settings whose change needs a server restart (the client restarts it for these). */
export const RESTART_SETTINGS: readonly string[] = ['preflight.trace.server'];

export function sanitiseSettings(raw: unknown): PreflightSettings {
  const value = (raw ?? {}) as Record<string, unknown>;
  const delay = Number(value.scanOnTypeDelayMs);
  return {
    enable: typeof value.enable === 'boolean' ? value.enable : DEFAULT_SETTINGS.enable,
    scanOnType: typeof value.scanOnType === 'boolean' ? value.scanOnType : DEFAULT_SETTINGS.scanOnType,
    scanOnTypeDelayMs: Number.isFinite(delay) ? Math.min(Math.max(Math.round(delay), 50), 5000) : DEFAULT_SETTINGS.scanOnTypeDelayMs,
  };
}

import type { Lockfile } from '../../../server/src/engine/scanners/deps/lockfiles';
import type { DeclaredDependency, Manifest } from '../../../server/src/engine/scanners/deps/manifests';
import { npmPinning, pythonPinning, type Pinning } from '../../../server/src/engine/scanners/deps/versions';

export const SUPPLY_CHAIN = 'supply-chain';

/** How tightly a declared dependency's spec pins it, in its ecosystem's syntax. */
export function pinningOf(manifest: Manifest, dependency: DeclaredDependency): Pinning {
  return manifest.ecosystem === 'npm' ? npmPinning(dependency.spec) : pythonPinning(dependency.spec);
}

/** Sections whose packages are installed (npm peers are ranges by design and installed by the consumer). */
export function installs(dependency: DeclaredDependency): boolean {
  return dependency.section !== 'peerDependencies';
}

/** The locked entries of a package (several for npm when versions are nested). */
export function lockedEntries(lockfile: Lockfile, name: string) {
  return lockfile.packages.filter((entry) => entry.name === name);
}

/** A URL's embedded credentials (`https://user:token@host`) masked: messages never show a secret. */
export function maskCredentials(text: string): string {
  return text.replace(/\/\/[^/@\s]+@/g, '//***@');
}

/** `name "spec"` as a user reads it in a message, credentials masked. */
export function quoted(dependency: DeclaredDependency): string {
  const name = maskCredentials(dependency.name);
  return dependency.spec ? `${name} "${maskCredentials(dependency.spec)}"` : name;
}

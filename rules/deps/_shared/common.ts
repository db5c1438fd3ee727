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

/** `name@spec` as a user reads it in a message. */
export function quoted(dependency: DeclaredDependency): string {
  return dependency.spec ? `${dependency.name} "${dependency.spec}"` : dependency.name;
}

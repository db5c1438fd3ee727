/**
 * Connections between Terraform resources, as Checkov's graph draws them: a resource is connected
 * to every resource whose attributes refer to it (`aws_s3_bucket_versioning.x` with
 * `bucket = aws_s3_bucket.x.id`), in the same file or another `.tf` file of the module. Checks of
 * split configurations (provider v4+ S3 settings) follow them to decide like Checkov.
 */
import { refersTo, type ConnectedResource, type IacResource } from './model';
import type { DeclaredResource } from './terraform';

/** Gives each resource of a file `connected(type)`, over the file's resources and `others` (the module's other files). */
export function connectResources(resources: IacResource[], others: readonly DeclaredResource[]): IacResource[] {
  // Built on first use: most resources are never asked, and most files have no connections.
  let byType: Map<string, ConnectedResource[]> | undefined;
  const candidates = (type: string): ConnectedResource[] => {
    if (!byType) {
      byType = new Map();
      const add = (candidate: ConnectedResource) => byType!.set(candidate.type, [...(byType!.get(candidate.type) ?? []), candidate]);
      for (const resource of resources) add({ type: resource.type, address: resource.address, body: resource.body, inFile: resource });
      for (const other of others) add({ type: other.type, address: `${other.type}.${other.name}`, body: other.body });
    }
    return byType.get(type) ?? [];
  };
  for (const resource of resources) {
    resource.connected = (type) => candidates(type).filter((candidate) => candidate.inFile !== resource && refersTo(candidate.body, resource.address));
  }
  return resources;
}

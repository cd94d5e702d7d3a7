import type { FileKind, ResourceFileVersionRow } from './entities.ts';

/** A file at one version: the version's row with the file's kind and package. */
export interface ResourceFileView extends ResourceFileVersionRow {
  kind: FileKind;
  packageId: number;
}

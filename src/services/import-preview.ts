import type { ImportPreviewView } from '../domain/api-contract.ts';
import type { Actor } from '../domain/access.ts';
import { requireMunicipalityChange } from './access.ts';
import type { Store } from './database-handle.ts';
import type { MappedReadInput } from './import-mapping.ts';
import { readWithMapping } from './import-mapping.ts';
import { presentImportPreview } from './presenters/import-presenter.ts';

export interface ImportPreviewInput extends MappedReadInput {
  readonly municipality: { readonly code: string; readonly name: string };
}

/**
 * Reads an uploaded table as an import would (with the roles set by hand, else the plan's
 * saved mapping for its shape) and says how it was read; changes nothing. Admins only,
 * refused before the file is read.
 */
export async function previewImport(
  store: Store,
  input: ImportPreviewInput,
  actor: Actor,
): Promise<ImportPreviewView> {
  const municipality = await requireMunicipalityChange(store.db, actor, input.municipality);
  return presentImportPreview(
    input.planName,
    await readWithMapping(store.db, municipality.id, input),
  );
}

/**
 * The draft: the edited file kept in IndexedDB after every change, so a reload or a crashed tab loses no work.
 * It is offered back only for the same original file (a draft of an older version of the file is not).
 */
import { del, get, set } from 'idb-keyval';

export interface Draft {
  original: string;
  text: string;
  savedAt: string;
}

const keyOf = (fileName: string) => `revival-atlas:workbench-draft:${fileName}`;

export async function readDraft(fileName: string, original: string): Promise<Draft | undefined> {
  const draft = await get<Draft>(keyOf(fileName));
  return draft && draft.original === original && draft.text !== original ? draft : undefined;
}

export const writeDraft = (fileName: string, draft: Draft) => set(keyOf(fileName), draft);
export const dropDraft = (fileName: string) => del(keyOf(fileName));

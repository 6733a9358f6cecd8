import { browser } from 'wxt/browser';
import { STORAGE_SECTIONS, type StorageSection, type StorageValues } from '@/lib/db/backup';

/** The raw `settings` and `redline` values in extension storage, as the backup reads and merges them. */
export async function readStorageValues(): Promise<Partial<Record<StorageSection, unknown>>> {
  const got = await browser.storage.local.get([...STORAGE_SECTIONS]);
  return Object.fromEntries(STORAGE_SECTIONS.map((k) => [k, got[k]]));
}

export async function writeStorageValues(values: StorageValues): Promise<void> {
  if (Object.keys(values).length) await browser.storage.local.set(values);
}

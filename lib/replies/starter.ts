import starter from './starter-library.json';
import type { Reply } from './types';

/** The built-in library written for this product (142 replies), seeded into a new install so it is useful at once. */
export const STARTER_LIBRARY: readonly Reply[] = starter as Reply[];

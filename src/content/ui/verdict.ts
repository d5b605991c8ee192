import type { CheckPageResponse } from '../../messages';

/** What a frame draws, as the background sent it (see messages.ts). */
export type Verdict = Omit<Extract<CheckPageResponse, { ok: true }>, 'ok'>;

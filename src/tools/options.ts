/**
 * What the background tells a tool it loads into a tab on demand (background/tools.ts): code
 * kept out of the content script, which loads on every vendor page within its size budget.
 * Each tool's script, run in the content script's isolated world, leaves its entry function
 * under TOOLS; the background then calls it with these options (scripting.executeScript).
 */
export const TOOLS_KEY = '__caseManagerCheckTools';

export interface OutlineOptions {
  /** This frame shows the legend: what was looked for and not found, and the close button. */
  list: boolean;
  /**
   * What the check looked for in the view and did not find: `caseManager`,
   * `primaryDisability`, `secondaryDisability`, `placement`, `services`,
   * `instructionalServices`, `provider:330`…
   */
  notFound: string[];
  /**
   * What the view's frames read, merged (`caseManager`, `placement`, `service:330`,
   * `provider:330`…): the legend lists them all, though this frame outlines only its own.
   */
  read: string[];
  /**
   * This frame's service rows' codes as the background read them (scrape/interpret.ts), in
   * the order of the content script's snapshot: the outline labels each row with its code
   * without carrying the service tables itself.
   */
  rowCodes: (string | null)[];
}

export interface CorrectOptions {
  /** The name read as the case manager's, null when none was. */
  caseManager: string | null;
  /** The primary disability read, as a category code and as shown. */
  primary: { code: string | null; shown: string } | null;
  /** Each service read with a provider's name (the first of each code). */
  providers: { service: string; name: string }[];
  /** The readings the user has corrected (check/corrections.ts). */
  corrected: string[];
}

export interface Tools {
  outline?: (options: OutlineOptions) => void;
  correct?: (options: CorrectOptions) => void;
}

/** The tools left in this isolated world, made on first use. */
export function toolsHere(): Tools {
  const g = globalThis as Record<string, unknown>;
  g[TOOLS_KEY] ??= {};
  return g[TOOLS_KEY] as Tools;
}

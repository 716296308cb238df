"use client";

import type { useSpokenCues } from "./use-spoken-cues";

/** Off by default; hidden where the browser cannot speak. */
export function SpokenCuesToggle({ cues }: { cues: ReturnType<typeof useSpokenCues> }) {
  if (!cues.supported) return null;
  return (
    <label className="flex min-h-11 items-center gap-3">
      <input
        type="checkbox"
        checked={cues.enabled}
        onChange={(e) => cues.setEnabled(e.target.checked)}
        className="accent-brand-700 size-5"
      />
      Speak the cues out loud
    </label>
  );
}

"use client";

import { useCallback, useSyncExternalStore } from "react";

const STORAGE_KEY = "lbpfix:spoken-cues";

const listeners = new Set<() => void>();
const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};
const readEnabled = () => localStorage.getItem(STORAGE_KEY) === "on";

/**
 * Optional spoken cues with the browser's own speech synthesis: off by default, remembered
 * on the device. `supported` is false where the browser has no speech (the toggle hides).
 */
export function useSpokenCues() {
  const supported = useSyncExternalStore(
    subscribe,
    () => "speechSynthesis" in window,
    () => false,
  );
  const enabled = useSyncExternalStore(subscribe, readEnabled, () => false);

  const setEnabled = useCallback((on: boolean) => {
    localStorage.setItem(STORAGE_KEY, on ? "on" : "off");
    if (!on) window.speechSynthesis?.cancel();
    for (const listener of listeners) listener();
  }, []);

  const speak = useCallback(
    (text: string) => {
      if (!enabled || !supported) return;
      // A new cue replaces one still being said: the countdown must not fall behind.
      window.speechSynthesis.cancel();
      window.speechSynthesis.speak(new SpeechSynthesisUtterance(text));
    },
    [enabled, supported],
  );

  return { supported, enabled, setEnabled, speak };
}

"use client";

import { useEffect } from "react";

/**
 * Keeps the screen on while `active` (Screen Wake Lock). Where the browser has no wake lock,
 * or refuses one (low battery), nothing happens: the session works, the screen may dim.
 * The browser drops the lock when the page is hidden, so it is asked for again on return.
 */
export function useWakeLock(active: boolean) {
  useEffect(() => {
    if (!active || !("wakeLock" in navigator)) return;
    let sentinel: WakeLockSentinel | null = null;
    let stopped = false;
    const acquire = () => {
      navigator.wakeLock.request("screen").then(
        (s) => {
          if (stopped) void s.release();
          else sentinel = s;
        },
        () => {},
      );
    };
    const onVisibility = () => {
      if (document.visibilityState === "visible") acquire();
    };
    acquire();
    document.addEventListener("visibilitychange", onVisibility);
    return () => {
      stopped = true;
      document.removeEventListener("visibilitychange", onVisibility);
      void sentinel?.release().catch(() => {});
    };
  }, [active]);
}

"use client";

import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from "react";
import { unstable_rethrow } from "next/navigation";
import { logExerciseSessionAction } from "@/actions/program";
import { idleState } from "@/lib/action-state";

/** The finished session as form fields, exactly what the log form would post. */
export type SessionFields = readonly (readonly [string, string])[];

export type SaveState =
  | { status: "idle" }
  | { status: "sending" }
  /** Kept on this device; `attempts` failed sends so far. */
  | { status: "queued"; attempts: number }
  | { status: "saved"; message: string }
  | { status: "refused"; message: string };

/** Retries back off from 2 s to 30 s; the browser's "online" event retries at once. */
const retryDelayMs = (failures: number) => Math.min(30_000, 2_000 * 2 ** (failures - 1));

function toFormData(fields: SessionFields): FormData {
  const data = new FormData();
  for (const [name, value] of fields) data.append(name, value);
  return data;
}

function parseUnsent(raw: string | null): SessionFields | null {
  try {
    const parsed: unknown = raw ? JSON.parse(raw) : null;
    return Array.isArray(parsed) ? (parsed as SessionFields) : null;
  } catch {
    return null;
  }
}

// The unsent session lives in localStorage; this page's writes and other tabs' both notify.
const listeners = new Set<() => void>();
function subscribe(listener: () => void) {
  listeners.add(listener);
  window.addEventListener("storage", listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("storage", listener);
  };
}
const notify = () => listeners.forEach((listener) => listener());

/**
 * Saving a finished session so it is never lost and never saved twice. The fields go into
 * localStorage first, then to the same server action as the log form; a failed send (offline,
 * server restarting) is retried until it lands, on this visit or the next. The fields carry a
 * `sessionKey` made once per session, so a retry that reaches the server after an earlier
 * send did is the same session.
 *
 * `scope` names the member on this device (server/member/device-scope.ts): another member
 * signing in on the same phone never sends, or sees, this member's session.
 */
export function useSessionSave(scope: string) {
  const key = `lbpfix:unsent-session:${scope}`;
  const unsent = useSyncExternalStore(
    subscribe,
    () => localStorage.getItem(key),
    () => null,
  );
  const [answer, setAnswer] = useState<Extract<SaveState, { message: string }> | null>(null);
  const [failures, setFailures] = useState(0);
  /** Whether what is being sent was finished on this visit or left over from an earlier one. */
  const [fromThisVisit, setFromThisVisit] = useState(false);
  const inFlight = useRef(false);

  const send = useCallback(async () => {
    const fields = parseUnsent(localStorage.getItem(key));
    if (!fields || inFlight.current) return;
    inFlight.current = true;
    try {
      const result = await logExerciseSessionAction(idleState, toFormData(fields));
      // Landed or refused, either way the server has answered: sending again won't change it.
      localStorage.removeItem(key);
      notify();
      setFailures(0);
      setAnswer(
        result.status === "success"
          ? { status: "saved", message: result.message ?? "Session saved." }
          : {
              status: "refused",
              message: result.message ?? "The session couldn't be saved. Please log it by hand.",
            },
      );
    } catch (error) {
      unstable_rethrow(error); // signed out: the sign-in redirect; the session stays queued
      setFailures((n) => n + 1);
    } finally {
      inFlight.current = false;
    }
  }, [key]);

  // Whatever is waiting goes at once: a session saved just now, or one from an earlier visit.
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- send() sets state only once the server answers
    if (unsent !== null && failures === 0) void send();
  }, [unsent, failures, send]);

  // After a failed send: again after a pause, or as soon as the browser is back online.
  useEffect(() => {
    if (unsent === null || failures === 0) return;
    const retry = () => void send();
    const timer = setTimeout(retry, retryDelayMs(failures));
    window.addEventListener("online", retry);
    return () => {
      clearTimeout(timer);
      window.removeEventListener("online", retry);
    };
  }, [unsent, failures, send]);

  const save = useCallback(
    (fields: SessionFields) => {
      localStorage.setItem(key, JSON.stringify(fields));
      setFromThisVisit(true);
      setAnswer(null);
      setFailures(0);
      notify();
    },
    [key],
  );

  const state: SaveState =
    unsent !== null
      ? failures > 0
        ? { status: "queued", attempts: failures }
        : { status: "sending" }
      : (answer ?? { status: "idle" });
  return { state, save, resumed: !fromThisVisit && state.status !== "idle" };
}

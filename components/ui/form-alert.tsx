import type { ActionState } from "@/lib/action-state";

/** The form-level message: announced politely on success, assertively on error. */
export function FormAlert({ state }: { state: Pick<ActionState, "status" | "message"> }) {
  if (!state.message || state.status === "idle") return null;
  const isError = state.status === "error";
  return (
    <div
      role={isError ? "alert" : "status"}
      className={`rounded-lg border px-4 py-3 ${isError ? "border-danger-700/40 bg-danger-50 text-danger-700" : "border-brand-200 bg-brand-50 text-brand-800"}`}
    >
      {state.message}
    </div>
  );
}

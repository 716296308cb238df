"use client";

import { useEffect, useRef, useState, type FormEvent } from "react";
import { useForm, type DefaultValues, type FieldValues, type Path } from "react-hook-form";
import type { z } from "zod";
import type { ActionState } from "@/lib/action-state";
import { lazyZodResolver } from "@/lib/forms/lazy-zod-resolver";
import { type FormAction, useActionSubmit } from "./use-action-submit";

type KeptToValues<S extends z.ZodType<FieldValues, FieldValues>> = (
  kept: Record<string, string> | undefined,
) => DefaultValues<z.input<S>>;

/**
 * The site's validated-form recipe: it checks in the browser with the same zod schema
 * the server action parses with, then sends through useActionSubmit (which also covers
 * the no-JavaScript post, `showOptimistic` and a lost connection).
 *
 * - Field errors sit beside their fields: the browser's while typing, the server's
 *   after a submit until that field is edited. After a refused submit the keyboard
 *   moves to the first field the server flagged.
 */
export function useActionForm<S extends z.ZodType<FieldValues, FieldValues>>({
  loadSchema,
  action,
  defaults,
  idPrefix,
  showOptimistic,
  mode = "onTouched",
  afterSuccess = "keep",
}: {
  /** The server action's own schema, loaded on first validation (see lazyZodResolver). */
  loadSchema: () => Promise<S>;
  action: FormAction;
  /**
   * The starting values. A function receives what the server kept after a refused
   * no-JavaScript submit, for forms whose flat FormData keys ("activities.0.name")
   * need shaping back into the form's values.
   */
  defaults: DefaultValues<z.input<S>> | KeptToValues<S>;
  /** Makes input ids unique when several forms share a page. */
  idPrefix: string;
  /** Runs inside the save's transition with the parsed values: where useOptimistic updates go. */
  showOptimistic?: (values: z.output<S>) => void;
  /** When the browser first checks a field: on leaving it (default), or on the first submit. */
  mode?: "onTouched" | "onSubmit";
  /** "reset" empties the form back to its defaults after a successful save (a comment, a log). */
  afterSuccess?: "keep" | "reset";
}) {
  const { state, sent, pending, formAction, send } = useActionSubmit(action);
  const formRef = useRef<HTMLFormElement>(null);
  const kept = state.status === "error" ? state.values : undefined;
  const [startingValues] = useState<DefaultValues<z.input<S>>>(() =>
    typeof defaults === "function" ? (defaults as KeptToValues<S>)(kept) : { ...defaults, ...kept },
  );
  const [resolver] = useState(() => lazyZodResolver(loadSchema));
  const form = useForm<z.input<S>, unknown, z.output<S>>({
    resolver,
    defaultValues: startingValues,
    mode,
    reValidateMode: "onChange",
  });
  const [edited, setEdited] = useState<{ after: ActionState; names: string[] }>({
    after: state,
    names: [],
  });
  const editedNow = edited.after === state ? edited.names : [];

  useEffect(() => {
    const first = Object.keys(state.fieldErrors ?? {})[0];
    if (first) form.setFocus(first as Path<z.input<S>>);
  }, [state, form]);

  // A logged session or posted comment clears the form, so the same one is not sent twice.
  useEffect(() => {
    if (afterSuccess === "reset" && sent?.status === "success") form.reset();
  }, [afterSuccess, sent, form]);

  /** The browser's message for a field when it has one, else the server's. */
  function errorsFor(name: string): string[] | undefined {
    const client = messageAt(form.formState.errors, name);
    if (client) return [client];
    if (editedNow.includes(name)) return undefined;
    return state.fieldErrors?.[name];
  }

  function field(name: Path<z.input<S>> & string) {
    const registered = form.register(name, {
      onChange: () =>
        setEdited((prev) => ({
          after: state,
          names: prev.after === state ? [...prev.names, name] : [name],
        })),
    });
    const initial = valueAt(startingValues, name);
    return {
      ...registered,
      id: `${idPrefix}-${name.replaceAll(".", "-")}`,
      // Rendered into the HTML, so the values show before (or without) JavaScript.
      defaultValue: typeof initial === "string" ? initial : undefined,
      errors: errorsFor(name),
    };
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    void form.handleSubmit((values) => {
      const element = formRef.current;
      if (!element) return;
      // The server gets the form exactly as typed and parses it with the same schema.
      const data = new FormData(element);
      send(data, showOptimistic && (() => showOptimistic(values)));
    })(event);
  }

  const clientInvalid =
    form.formState.submitCount > 0 && Object.keys(form.formState.errors).length > 0;
  return {
    /** What the last submit returned; "check the highlighted fields" while the browser's check fails. */
    state: clientInvalid
      ? { ...state, status: "error" as const, message: "Please check the highlighted fields." }
      : state,
    pending,
    field,
    errorsFor,
    /** For field arrays (useFieldArray) and anything else react-hook-form offers. */
    control: form.control,
    formProps: {
      ref: formRef,
      action: formAction,
      onSubmit,
      onFocus: resolver.preload,
      noValidate: true,
    },
  };
}

/** Walks a dotted path ("activities.0.name") through nested values or react-hook-form errors. */
function valueAt(root: unknown, path: string): unknown {
  let node = root;
  for (const key of path.split(".")) {
    if (typeof node !== "object" || node === null) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/** React-hook-form nests errors by path; the server keys them by the same dotted path. */
function messageAt(errors: unknown, path: string): string | undefined {
  const node = valueAt(errors, path);
  if (typeof node !== "object" || node === null) return undefined;
  const { message, root } = node as { message?: unknown; root?: { message?: unknown } };
  if (typeof message === "string") return message;
  return typeof root?.message === "string" ? root.message : undefined;
}

"use client";

import {
  startTransition,
  useActionState,
  useEffect,
  useRef,
  useState,
  type FormEvent,
} from "react";
import { useForm, type DefaultValues, type FieldValues, type Path } from "react-hook-form";
import type { z } from "zod";
import { idleState, type ActionState } from "@/lib/action-state";
import { lazyZodResolver } from "@/lib/forms/lazy-zod-resolver";

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

/**
 * A form that validates in the browser with the same zod schema the server
 * action uses, then submits through the action. Without JavaScript the form
 * still posts to the action and the server's errors and kept values render.
 * Field errors sit beside their fields: the browser's while typing, the
 * server's after a submit until that field is edited.
 */
export function useActionForm<S extends z.ZodType<FieldValues, FieldValues>>({
  loadSchema,
  action,
  defaults,
  idPrefix,
}: {
  /** The server action's own schema, loaded on first validation (see lazyZodResolver). */
  loadSchema: () => Promise<S>;
  action: Action;
  defaults: DefaultValues<z.input<S>>;
  /** Makes input ids unique when several forms share a page. */
  idPrefix: string;
}) {
  const [state, formAction, pending] = useActionState(action, idleState);
  const formRef = useRef<HTMLFormElement>(null);
  const startingValues = { ...defaults, ...state.values } as DefaultValues<z.input<S>>;
  const [resolver] = useState(() => lazyZodResolver(loadSchema));
  const form = useForm<z.input<S>, unknown, z.output<S>>({
    resolver,
    defaultValues: startingValues,
    mode: "onTouched",
  });
  const [edited, setEdited] = useState<{ after: ActionState; names: string[] }>({
    after: state,
    names: [],
  });
  const editedNow = edited.after === state ? edited.names : [];

  // After a refused submit, put the keyboard on the first field the server flagged.
  useEffect(() => {
    const first = Object.keys(state.fieldErrors ?? {})[0];
    if (first) form.setFocus(first as Path<z.input<S>>);
  }, [state, form]);

  function errorsFor(name: string): string[] | undefined {
    const client = (form.formState.errors as Record<string, { message?: unknown } | undefined>)[
      name
    ]?.message;
    if (typeof client === "string") return [client];
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
    const initial = (startingValues as Record<string, unknown>)[name];
    return {
      ...registered,
      id: `${idPrefix}-${name}`,
      defaultValue: typeof initial === "string" ? initial : undefined,
      errors: errorsFor(name),
    };
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    void form.handleSubmit(() => {
      const element = formRef.current;
      if (!element) return;
      const data = new FormData(element);
      startTransition(() => formAction(data));
    })(event);
  }

  return {
    state,
    pending,
    field,
    formProps: {
      ref: formRef,
      action: formAction,
      onSubmit,
      onFocus: resolver.preload,
      noValidate: true,
    },
  };
}

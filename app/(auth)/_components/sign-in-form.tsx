"use client";

import Link from "next/link";
import { Field } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { signInAction } from "@/actions/auth";

export function SignInForm({ next }: { next?: string }) {
  const { state, pending, field, formProps } = useActionForm({
    loadSchema: () => import("@/lib/validations/auth").then((m) => m.SignInSchema),
    action: signInAction,
    defaults: { email: "", password: "" },
    idPrefix: "sign-in",
  });
  return (
    <form {...formProps} className="space-y-5">
      <FormAlert state={state} />
      {next ? <input type="hidden" name="next" value={next} /> : null}
      <Field
        label="Email"
        type="email"
        autoComplete="email"
        inputMode="email"
        spellCheck={false}
        {...field("email")}
      />
      <div>
        <Field
          label="Password"
          type="password"
          autoComplete="current-password"
          {...field("password")}
        />
        <p className="mt-2 text-sm">
          <Link className="underline" href="/forgot-password">
            Forgot your password?
          </Link>
        </p>
      </div>
      <SubmitButton pending={pending} pendingText="Signing in…">
        Sign in
      </SubmitButton>
    </form>
  );
}

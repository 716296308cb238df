import { ActionForm } from "@/components/forms/action-form";
import { buttonClassName } from "@/components/ui/button-class";
import type { SocialProviderInfo } from "@/server/auth/social-providers";
import { signInWithProviderAction } from "@/actions/auth";

/** Google/GitHub buttons, shown only for providers switched on by environment variables. */
export function SocialSignIn({
  providers,
  next,
}: {
  providers: SocialProviderInfo[];
  next?: string;
}) {
  if (providers.length === 0) return null;
  return (
    <div className="border-brand-100 mt-6 border-t pt-6">
      <p className="text-muted text-sm">Or continue with</p>
      <div className="mt-3 flex flex-wrap gap-3">
        {providers.map((p) => (
          <ActionForm key={p.id} action={signInWithProviderAction}>
            <input type="hidden" name="provider" value={p.id} />
            {next ? <input type="hidden" name="next" value={next} /> : null}
            <button type="submit" className={buttonClassName("secondary")}>
              {p.name}
            </button>
          </ActionForm>
        ))}
      </div>
    </div>
  );
}

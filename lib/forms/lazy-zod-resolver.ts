import type { FieldValues, Resolver } from "react-hook-form";
import type { z } from "zod";

/**
 * A react-hook-form resolver that loads zod and the form's schema on first
 * validation instead of with the page. The schema is the same one the server
 * action parses with; only its download is deferred, which keeps zod's
 * ~44 KB (gzip) out of every form page's initial JavaScript.
 */
export type LazyResolver<S extends z.ZodType<FieldValues, FieldValues>> = Resolver<
  z.input<S>,
  unknown,
  z.output<S>
> & {
  /** Starts the download early, e.g. when someone first focuses the form. */
  preload: () => void;
};

export function lazyZodResolver<S extends z.ZodType<FieldValues, FieldValues>>(
  loadSchema: () => Promise<S>,
): LazyResolver<S> {
  type Loaded = Resolver<z.input<S>, unknown, z.output<S>>;
  let ready: Promise<Loaded> | undefined;
  const load = () => {
    ready ??= import("zod")
      .then(({ z }) => {
        // Before any schema is built: zod would otherwise probe whether it may compile its
        // fast path with `new Function`, and the member and sign-in pages' nonce policy
        // reports that probe as a violation even though zod catches it (decision record
        // 0002). The interpreted parse is plenty for a form.
        z.config({ jitless: true });
        return Promise.all([import("@hookform/resolvers/zod"), loadSchema()]);
      })
      // zodResolver's overloads cannot see through a generic S; the schema is exactly S.
      .then(
        ([{ zodResolver }, schema]) =>
          zodResolver(schema as z.ZodType<FieldValues, FieldValues>) as unknown as Loaded,
      );
    ready.catch(() => (ready = undefined)); // offline: try again next time
    return ready;
  };
  const resolver: Resolver<z.input<S>, unknown, z.output<S>> = async (values, context, options) => {
    let validate: Loaded;
    try {
      validate = await load();
    } catch {
      // The validator could not be downloaded (connection lost). Submit anyway: the server
      // action parses with the same schema and answers with every field error, or the
      // form reports that the server could not be reached.
      return { values: values as z.output<S>, errors: {} };
    }
    return validate(values, context, options);
  };
  return Object.assign(resolver, { preload: () => void load() });
}

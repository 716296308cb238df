import type { FieldValues, Resolver } from "react-hook-form";
import type { z } from "zod";

/**
 * A react-hook-form resolver that loads zod and the form's schema on first
 * validation instead of with the page. The schema is the same one the server
 * action parses with; only its download is deferred, which keeps zod's
 * ~44 KB (gzip) out of every form page's initial JavaScript.
 */
export function lazyZodResolver<S extends z.ZodType<FieldValues, FieldValues>>(
  loadSchema: () => Promise<S>,
): Resolver<z.input<S>, unknown, z.output<S>> {
  type Loaded = Resolver<z.input<S>, unknown, z.output<S>>;
  let ready: Promise<Loaded> | undefined;
  return async (values, context, options) => {
    ready ??= Promise.all([import("@hookform/resolvers/zod"), loadSchema()]).then(
      // zodResolver's overloads cannot see through a generic S; the schema is exactly S.
      ([{ zodResolver }, schema]) => zodResolver(schema as z.ZodType<FieldValues, FieldValues>) as unknown as Loaded,
    );
    return (await ready)(values, context, options);
  };
}

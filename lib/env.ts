import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";

// The one place that reads process.env. Everything else imports `env`.

const booleanFlag = z
  .enum(["true", "false", "1", "0", ""])
  .optional()
  .transform((v) => v === "true" || v === "1");

const EnvSchema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  DATABASE_URL: z
    .url({ protocol: /^postgres(ql)?$/, error: "DATABASE_URL must be a postgres:// URL" })
    .optional()
    .or(z.literal("").transform(() => undefined)),
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
  PGLITE_DIR: z.string().min(1).default(".data/pglite"),
  AUTH_SECRET: z.string().min(32, "AUTH_SECRET must be at least 32 characters").optional(),
  SITE_URL: z.url().default("http://localhost:3000"),
  SMTP_URL: z.string().optional(),
  EMAIL_FROM: z.string().default("LBPfix <no-reply@lbpfix.example>"),
  // Without SMTP_URL, mail goes to the console. In production its links are
  // redacted (they reset passwords) unless this opts in: the e2e suite reads
  // them from the server log.
  MAIL_LOG_LINKS: booleanFlag,
  AUTH_GOOGLE_ID: z.string().optional(),
  AUTH_GOOGLE_SECRET: z.string().optional(),
  AUTH_GITHUB_ID: z.string().optional(),
  AUTH_GITHUB_SECRET: z.string().optional(),
  // Turns the reminder planner and its queue off in this process (docs/product.md §10), e.g.
  // for a web instance when separate worker processes run the queue.
  REMINDERS_DISABLED: booleanFlag,
  // Exposes the baseline routes used only by `npm run bench`.
  BENCH_ROUTES: booleanFlag,
  // Set by `next build` itself ("phase-production-build"); checks that belong to
  // the build, such as overdue article reviews, look at it.
  NEXT_PHASE: z.string().optional(),
  // Lets e2e tests sign in repeatedly without tripping the rate limits' IP bucket.
  RATE_LIMIT_DISABLED: booleanFlag,
  // Session time-outs (see docs/decisions/0003-sessions.md): a session ends
  // after this long without a request, and in any case this long after sign-in.
  SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(5)
    .max(7 * 24 * 60)
    .default(60),
  SESSION_MAX_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(90 * 24)
    .default(24),
});

export type Env = z.infer<typeof EnvSchema> & { AUTH_SECRET: string };

function devSecret(): string {
  // A newcomer needs no setup: development keeps a generated secret beside the
  // embedded database so sessions survive restarts.
  const file = path.join(process.cwd(), ".data", "auth-secret");
  try {
    return fs.readFileSync(file, "utf8").trim();
  } catch {
    const secret = randomBytes(32).toString("base64url");
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, secret, { mode: 0o600 });
    return secret;
  }
}

function loadEnv(): Env {
  const parsed = EnvSchema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  - ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment configuration:\n${lines.join("\n")}`);
  }
  const value = parsed.data;
  if (!value.AUTH_SECRET) {
    // `next build` never signs anything: an ephemeral secret keeps the build
    // independent of runtime secrets.
    if (process.env.NEXT_PHASE === "phase-production-build") {
      return { ...value, AUTH_SECRET: randomBytes(32).toString("base64url") };
    }
    if (value.NODE_ENV === "production") {
      throw new Error(
        "AUTH_SECRET is not set. Generate one with `openssl rand -base64 32` and set it in the environment before starting LBPfix in production.",
      );
    }
    return { ...value, AUTH_SECRET: devSecret() };
  }
  return { ...value, AUTH_SECRET: value.AUTH_SECRET };
}

export const env: Env = loadEnv();

import nextVitals from "eslint-config-next/core-web-vitals";
import tseslint from "typescript-eslint";

// The layers (docs/architecture.md): app/ → actions/ → server/ → db/ → lib/. Each block names
// what its folder must not import; a wrong-way import fails `npm run lint` with the message.
// Type-only imports are allowed where noted: a type carries no code across the boundary.
const UP_TWO = {
  group: ["../../*"],
  message: "Reach another folder with @/… so the layer rules below can see the import.",
};
const layer = (files, patterns) => ({
  files,
  rules: {
    "@typescript-eslint/no-restricted-imports": ["error", { patterns: [UP_TWO, ...patterns] }],
  },
});
const APP = {
  group: ["@/app/*"],
  message:
    "Nothing outside app/ imports from app/: move the shared code to actions/, server/, components/ or lib/.",
};

export default tseslint.config(
  {
    ignores: [
      ".next/**",
      "node_modules/**",
      ".data/**",
      "coverage/**",
      "playwright-report/**",
      "test-results/**",
      "next-env.d.ts",
      "db/migrations/**",
      "bench/results/**",
    ],
  },
  ...nextVitals,
  {
    files: ["**/*.ts", "**/*.tsx"],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-misused-promises": [
        "error",
        { checksVoidReturn: { attributes: false } },
      ],
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
    },
  },
  layer(
    ["lib/**/*.{ts,tsx}"],
    [
      APP,
      {
        group: ["@/db", "@/db/*", "@/server/*", "@/actions/*", "@/components/*", "@/auth"],
        message:
          "lib/ is pure: take data as arguments (server code lives in server/, queries in db/).",
      },
      {
        group: [
          "next/headers",
          "next/cache",
          "next/navigation",
          "next/server",
          "next-auth",
          "next-auth/*",
        ],
        allowTypeImports: true,
        message: "lib/ is pure: request, cache and auth APIs belong in server/ or actions/.",
      },
    ],
  ),
  layer(
    ["db/**/*.ts"],
    [
      APP,
      {
        group: ["@/server/*", "@/actions/*", "@/components/*", "@/auth"],
        message: "db/ is the data layer: it may import lib/ only.",
      },
    ],
  ),
  layer(
    ["server/**/*.{ts,tsx}"],
    [
      APP,
      {
        group: ["@/actions/*", "@/components/*"],
        message: "server/ serves actions and pages; it does not import them.",
      },
    ],
  ),
  layer(
    ["actions/**/*.ts"],
    [APP, { group: ["@/components/*"], message: "actions/ return data, not components." }],
  ),
  layer(
    ["components/**/*.{ts,tsx}"],
    [
      APP,
      {
        group: ["@/db", "@/db/*", "@/server/*", "@/auth"],
        allowTypeImports: true,
        message:
          "Components get data as props and mutate through @/actions; no component runs a query.",
      },
    ],
  ),
);

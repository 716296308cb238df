import { contentSecurityPolicy } from "./lib/security/content-security-policy.mjs";

// Security headers for every route. Articles, home and legal pages are static,
// so per-request CSP nonces are not possible there; their script-src allows
// inline scripts (Next's RSC payload) but no third-party origin. Pages rendered
// per request get a nonce policy from proxy.ts instead. See
// docs/decisions/0002-content-security-policy.md.
const isDev = process.env.NODE_ENV !== "production";
// Only a site served over HTTPS asks browsers to upgrade its subresources; on a
// plain-HTTP origin (local `next start`, the loopback benchmarks) the upgrade
// would point prefetches at a port that speaks no TLS. SITE_URL is read at
// build, as for the feed and sitemap.
const servedOverHttps = (process.env.SITE_URL ?? "").startsWith("https://");

const csp = contentSecurityPolicy({ development: isDev, upgradeInsecureRequests: servedOverHttps });

const securityHeaders = [
  { key: "Content-Security-Policy", value: csp },
  { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains; preload" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  {
    key: "Permissions-Policy",
    value: "camera=(), microphone=(), geolocation=(), interest-cohort=()",
  },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Next hashes the whole body in JavaScript on every request to make an ETag
  // (FNV-1a per character): a quarter of the CPU of serving an article. Pages
  // change only on deploy; a returning reader re-downloads ~18 KB of gzip instead
  // of a 304. See docs/decisions/0010-lighter-pages.md.
  generateEtags: false,
  // "use cache" without Cache Components: only /dashboard's body is cached, per
  // member and data version (decision record 0009). The rest of the app keeps
  // its rendering model. globalNotFound: unmatched URLs render
  // app/global-not-found.tsx, so the root not-found boundary that ships in every
  // page's RSC payload can stay small.
  experimental: { useCache: true, globalNotFound: true },
  reactStrictMode: true,
  // pdfkit reads its font metrics from its own folder at run time (bundling would lose them),
  // and takes fonts parsed by the same fontkit it loads.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2", "pdfkit", "fontkit"],
  // The article list and the rest-or-move guide are prerendered; a request
  // that carries a query is served by a dynamic twin under the same public
  // URL, so the plain pages stay static without Cache Components. See
  // docs/decisions/0003-mdx-pipeline.md.
  async rewrites() {
    const withQuery = (source, destination, keys) =>
      keys.map((key) => ({ source, destination, has: [{ type: "query", key }] }));
    const signedIn = (source, destination) => [
      { source, destination, has: [{ type: "cookie", key: "lbp_signed_in" }] },
    ];
    return {
      beforeFiles: [
        ...withQuery("/articles", "/articles/search", ["q", "tag", "page"]),
        ...withQuery("/rest-or-move", "/rest-or-move/guide", ["pain"]),
        // The course (docs/product.md §11): prerendered for guests; an answer to a lesson's
        // check question, or the "signed in" hint cookie (lib/auth/signed-in-hint.ts, set by
        // proxy.ts), is served by a per-request twin that shows the explanation and the
        // member's ticks. The hint opens nothing: the twin reads the real session.
        ...withQuery("/learn/:lesson", "/learn-live/:lesson", ["answer"]),
        ...signedIn("/learn", "/learn-live"),
        ...signedIn("/learn/:lesson", "/learn-live/:lesson"),
      ],
      afterFiles: [],
      fallback: [],
    };
  },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;

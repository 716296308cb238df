// Stands in for `server-only` under vitest, which does not resolve the
// react-server export condition. The real guard still applies in Next builds.
export {};

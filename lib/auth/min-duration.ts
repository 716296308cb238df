// Pads a security-sensitive answer to a fixed minimum duration, so the small
// differences between "registered" and "not registered" paths (an extra row
// written, a hash compared) are not measurable from outside.
export async function withMinimumDuration<T>(ms: number, work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  try {
    return await work();
  } finally {
    const remaining = ms - (performance.now() - started);
    if (remaining > 0) await new Promise((resolve) => setTimeout(resolve, remaining));
  }
}

// Pads a security-sensitive answer to a fixed minimum duration, so the small
// differences between "registered" and "not registered" paths (an extra row
// written, a hash compared) are not measurable from outside.
export async function withMinimumDuration<T>(ms: number, work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  try {
    return await work();
  } finally {
    // Timers run on a whole-millisecond clock and can fire up to a millisecond
    // before performance.now() says the delay is over, so sleep until the
    // floor has really passed rather than trusting one timeout.
    let remaining = ms - (performance.now() - started);
    while (remaining > 0) {
      await new Promise((resolve) => setTimeout(resolve, Math.ceil(remaining)));
      remaining = ms - (performance.now() - started);
    }
  }
}

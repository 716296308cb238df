// Stands in for next/cache when server actions run outside a Next request: there is no
// router or cache to tell about a write, so revalidating and refreshing do nothing here.
export function revalidatePath(): void {}
export function refresh(): void {}

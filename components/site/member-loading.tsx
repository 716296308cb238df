/** The member pages' loading state while their data loads. */
export function MemberLoading() {
  return (
    <div role="status" className="mx-auto w-full max-w-5xl px-4 py-10 text-muted">
      Loading…
    </div>
  );
}

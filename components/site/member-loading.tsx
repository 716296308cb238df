/** The member pages' loading state while their data loads. */
export function MemberLoading() {
  return (
    <div role="status" className="text-muted mx-auto w-full max-w-5xl px-4 py-10">
      Loading…
    </div>
  );
}

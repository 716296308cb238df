/**
 * "n of 17 done" with a bar, for /learn and the dashboard's next-lesson card. Drawn on the
 * server: no script. The words carry the meaning; the bar only repeats them.
 */
export function CourseProgressBar({ done, total }: { done: number; total: number }) {
  const percent = total === 0 ? 0 : Math.round((done / total) * 100);
  return (
    <div className="space-y-1.5">
      <p className="text-sm font-medium">
        {done} of {total} lessons done
      </p>
      <div
        role="progressbar"
        aria-label="Course progress"
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={done}
        aria-valuetext={`${done} of ${total} lessons done`}
        className="bg-brand-100 h-2.5 overflow-hidden rounded-full"
      >
        <div className="bg-brand-600 h-full rounded-full" style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
}

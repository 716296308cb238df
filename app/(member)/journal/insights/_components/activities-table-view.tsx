import type { ActivityRow } from "@/lib/journal/insights";
import { formatShortDate } from "@/lib/dates/iso-date";

export function ActivitiesTableView({ rows }: { rows: readonly ActivityRow[] }) {
  return (
    // Focusable so keyboard users can scroll it sideways on a narrow phone.
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-label="Activities table">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">Activities you tried and how your back responded</caption>
        <thead>
          <tr className="border-b border-gray-300">
            <th scope="col" className="py-2 pr-4">
              Activity
            </th>
            <th scope="col" className="py-2 pr-4">
              Better
            </th>
            <th scope="col" className="py-2 pr-4">
              Same
            </th>
            <th scope="col" className="py-2 pr-4">
              Worse
            </th>
            <th scope="col" className="py-2">
              Last tried
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.name} className="border-b border-gray-200">
              <th scope="row" className="py-2 pr-4 font-medium">
                {row.name}
              </th>
              <td className="py-2 pr-4">{row.better}</td>
              <td className="py-2 pr-4">{row.same}</td>
              <td className="py-2 pr-4">{row.worse}</td>
              <td className="py-2">
                <time dateTime={row.lastTried}>{formatShortDate(row.lastTried, true)}</time>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

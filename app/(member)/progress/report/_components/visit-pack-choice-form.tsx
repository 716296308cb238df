import { FieldErrors, inputClass } from "@/components/ui/field";
import { buttonClassName } from "@/components/ui/button-class";
import { VISIT_PACK_SECTIONS, type VisitPackOptions } from "@/lib/progress/visit-pack-options";
import {
  VISIT_PACK_QUICK_DAYS,
  type VisitPackQueryResult,
  type VisitPackRange,
} from "@/lib/progress/visit-pack-query";

/**
 * The pack's range and sections: a plain GET form, so it works without JavaScript and the
 * address says exactly which pack is on show. Custom dates apply when "Dates I choose" is picked.
 */
export function VisitPackChoiceForm({
  options,
  range,
  errors,
}: {
  options: VisitPackOptions;
  range: VisitPackRange;
  errors: VisitPackQueryResult["errors"];
}) {
  const chosen = new Set<string>(options.sections);
  return (
    <form method="get" action="/progress/report" className="space-y-5">
      <input type="hidden" name="set" value="1" />
      <fieldset
        className="space-y-2"
        aria-describedby={errors.range ? "pack-range-error" : undefined}
      >
        <legend className="font-semibold">Period</legend>
        <div className="flex flex-wrap gap-x-6 gap-y-2">
          {VISIT_PACK_QUICK_DAYS.map((days) => (
            <label key={days} className="inline-flex min-h-11 items-center gap-2">
              <input
                type="radio"
                name="range"
                value={String(days)}
                defaultChecked={range.kind === "days" && range.days === days}
                className="size-5"
              />
              Last {days} days
            </label>
          ))}
          <label className="inline-flex min-h-11 items-center gap-2">
            <input
              type="radio"
              name="range"
              value="custom"
              defaultChecked={range.kind === "dates"}
              className="size-5"
            />
            Dates I choose
          </label>
        </div>
        <div className="flex flex-wrap gap-4">
          <div>
            <label htmlFor="pack-from" className="block text-sm font-medium">
              First day
            </label>
            <input
              id="pack-from"
              type="date"
              name="from"
              defaultValue={options.from}
              className={inputClass}
            />
          </div>
          <div>
            <label htmlFor="pack-to" className="block text-sm font-medium">
              Last day
            </label>
            <input
              id="pack-to"
              type="date"
              name="to"
              defaultValue={options.to}
              className={inputClass}
            />
          </div>
        </div>
        <FieldErrors id="pack-range-error" errors={errors.range ? [errors.range] : undefined} />
      </fieldset>
      <fieldset
        className="space-y-2"
        aria-describedby={errors.sections ? "pack-sections-error" : undefined}
      >
        <legend className="font-semibold">Sections</legend>
        <div className="grid gap-x-6 sm:grid-cols-2">
          {VISIT_PACK_SECTIONS.map((section) => (
            <label key={section.id} className="inline-flex min-h-11 items-center gap-2">
              <input
                type="checkbox"
                name="section"
                value={section.id}
                defaultChecked={chosen.has(section.id)}
                className="size-5"
              />
              {section.label}
            </label>
          ))}
        </div>
        <FieldErrors
          id="pack-sections-error"
          errors={errors.sections ? [errors.sections] : undefined}
        />
      </fieldset>
      <button type="submit" className={buttonClassName("secondary")}>
        Show this pack
      </button>
    </form>
  );
}

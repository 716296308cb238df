/** Red flags route to care, in plain words, above anything else on the page (PRODUCT.md §6). */
export function RedFlagNote() {
  return (
    <section
      aria-labelledby="red-flags-title"
      className="border-danger-700/50 bg-danger-50 rounded-2xl border-2 p-5 sm:p-6"
    >
      <p id="red-flags-title" className="text-danger-700 text-lg font-bold">
        Red flags: get help before using this guide
      </p>
      <p className="mt-2 font-semibold">Get urgent care now if, since the pain began, you have:</p>
      <ul className="mt-1 list-disc space-y-1 pl-6">
        <li>
          new trouble controlling your bladder or bowels, or numbness around your genitals, back
          passage or inner thighs;
        </li>
        <li>
          numbness, tingling or weakness in both legs, a leg or foot getting weaker, or new
          unsteadiness walking;
        </li>
        <li>fever or chills, a weakened immune system, or a recent serious infection.</li>
      </ul>
      <p className="mt-3 font-semibold">See a doctor first if:</p>
      <ul className="mt-1 list-disc space-y-1 pl-6">
        <li>
          it started after a major accident or fall (or a minor one if you have osteoporosis or take
          steroid tablets);
        </li>
        <li>you have ever had cancer, or you are losing weight without trying;</li>
        <li>you have constant pain at night that no position eases.</li>
      </ul>
    </section>
  );
}

/**
 * The stop-or-ease-off signal for exercises whose own cautions are about form or load only, worded
 * to match the pain rule on /program: mild effort, stretch or discomfort is fine; sharp pain means
 * ease off, and pain spreading down the leg or numbness or pins and needles means stop.
 */
export const SHARP_OR_SPREADING_PAIN =
  "Ease off if you feel a sharp pain; stop if pain spreads down your leg or you feel numbness or pins and needles.";

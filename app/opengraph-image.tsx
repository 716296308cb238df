import { ImageResponse } from "next/og";
import { OgCard } from "@/components/articles/og-card";
import { OG_SIZE, ogFonts } from "@/server/content/og-image";

// The site-wide share image; articles draw their own beside their page.
export const alt = "LBPfix: most back pain gets better by moving more, not resting more";
export const size = OG_SIZE;
export const contentType = "image/png";

export default async function Image() {
  return new ImageResponse(
    <OgCard
      eyebrow="· lower back pain, explained kindly"
      title="Most back pain gets better by moving more, not resting more."
    />,
    {
      ...OG_SIZE,
      fonts: await ogFonts(),
    },
  );
}

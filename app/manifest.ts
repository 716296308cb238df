import type { MetadataRoute } from "next";

export default function manifest(): MetadataRoute.Manifest {
  return {
    name: "LBPfix — move more for lower back pain",
    short_name: "LBPfix",
    description:
      "Learn when to rest and when to move, take the quiz, follow your plan and keep a pain journal.",
    start_url: "/dashboard",
    display: "standalone",
    background_color: "#ffffff",
    theme_color: "#16704f",
    icons: [{ src: "/icon.svg", sizes: "any", type: "image/svg+xml" }],
  };
}

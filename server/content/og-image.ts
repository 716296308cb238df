import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";

// Open Graph images are drawn at build with fonts committed under
// assets/fonts (copied from @fontsource/lora and @fontsource/inter, SIL OFL),
// so the build needs no network.

export const OG_SIZE = { width: 1200, height: 630 } as const;

export async function ogFonts() {
  const [lora, inter] = await Promise.all([
    readFile(path.join(process.cwd(), "assets/fonts/lora-latin-700-normal.woff")),
    readFile(path.join(process.cwd(), "assets/fonts/inter-latin-400-normal.woff")),
  ]);
  return [
    { name: "Lora", data: lora, weight: 700 as const, style: "normal" as const },
    { name: "Inter", data: inter, weight: 400 as const, style: "normal" as const },
  ];
}

/** A public/ image as a data URL, for drawing inside an Open Graph image. */
export async function publicImageDataUrl(src: string): Promise<string> {
  const data = await readFile(path.join(process.cwd(), "public", src));
  const type = src.endsWith(".svg")
    ? "image/svg+xml"
    : src.endsWith(".png")
      ? "image/png"
      : "image/jpeg";
  return `data:${type};base64,${data.toString("base64")}`;
}

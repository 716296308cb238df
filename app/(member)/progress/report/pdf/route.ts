import { getSavedVisitPack } from "@/db/queries/visit-pack";
import { isoDateOf } from "@/lib/dates/iso-date";
import { parseVisitPackQuery } from "@/lib/progress/visit-pack-query";
import { getCurrentUser } from "@/server/auth/current-user";
import { loadVisitPack } from "@/server/member/load-visit-pack";
import { renderVisitPackPdf } from "@/server/member/visit-pack-pdf";

export const dynamic = "force-dynamic";

/**
 * The visit pack as a PDF download (docs/product.md §9): the signed-in member's own pack, for
 * the range and sections in the query (the page's own link carries them), on A4 or, with
 * `paper=letter`, US Letter. Drawn by pdfkit on the server; nothing of it reaches the browser.
 */
export async function GET(request: Request) {
  const user = await getCurrentUser();
  if (!user)
    return new Response("Sign in to download your visit pack.", {
      status: 401,
      headers: { "Cache-Control": "no-store" },
    });
  const url = new URL(request.url);
  const params: Record<string, string | string[]> = {};
  for (const key of ["set", "range", "from", "to", "paper"]) {
    const value = url.searchParams.get(key);
    if (value !== null) params[key] = value;
  }
  params.section = url.searchParams.getAll("section").slice(0, 32);
  const saved = await getSavedVisitPack({ userId: user.id });
  const today = isoDateOf(new Date());
  const { options } = parseVisitPackQuery(params, { today, saved: saved.choice });
  const pack = await loadVisitPack(user.id, options);
  const pdf = await renderVisitPackPdf(pack, {
    paper: params.paper === "letter" ? "LETTER" : "A4",
  });
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="lbpfix-visit-pack-${today}.pdf"`,
      "Content-Length": String(pdf.length),
      "Cache-Control": "no-store",
    },
  });
}

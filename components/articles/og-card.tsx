// Drawn by next/og (Satori): inline styles and flexbox only, no Tailwind.

const BRAND = "#0f5a3f";
const INK = "#1b2421";

export function OgCard({
  eyebrow,
  title,
  background,
}: {
  eyebrow: string;
  title: string;
  background?: string;
}) {
  return (
    <div
      style={{
        display: "flex",
        position: "relative",
        width: "100%",
        height: "100%",
        background: "#effaf6",
      }}
    >
      {background ? (
        // eslint-disable-next-line @next/next/no-img-element -- Satori draws plain img elements
        <img
          src={background}
          alt=""
          width={1200}
          height={630}
          style={{ position: "absolute", top: 0, left: 0 }}
        />
      ) : null}
      <div
        style={{
          position: "absolute",
          left: 48,
          right: 48,
          bottom: 48,
          display: "flex",
          flexDirection: "column",
          gap: 16,
          padding: "36px 44px",
          borderRadius: 28,
          background: "rgba(255,255,255,0.95)",
          boxShadow: "0 8px 30px rgba(11,69,49,0.18)",
        }}
      >
        <div style={{ display: "flex", fontFamily: "Inter", fontSize: 28, color: BRAND }}>
          <span style={{ fontFamily: "Lora", fontWeight: 700 }}>LBP</span>
          <span style={{ fontFamily: "Lora", fontWeight: 700, color: "#1f8a66" }}>fix</span>
          <span style={{ marginLeft: 16 }}>{eyebrow}</span>
        </div>
        <div
          style={{
            display: "flex",
            fontFamily: "Lora",
            fontWeight: 700,
            fontSize: title.length > 50 ? 56 : 66,
            lineHeight: 1.12,
            color: INK,
          }}
        >
          {title}
        </div>
      </div>
    </div>
  );
}

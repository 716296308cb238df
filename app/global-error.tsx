"use client";

export default function GlobalError({ reset }: { error: Error; reset: () => void }) {
  return (
    <html lang="en">
      <body
        style={{
          fontFamily: "system-ui, sans-serif",
          padding: "2rem",
          maxWidth: "40rem",
          margin: "0 auto",
        }}
      >
        <main>
          <h1>LBPfix is having trouble</h1>
          <p>
            Please try again in a moment. If you need urgent care, contact your local emergency
            number.
          </p>
          <button type="button" onClick={reset}>
            Try again
          </button>
        </main>
      </body>
    </html>
  );
}

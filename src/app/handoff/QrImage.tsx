import { useEffect, useState } from 'preact/hooks';

export interface QrImageProps {
  text: string;
  label: string;
  /** Said instead when the encoder's chunk cannot load (offline after a deploy). */
  failedText: string;
}

type Drawing = { path: string; size: number } | 'failed' | null;

/** Quiet zone around the code, in modules, as scanners expect. */
const quietZone = 4;

/**
 * The text as a QR code, drawn as SVG. The encoder is its own chunk, loaded when this shows; the
 * code is always dark on white, whatever the theme, as every scanner reads that.
 */
export function QrImage({ text, label, failedText }: QrImageProps) {
  const [drawing, setDrawing] = useState<Drawing>(null);
  useEffect(() => {
    let isCurrent = true;
    import('./qr-code')
      .then(({ encodeQr, qrPath }) => {
        const code = encodeQr(text);
        if (isCurrent) setDrawing({ path: qrPath(code, quietZone), size: code.size + quietZone * 2 });
      })
      .catch(() => isCurrent && setDrawing('failed'));
    return () => {
      isCurrent = false;
    };
  }, [text]);

  if (drawing === 'failed') return <p class="pb-muted">{failedText}</p>;
  if (!drawing) return <span class="pb-qr pb-qr-pending" aria-hidden="true" />;
  return (
    <svg class="pb-qr" role="img" aria-label={label} viewBox={`0 0 ${drawing.size} ${drawing.size}`} shape-rendering="crispEdges">
      <rect width={drawing.size} height={drawing.size} fill="#fff" />
      <path d={drawing.path} fill="#000" />
    </svg>
  );
}

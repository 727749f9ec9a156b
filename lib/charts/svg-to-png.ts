import { existsSync } from "node:fs";
import { Resvg } from "@resvg/resvg-js";

/**
 * An SVG chart as a PNG, rasterised by resvg (a Rust SVG renderer, prebuilt for every platform).
 * Plot labels in `system-ui, sans-serif`; resvg resolves sans-serif through its font database, so
 * it is pointed at a CJK font when the system has one (Debian's fonts-wqy-zenhei), else the
 * Chinese labels would be drawn as empty boxes.
 */

const CJK_FONTS = [
  ["/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", "WenQuanYi Zen Hei"],
  ["/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", "Noto Sans CJK SC"],
] as const;

let cjkFont: (typeof CJK_FONTS)[number] | null | undefined;

export function renderSvgToPng(svg: string, scale = 2): Buffer {
  // Looked for once: the fonts installed do not change while the server runs.
  const font = (cjkFont ??= CJK_FONTS.find(([file]) => existsSync(file)) ?? null);
  const resvg = new Resvg(svg, {
    fitTo: { mode: "zoom", value: scale },
    background: "white",
    font: {
      loadSystemFonts: !font,
      fontFiles: font ? [font[0]] : [],
      defaultFontFamily: font?.[1] ?? "sans-serif",
      sansSerifFamily: font?.[1] ?? "sans-serif",
    },
  });
  return resvg.render().asPng();
}
